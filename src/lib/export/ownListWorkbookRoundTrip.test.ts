/**
 * The shape an « Exporter .xlsx » (issue 23, point 4, not built yet) needs to read back unchanged:
 * the French export's columns in a workbook, typed — codes as text cells, coordinates as numbers —
 * open again through « Vos données » as the same Campus. Written with SheetJS from the CSV export's
 * rows, so this test holds the reader to that contract until the exporter exists.
 */
import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { campusToCsv } from './campusCsv.ts';
import { parseCsv } from '../ingest/csv.ts';
import { sniffFile } from '../ingest/fileKind.ts';
import { readOwnList, workbookRequest } from '../ingest/ownList.ts';
import { readWorkbook } from '../ingest/workbook.ts';
import { livretCampus, ownListContext, utf8 } from '../testing/ownListContext.ts';
import type { CampusFeature } from '../model/types.ts';

const NUMBERS = new Set(['latitude', 'longitude']);

/** The French CSV export as a typed workbook: numbers in the coordinate columns, text elsewhere. */
function exportedWorkbook(features: readonly CampusFeature[]): Uint8Array {
  const csv = parseCsv('campus.csv', utf8(campusToCsv(features, ownListContext().sectors, 'fr')), []);
  if (!csv.ok) throw new Error('the export does not parse');
  const { columns, rows } = csv.table;
  const body = rows.map(({ values }) =>
    columns.map((c) => (NUMBERS.has(c) ? Number(values[c]!.replace(',', '.')) : values[c]!)),
  );
  const sheet = utils.aoa_to_sheet([columns, ...body]);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Campus');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

const essentials = (features: readonly CampusFeature[]) =>
  features
    .map(({ properties: p }) => ({
      id: p.id,
      name: p.name,
      sector: p.sector,
      status: p.status,
      commune: p.commune,
      region: p.region,
      academie: p.academie,
      lead: p.lead,
      partners: p.partners,
      aliases: p.aliases,
      sources: p.sources,
      position: [p.true_lon, p.true_lat],
      approximate: p.approximate && p.location_basis !== 'academie-seat',
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

describe('a typed workbook of the export', () => {
  it('opens again as the same Campus, every code as written', async () => {
    const livret = livretCampus();
    const file = { name: 'campus.xlsx', bytes: exportedWorkbook(livret) };
    const kind = sniffFile(file.bytes);
    if (kind.kind !== 'workbook') throw new Error(kind.kind);
    const result = readOwnList(file, ownListContext(), await readWorkbook(workbookRequest(file, kind)));
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.line} ${p.field} ${p.message}`).join('\n'));
    expect(result.list.problems).toEqual([]);
    expect(result.list.notes).toEqual([]);
    expect(essentials(result.list.campus)).toEqual(essentials(livret));
  });
});
