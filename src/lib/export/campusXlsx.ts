/**
 * The Campus shown as an Excel workbook: the CSV export's columns and values (campusTable.ts) in one
 * sheet, typed — coordinates as numbers, codes (INSEE, département) and every other cell as text, so
 * no leading zero is lost and no cell runs as a formula. « Vos données » reads it back as the same
 * Campus. Brings SheetJS (ingest/workbookWriter.ts): imported on demand by exportActions.ts.
 */
import { workbookBytes } from '../ingest/workbookWriter.ts';
import type { Lang } from '../i18n/languages.ts';
import type { CampusFeature, Sector } from '../model/types.ts';
import { campusTable } from './campusTable.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function campusToXlsx(
  features: readonly CampusFeature[],
  sectors: readonly Sector[],
  lang: Lang = 'fr',
): Uint8Array {
  const { columns, rows } = campusTable(features, sectors, lang);
  return workbookBytes([{ name: 'Campus', rows: [columns, ...rows] }]);
}
