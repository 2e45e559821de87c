/**
 * The filtered Campus as a CSV that a spreadsheet of the interface's language opens correctly: UTF-8
 * with a BOM (Excel otherwise guesses Windows-1252), CRLF line ends, and cells that a spreadsheet would
 * run as a formula neutralised. In French: French headers and values, `;` as delimiter and decimal
 * commas (`,` is the decimal separator in French locales). In English: English headers and values,
 * `,` and decimal points. The livret's own texts (names, partners) stay as the livret gives them.
 */
import { dsvFormat } from 'd3-dsv';
import { formatFactSources } from '../data/factSources.ts';
import { PLAIN_NUMBER } from '../ingest/fields.ts';
import type { CampusFeature, Sector } from '../model/types.ts';
import { ACADEMIE_BY_ID } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';

import type { Lang } from '../i18n/languages.ts';

/**
 * A cell starting with = + - @ (or a tab / carriage return that some spreadsheets skip before one) is
 * read as a formula — CSV injection. Prefixing an apostrophe makes it text in Excel and LibreOffice.
 */
export function neutraliseFormula(cell: string): string {
  // A negative longitude stays a number (the spreadsheet sorts and sums it, and the app reads it back).
  if (PLAIN_NUMBER.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

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
] as const;

/** What differs between the French and the English file. */
const FORMATS = {
  fr: {
    columns: CSV_COLUMNS,
    delimiter: ';',
    decimal: ',',
    labelled: 'labellisé',
    project: 'projet',
    yes: 'oui',
    no: 'non',
  },
  en: {
    columns: CSV_COLUMNS_EN,
    delimiter: ',',
    decimal: '.',
    labelled: 'labelled',
    project: 'project',
    yes: 'yes',
    no: 'no',
  },
} as const;

export function campusToCsv(
  features: readonly CampusFeature[],
  sectors: readonly Sector[],
  lang: Lang = 'fr',
): string {
  const format = FORMATS[lang];
  const sectorLabel = new Map(sectors.map((s) => [s.id, lang === 'fr' ? s.label_fr : s.label_en]));
  const rows = features.map((f) => {
    const p = f.properties;
    return [
      p.id,
      p.name,
      (p.aliases ?? []).join(' | '),
      sectorLabel.get(p.sector) ?? p.sector,
      p.status === 'labellise' ? format.labelled : format.project,
      p.commune,
      p.town,
      p.departement,
      ACADEMIE_BY_ID.get(p.academie)?.name ?? p.academie,
      REGION_BY_CODE.get(p.region)?.name ?? p.region,
      p.lead,
      p.partners.join(' | '),
      p.practices.join(' | '),
      // The locale's decimal mark: the column then sorts and sums as numbers in its spreadsheet.
      String(p.true_lat).replace('.', format.decimal),
      String(p.true_lon).replace('.', format.decimal),
      p.source,
      formatFactSources(p.sources ?? []),
      p.approximate ? format.yes : format.no,
    ].map(neutraliseFormula);
  });
  const text = dsvFormat(format.delimiter).formatRows([[...format.columns], ...rows]);
  return '\uFEFF' + text.replace(/\n/g, '\r\n') + '\r\n';
}
