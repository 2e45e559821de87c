/**
 * The one-line text summary of what is shown: « 12 Campus · Tourisme, bien-être, gastronomie ·
 * Nouvelle-Aquitaine ». Pure: names come from lookups passed in, strings from the dictionary.
 */
import type { SectorId } from '../model/types.ts';
import type { Filters } from '../model/filters.ts';
import { plural, translator, type Lang } from '../i18n/translate.ts';
import { sectorChoice } from '../model/sectorRule.ts';

export interface SummaryNames {
  sector(id: SectorId): string;
  region(code: string): string;
  academie(id: string): string;
}

/** French « de Lyon », « d’Amiens »: the académie's name with its preposition. */
export function frenchOf(name: string): string {
  return /^[aeiouyéèêàâîôû]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** Each active filter as a short phrase, in a fixed order (sectors, areas, chapter, status, text). */
function summaryParts(filters: Filters, lang: Lang, names: SummaryNames): string[] {
  const t = translator(lang);
  const parts: string[] = [];
  const sectors = filters.sectors;
  if (sectorChoice(sectors).all) parts.push(t('summary.allSectors'));
  else if (sectors.length <= 2) parts.push(sectors.map((id) => names.sector(id)).join(' + '));
  else parts.push(t('summary.sectors', { n: sectors.length }));
  if (filters.region !== null) parts.push(names.region(filters.region));
  if (filters.academie !== null) {
    const name = names.academie(filters.academie);
    parts.push(t('summary.academie', { name: lang === 'fr' ? frenchOf(name) : name }));
  }
  if (filters.chapter !== null) {
    parts.push(
      filters.chapter === 'annexe'
        ? t('chapter.shortAnnexe')
        : t('summary.chapter', { chapter: filters.chapter }),
    );
  }
  if (filters.status !== null) parts.push(t(`summary.status.${filters.status}`));
  const query = filters.query.trim();
  if (query !== '') parts.push(t('summary.query', { q: query }));
  return parts;
}

export function filterSummary(filters: Filters, count: number, lang: Lang, names: SummaryNames): string {
  return [plural(lang, 'summary.count', count), ...summaryParts(filters, lang, names)].join(' · ');
}
