/**
 * The counts of the « Vos données » outcome line (« 1 ligne lue, 1 Campus sur la carte, 0 ligne
 * écartée »), each in the singular or plural its number takes in the language: rows for a CSV,
 * features (« objets ») for a GeoJSON.
 */
import type { OwnList } from '../ingest/ownList.ts';
import { plural, type Lang } from '../i18n/translate.ts';

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
