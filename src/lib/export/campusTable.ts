/**
 * The Campus shown as a table in the interface's language: the columns and the cells of the CSV export
 * (campusCsv.ts) and of the workbook export (campusXlsx.ts), typed — the coordinates are numbers, every
 * other cell text (a code such as 01283 stays text, with its zero). In French: French headers and values;
 * in English: English ones. The livret's own texts (names, partners) stay as the livret gives them.
 * « Vos données » reads both languages back (ingest/records.ts's column names, ownList.ts's words),
 * the facts since the livret included (`depuis_le_livret`, their pages in `sources_publiques`).
 */
import { formatFactSources } from '../data/factSources.ts';
import { formatSinceFacts } from '../data/sinceFacts.ts';
import type { CampusFeature, Sector } from '../model/types.ts';
import { ACADEMIE_BY_ID } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';
import type { Lang } from '../i18n/languages.ts';

export const CSV_COLUMNS = [
  'id',
  'nom',
  'autres_noms',
  'groupe',
  'statut',
  'commune_insee',
  'commune',
  'departement',
  'academie',
  'region',
  'etablissement_support',
  'partenaires',
  'bonnes_pratiques',
  'latitude',
  'longitude',
  'source',
  'sources_publiques',
  'position_approximative',
  'depuis_le_livret',
] as const;

/** The same columns, in the same order, named in English. */
export const CSV_COLUMNS_EN = [
  'id',
  'name',
  'other_names',
  'sector_group',
  'status',
  'commune_insee',
  'town',
  'departement',
  'academie',
  'region',
  'lead_institution',
  'partners',
  'good_practices',
  'latitude',
  'longitude',
  'source',
  'public_sources',
  'approximate_position',
  'since_the_livret',
] as const;

type TableCell = string | number;

/** What differs between the French and the English table. */
const WORDS = {
  fr: { columns: CSV_COLUMNS, labelled: 'labellisé', project: 'projet', yes: 'oui', no: 'non' },
  en: { columns: CSV_COLUMNS_EN, labelled: 'labelled', project: 'project', yes: 'yes', no: 'no' },
} as const;

export interface CampusTable {
  columns: readonly string[];
  /** One row per Campus, in the columns' order; numbers for latitude and longitude, text elsewhere. */
  rows: TableCell[][];
}

export function campusTable(
  features: readonly CampusFeature[],
  sectors: readonly Sector[],
  lang: Lang = 'fr',
): CampusTable {
  const words = WORDS[lang];
  const sectorLabel = new Map(sectors.map((s) => [s.id, lang === 'fr' ? s.label_fr : s.label_en]));
  const rows = features.map(({ properties: p }) => [
    p.id,
    p.name,
    (p.aliases ?? []).join(' | '),
    sectorLabel.get(p.sector) ?? p.sector,
    p.status === 'labellise' ? words.labelled : words.project,
    p.commune,
    p.town,
    p.departement,
    ACADEMIE_BY_ID.get(p.academie)?.name ?? p.academie,
    REGION_BY_CODE.get(p.region)?.name ?? p.region,
    p.lead,
    p.partners.join(' | '),
    p.practices.join(' | '),
    p.true_lat,
    p.true_lon,
    p.source,
    formatFactSources(p.sources ?? []),
    p.approximate ? words.yes : words.no,
    // What became of it after the livret, as the record writes it (its pages are in the sources).
    formatSinceFacts(p.since ?? []),
  ]);
  return { columns: words.columns, rows };
}
