/**
 * The counts of the « Vos données » outcome line (« 1 ligne lue, 1 Campus sur la carte, 0 ligne
 * écartée »), each in the singular or plural its number takes in the language: rows for a CSV,
 * features (« objets ») for a GeoJSON.
 */
import type { OwnList, SheetChoice } from '../ingest/ownList.ts';
import { plural, translator, type Lang } from '../i18n/translate.ts';
// This part's own words (not in the start's dictionary): importing them adds them.
import '../i18n/parts/ownListWords.ts';

export interface ReadCounts {
  rows: string;
  mapped: string;
  leftOut: string;
}

export function readCounts(
  list: Pick<OwnList, 'format' | 'rowsRead' | 'leftOut'> & { campus: readonly unknown[] },
  lang: Lang,
): ReadCounts {
  const geojson = list.format === 'geojson';
  return {
    rows: plural(lang, geojson ? 'ownList.featuresRead' : 'ownList.rowsRead', list.rowsRead),
    mapped: plural(lang, 'ownList.mapped', list.campus.length),
    leftOut: plural(lang, geojson ? 'ownList.featuresLeftOut' : 'ownList.rowsLeftOut', list.leftOut),
  };
}

const WORKBOOK_APPS = { xlsx: 'Excel', ods: 'Calc', xls: 'Excel 97' } as const;

/**
 * What the file was read as, for the outcome line: « CSV, UTF-8 », « texte Unicode, UTF-16 »,
 * « Excel, feuille « Campus » » (the sheet named, since a workbook may hold several).
 */
export function formatLabel(list: Pick<OwnList, 'format' | 'encoding'> & SheetChoice, lang: Lang): string {
  const t = translator(lang);
  if (list.format === 'csv')
    return list.encoding === 'windows-1252'
      ? 'CSV, Windows-1252'
      : list.encoding === 'utf-8'
        ? 'CSV, UTF-8'
        : t('ownList.unicodeText');
  if (list.format === 'geojson') return 'GeoJSON';
  return t('ownList.workbookSheet', { app: WORKBOOK_APPS[list.format], sheet: list.sheet ?? '' });
}
