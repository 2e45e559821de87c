import { describe, expect, it } from 'vitest';
import { read, utils } from '@e965/xlsx';
import { SECTOR_IDS } from '../model/types.ts';
import { livretCampus, ownListContext, utf8 } from '../testing/ownListContext.ts';
import { sniffFile } from './fileKind.ts';
import {
  STATUS_VALUES,
  TEMPLATE_COLUMNS,
  TEMPLATE_EXAMPLE,
  listsRows,
  templateCsv,
  templateRows,
  templateSheets,
} from './listTemplate.ts';
import { readOwnList, workbookRequest, type OwnListResult } from './ownList.ts';
import { CAMPUS_COLUMN_ALIASES } from './columns.ts';
import { idFromName } from './records.ts';
import { columnKey } from './csv.ts';
import { readWorkbook } from './workbook.ts';
import { workbookBytes } from './workbookWriter.ts';

const sectors = () => ownListContext().sectors;
const LANGS = ['fr', 'en'] as const;

function mapped(result: OwnListResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line} ${p.field} ${p.message}`).join('\n'));
  return result.list;
}

describe('the template', () => {
  it('has the columns the reader reads, nom, secteur and commune first', () => {
    expect(TEMPLATE_COLUMNS.fr.slice(0, 3)).toEqual(['nom', 'secteur', 'commune']);
    for (const lang of LANGS)
      for (const column of TEMPLATE_COLUMNS[lang])
        expect(CAMPUS_COLUMN_ALIASES[columnKey(column)], column).toBeDefined();
  });

  it('gives as example a Campus of the livret, as the livret records it', () => {
    const livret = livretCampus().find((f) => f.properties.id === TEMPLATE_EXAMPLE.id)!.properties;
    const { id, name, sector, commune, town, status, academie, region, lead, partners, source } = livret;
    expect({ id, name, sector, commune, town, status, academie, region, lead, partners, source }).toEqual(
      TEMPLATE_EXAMPLE,
    );
  });

  it('writes the header and one example row, the code with its leading zero', () => {
    const [header, example] = templateRows(sectors(), 'fr');
    expect(header).toEqual([...TEMPLATE_COLUMNS.fr]);
    expect(example).toEqual([
      "PlastiCampus d'Oyonnax",
      'Matériaux, matériaux innovants',
      '01283',
      'Oyonnax',
      'labellisé',
      'Lyon',
      'Auvergne-Rhône-Alpes',
      'Lycée polyvalent Arbez-Carme (Bellignat)',
      'S2P',
      null,
      null,
      TEMPLATE_EXAMPLE.source,
    ]);
    expect(templateRows(sectors(), 'en')[1]!.slice(1, 5)).toEqual([
      'Materials, innovative materials',
      '01283',
      'Oyonnax',
      'labelled',
    ]);
  });

  it('lists the eleven groups with ids, labels and counts, and the status values', () => {
    const rows = listsRows(sectors(), 'fr');
    const groups = rows.filter((row) => (SECTOR_IDS as readonly unknown[]).includes(row[0]));
    expect(groups.map((row) => row[0])).toEqual([...SECTOR_IDS]);
    expect(groups.find((row) => row[0] === 'numerique')).toEqual([
      'numerique',
      'Numérique, télécommunications',
      5,
    ]);
    expect(rows).toContainEqual(['labellisé', 'Campus labellisé']);
    expect(rows).toContainEqual(['projet', 'Campus en projet, pas encore labellisé']);
    expect(Object.values(STATUS_VALUES.en)).toEqual(['labelled', 'project']);
  });

  it('as a CSV: UTF-8 with a BOM, « ; » in French and « , » in English, CRLF', () => {
    const fr = templateCsv(sectors(), 'fr');
    expect(fr.startsWith('\uFEFFnom;secteur;commune;ville;statut;')).toBe(true);
    expect(fr.split('\r\n')[1]).toContain(';01283;Oyonnax;labellisé;Lyon;');
    expect(fr.endsWith('\r\n')).toBe(true);
    // The livret's source holds no « ; », so it stays unquoted; a name with a comma is quoted in English.
    expect(templateCsv(sectors(), 'en').split('\r\n')[1]).toContain('"Materials, innovative materials"');
  });

  it.each(LANGS)('opened as it is (CSV, %s), maps the example and reports nothing', (lang) => {
    const list = mapped(
      readOwnList({ name: 'modele.csv', bytes: utf8(templateCsv(sectors(), lang)) }, ownListContext()),
    );
    expect(list.problems).toEqual([]);
    // No id column: the id comes from the name, as for any list that gives none.
    expect(list.campus.map((f) => f.properties.id)).toEqual([idFromName(TEMPLATE_EXAMPLE.name)]);
    expect(list.campus[0]!.properties).toMatchObject({ commune: '01283', sector: 'materiaux', region: '84' });
  });

  it.each(LANGS)('opened as it is (.xlsx, %s), maps the example from its first sheet', async (lang) => {
    const bytes = workbookBytes(templateSheets(sectors(), lang));
    const book = read(bytes, { type: 'array' });
    expect(book.SheetNames).toEqual(['Campus', lang === 'fr' ? 'Listes' : 'Lists']);
    const second = utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[1]!]!, { header: 1 });
    expect(second.filter((row) => (SECTOR_IDS as readonly unknown[]).includes(row[0]))).toHaveLength(11);
    // The code is a text cell: the reader would put a lost zero back, a person's spreadsheet would not.
    expect(book.Sheets['Campus']!['C2']).toMatchObject({ t: 's', v: '01283' });
    const file = { name: 'modele.xlsx', bytes };
    const kind = sniffFile(bytes);
    if (kind.kind !== 'workbook') throw new Error(kind.kind);
    const list = mapped(readOwnList(file, ownListContext(), await readWorkbook(workbookRequest(file, kind))));
    expect(list.problems).toEqual([]);
    expect(list.sheet).toBe('Campus');
    // No id column: the id comes from the name, as for any list that gives none.
    expect(list.campus.map((f) => f.properties.id)).toEqual([idFromName(TEMPLATE_EXAMPLE.name)]);
    expect(list.campus[0]!.properties.commune).toBe('01283');
  });
});
