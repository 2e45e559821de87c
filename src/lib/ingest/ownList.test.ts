import { describe, expect, it } from 'vitest';
import { NOT_A_LIST, readOwnList, workbookRequest, type OwnList, type OwnListResult } from './ownList.ts';
import { ownListContext, utf8 } from '../testing/ownListContext.ts';
import { makeZip } from '../testing/makeZip.ts';
import {
  campusOds,
  campusUnicodeText,
  campusXls,
  campusXlsx,
  emptyFirstSheetXlsx,
  passwordProtectedXlsx,
} from '../testing/ownListWorkbooks.ts';
import { sniffFile } from './fileKind.ts';
import { readWorkbook } from './workbook.ts';
import { campusToCsv } from '../export/campusCsv.ts';
import { campusToGeojson } from '../export/campusGeojson.ts';
import { SECTORS, makeCampus } from '../testing/fixtures.ts';

const open = (name: string, bytes: Uint8Array) => readOwnList({ name, bytes }, ownListContext());

function mapped(result: OwnListResult): OwnList {
  if (!result.ok) throw new Error(`expected a list, got ${JSON.stringify(result.problems)}`);
  return result.list;
}

describe('a CSV list as French Excel saves it', () => {
  const text =
    '\uFEFFNom;Secteur;Code INSEE;Établissement support\r\n' +
    'Campus du bois;Matériaux, matériaux innovants;88160;Lycée Pierre-Mendès-France\r\n' +
    'Campus numérique;numerique;59350;\r\n';

  it('maps every row, with the sector by label or id and the région and académie from the commune', () => {
    const list = mapped(open('liste.csv', utf8(text)));
    expect(list).toMatchObject({ format: 'csv', encoding: 'utf-8', rowsRead: 2, leftOut: 0, problems: [] });
    const [bois, numerique] = list.campus.map((f) => f.properties);
    expect(bois).toMatchObject({
      id: 'campus-du-bois',
      sector: 'materiaux',
      status: 'labellise',
      commune: '88160',
      town: 'Épinal',
      departement: '88',
      region: '44',
      academie: 'nancy-metz',
      lead: 'Lycée Pierre-Mendès-France',
      source: 'liste.csv',
      location_basis: 'commune',
      approximate: false,
    });
    expect(numerique).toMatchObject({ sector: 'numerique', region: '32', academie: 'lille', town: 'Lille' });
    expect(list.campus[1]!.geometry.coordinates).toEqual([3.05512, 50.63391]);
    // A list without notes has none, in either language.
    expect([bois!.note, bois!.note_en]).toEqual(['', '']);
  });

  it('reads an English note beside the note, and refuses one with no note to translate', () => {
    const list = mapped(
      open(
        'notes.csv',
        utf8(
          'nom;secteur;commune;remarque;Note_EN\n' +
            'Campus A;numerique;59350;Placé à Lille.;Placed in Lille.\n' +
            'Campus B;energie;33063;Sans traduction.;\n' +
            'Campus C;energie;33063;;Nothing to translate.\n',
        ),
      ),
    );
    expect(list.campus.map((f) => [f.properties.note, f.properties.note_en])).toEqual([
      ['Placé à Lille.', 'Placed in Lille.'],
      ['Sans traduction.', ''],
    ]);
    expect(list.problems.map((p) => `${p.line} ${p.field}`)).toEqual(['4 note_en']);
  });

  it('reads Windows-1252 bytes when they are not UTF-8, and says so', () => {
    const bytes = Uint8Array.from(
      [...'nom,secteur,commune\nCampus génie,numerique,88160\n'].map((c) => c.charCodeAt(0)),
    );
    const list = mapped(open('excel.csv', bytes));
    expect(list.encoding).toBe('windows-1252');
    expect(list.campus[0]!.properties.name).toBe('Campus génie');
  });

  it('restores the leading zero a spreadsheet strips from a commune code', () => {
    const list = mapped(open('l.csv', utf8('name,sector,commune\nCampus,numerique,1053\n')));
    expect(list.campus[0]!.properties.commune).toBe('01053');
  });

  it('places a commune the gazetteer has no position for inside its département, marked approximate', () => {
    const list = mapped(open('l.csv', utf8('name,sector,commune\nCampus,numerique,01001\n')));
    const p = list.campus[0]!.properties;
    expect(p).toMatchObject({ location_basis: 'departement', approximate: true, departement: '01' });
    expect(ownListContext().shapes.distanceOutsideKm('01', p.true_lon, p.true_lat)).toBe(0);
    expect(list.warnings.join()).toMatch(/position approximative \(département 01\)/);
  });

  it('takes the row’s own lat and lon when given', () => {
    const list = mapped(
      open('l.csv', utf8('name;sector;commune;lat;lon\nCampus;numerique;01001;46,15;4,92\n')),
    );
    expect(list.campus[0]!.properties).toMatchObject({
      location_basis: 'coordinates',
      approximate: false,
      true_lat: 46.15,
      true_lon: 4.92,
    });
  });
});

describe('a list with bad rows', () => {
  const text = [
    'nom;secteur;commune;partenaires',
    'Campus bon;numerique;59350;',
    'Campus code faux;numerique;99999;',
    'Campus secteur inconnu;cuisine;59350;',
    ';numerique;59350;',
    'Campus formule;numerique;59350;=HYPERLINK("http://x")',
    'Campus cellules;numerique;59350;a;b',
    'Campus <b>gras</b>;tourisme;33063;',
  ].join('\n');

  it('maps the good rows, leaves out the others and lists each problem by line and column', () => {
    const list = mapped(open('liste.csv', utf8(text)));
    expect(list.campus.map((f) => f.properties.name)).toEqual(['Campus <b>gras</b>', 'Campus bon']);
    expect(list.rowsRead).toBe(7);
    expect(list.leftOut).toBe(5);
    expect(list.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'commune'],
      [4, 'sector'],
      [5, 'name'],
      [6, 'partners'],
      [7, '(row)'],
    ]);
    expect(list.problems[0]!.message).toMatch(/unknown INSEE commune code « 99999 »/);
    expect(list.problems[1]!.message).toMatch(/unknown sector group « cuisine » — expected/);
    expect(list.problems[2]!.message).toMatch(/is empty/);
    expect(list.problems[3]!.message).toMatch(/looks like a spreadsheet formula/);
    expect(list.problems[4]!.message).toMatch(/5 cells — expected 4/);
  });

  it('maps nothing when no row is left, and says why', () => {
    const result = open('liste.csv', utf8('nom;secteur;commune\nCampus;numerique;99999\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.line)).toEqual([2]);
  });
});

describe('a file that is not a list', () => {
  it('names the missing columns', () => {
    const result = open('liste.csv', utf8('nom;ville\nCampus;Lille\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/missing column\(s\) sector, commune/);
  });

  it('refuses JSON that is not a FeatureCollection', () => {
    const result = open('liste.geojson', utf8('{"type": "Topology"}'));
    expect(result).toMatchObject({ ok: false, format: 'geojson' });
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/not a GeoJSON FeatureCollection/);
  });

  it('refuses broken JSON', () => {
    const result = open('liste.json', utf8('{"type": "FeatureCollection",'));
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/not valid JSON/);
    expect(result.ok).toBe(false);
  });
});

describe('a GeoJSON list', () => {
  it('reads properties as columns and the point as the position', () => {
    const json = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [4.92, 46.15] },
          properties: {
            nom: 'Campus A',
            secteur: 'Numérique, télécommunications',
            commune: '01001',
            partners: ['X', 'Y'],
          },
        },
        {
          type: 'Feature',
          geometry: null,
          properties: { name: 'Campus B', sector: 'energie', commune: '33063' },
        },
        { type: 'Feature', geometry: null, properties: { name: 'Campus C', sector: 'energie' } },
        'not a feature',
      ],
    };
    const list = mapped(open('liste.geojson', utf8(JSON.stringify(json))));
    expect(list.format).toBe('geojson');
    expect(list.campus.map((f) => f.properties.name)).toEqual(['Campus A', 'Campus B']);
    expect(list.campus[0]!.properties).toMatchObject({ partners: ['X', 'Y'], location_basis: 'coordinates' });
    expect(list.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'commune'],
      [4, '(row)'],
    ]);
  });
});

describe('a workbook, and Excel’s « Texte Unicode »', () => {
  const read = async (name: string, bytes: Uint8Array, sheet?: string) => {
    const file = { name, bytes, sheet };
    const kind = sniffFile(bytes);
    const workbook = kind.kind === 'workbook' ? await readWorkbook(workbookRequest(file, kind)) : undefined;
    return readOwnList(file, ownListContext(), workbook);
  };

  it.each([
    ['liste.xlsx', campusXlsx(), 'xlsx'],
    ['liste.ods', campusOds(), 'ods'],
    ['liste.xls', campusXls(), 'xls'],
    ['liste.txt', campusUnicodeText(), 'csv'],
    ['sans-marque.txt', campusUnicodeText({ bom: false }), 'csv'],
    ['gros-boutiste.txt', campusUnicodeText({ endian: 'be' }), 'csv'],
  ])('maps %s: codes restored, the bad row left out by its row number', async (name, bytes, format) => {
    const list = mapped(await read(name, bytes));
    expect(list.format).toBe(format);
    expect(list.campus.map((f) => [f.properties.name, f.properties.commune])).toEqual([
      ['Campus d’Ambérieu', '01004'],
      ['Campus de Bourg', '01053'],
      ['Campus du bois', '88160'],
      ['Campus énergie', '33063'],
      ['Campus numérique Lille', '59350'],
    ]);
    expect(list.problems.map((p) => [p.line, p.field])).toEqual([[6, 'commune']]);
    expect(list.headers).toMatchObject({ name: 'Nom', commune: 'Code INSEE', partners: 'Partenaires' });
    expect(list.campus[4]!.properties.partners).toEqual(['Université de Lille', 'Lycée Baggio']);
  });

  it('notes a workbook’s formula as a remark on its row, not a problem', async () => {
    const list = mapped(await read('liste.xlsx', campusXlsx()));
    expect(list.notes.map((n) => [n.line, n.field])).toEqual([[7, 'name']]);
    expect(list.sheets).toEqual(['Campus', 'Autres']);
    expect(list.sheet).toBe('Campus');
  });

  it('reads the sheet chosen, and says an empty first sheet is empty', async () => {
    const other = mapped(await read('liste.xlsx', campusXlsx(), 'Autres'));
    expect(other.campus.map((f) => f.properties.town)).toEqual(['Boulogne-sur-Mer']);
    const empty = await read('vide.xlsx', emptyFirstSheetXlsx());
    expect(empty).toMatchObject({ ok: false, format: 'xlsx', sheets: ['Vide', 'Autres'], sheet: 'Vide' });
  });

  it('refuses a password-protected workbook and a file that is no list, by their content', async () => {
    const locked = await read('liste.xlsx', passwordProtectedXlsx());
    expect(!locked.ok && locked.problems[0]!.message).toMatch(/^the workbook is protected by a password/);
    for (const [name, bytes] of [
      ['liste.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
      ['liste.xlsx', makeZip([{ name: 'word/document.xml', data: utf8('<w:document/>') }])],
      ['notes.txt', utf8('Bonjour,\nvoici la liste promise : trois Campus, deux lycées.\n')],
    ] as const) {
      const result = await read(name, bytes);
      expect(!result.ok && result.problems.map((p) => p.message)).toEqual([NOT_A_LIST]);
    }
  });
});

describe('what became of a Campus since the livret, read back from the app’s own exports', () => {
  const since = [
    {
      kind: 'merger_planned' as const,
      date: '2020',
      text: 'Campus d’excellence international des énergies (CEINE)',
      url: 'https://regions-france.org/ceine',
    },
    { kind: 'label_renewed' as const, date: '2021-07-27', text: '', url: 'https://regions-france.org/ceine' },
  ];
  const changed = makeCampus('changed', {
    name: 'Campus des énergies',
    sources: since.map((f) => ({ fact: 'since' as const, url: f.url })),
    since,
  });

  it.each([
    ['campus.csv', () => campusToCsv([changed], SECTORS)],
    ['campus-en.csv', () => campusToCsv([changed], SECTORS, 'en')],
    ['campus.geojson', () => campusToGeojson([changed])],
  ])('keeps each fact with its page (%s)', (name, write) => {
    const list = mapped(open(name, utf8(write())));
    expect(list.problems).toEqual([]);
    expect(list.campus[0]!.properties.since).toEqual(since);
  });

  it('refuses a fact whose page is missing, on its line', () => {
    const result = open(
      'liste.csv',
      utf8('nom;secteur;commune;depuis le livret\nCampus A;energie;33063;excellence:2020:\n'),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => [p.line, p.field, p.message])).toEqual([
        [
          2,
          'sources',
          '« excellence:2020: » has no source — add one since=https://… in sources per fact of since, in the same order',
        ],
      ]);
  });
});
