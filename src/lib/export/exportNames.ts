/**
 * Names and dates of exported files: `campus-carte-2026-11-29.png` in French, `campus-map-2026-11-29.png`
 * in English (the stem follows the interface's language), dated in the person's time zone.
 */
import type { Lang, Translate } from '../i18n/translate.ts';
import type { Explorer } from '../state/explorer.svelte.ts';

/** The local calendar date as YYYY-MM-DD (sorts in a folder, and is what « today » means to the person). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What a file holds, which names it: the map, the slide, the list, a chart, a tour's deck. */
export const EXPORT_FILES = [
  'map',
  'slide',
  'list',
  'chartGroups',
  'chartRegions',
  'chartAcademies',
  'deckPractices',
  'deckRegions',
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/** `campus-<stem>-<date>.<extension>`, the stem in the language of `t` (`export.file.*`). */
export function exportFilename(t: Translate, file: ExportFile, extension: string, date: Date): string {
  return `campus-${t(`export.file.${file}`)}-${isoDate(date)}.${extension}`;
}

/** The date as people of the language write it (29/11/2026, or 29 November 2026). */
export function displayDate(lang: Lang, date: Date): string {
  return lang === 'fr'
    ? date.toLocaleDateString('fr-FR')
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** « Source : … · 29/11/2026 », in the explorer's language (exports, chart files, the print sheet). */
export function sourceLine(explorer: Explorer, now: Date): string {
  const date = displayDate(explorer.app.lang, now);
  const origin = explorer.data.origin;
  return origin
    ? explorer.t('export.ownSource', { name: origin.name, date })
    : explorer.t('export.source', { date });
}

/** The attributions of an exported map: the geography's, and the livret's or the list's for the Campus. */
export function attributionLine(explorer: Explorer): string {
  const origin = explorer.data.origin;
  return origin
    ? explorer.t('export.attributionOwn', { name: origin.name })
    : explorer.t('export.attribution');
}
