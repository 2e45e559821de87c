/**
 * The filtered Campus as a CSV that a French spreadsheet opens correctly: UTF-8 with a BOM (Excel
 * otherwise guesses Windows-1252), `;` as delimiter (`,` is the decimal separator in French locales),
 * CRLF line ends, and cells that a spreadsheet would run as a formula neutralised.
 */
import { dsvFormat } from 'd3-dsv';
import { formatFactSources } from '../data/factSources.ts';
import type { CampusFeature, Sector } from '../data/types.ts';
import { ACADEMIE_BY_ID } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';

const semicolon = dsvFormat(';');

/**
 * A cell starting with = + - @ (or a tab / carriage return that some spreadsheets skip before one) is
 * read as a formula — CSV injection. Prefixing an apostrophe makes it text in Excel and LibreOffice.
 */
export function neutraliseFormula(cell: string): string {
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

export function campusToCsv(features: readonly CampusFeature[], sectors: readonly Sector[]): string {
  const sectorLabel = new Map(sectors.map((s) => [s.id, s.label_fr]));
  const rows = features.map((f) => {
    const p = f.properties;
    return [
      p.id,
      p.name,
      (p.aliases ?? []).join(' | '),
      sectorLabel.get(p.sector) ?? p.sector,
      p.status === 'labellise' ? 'labellisé' : 'projet',
      p.commune,
      p.town,
      p.departement,
      ACADEMIE_BY_ID.get(p.academie)?.name ?? p.academie,
      REGION_BY_CODE.get(p.region)?.name ?? p.region,
      p.lead,
      p.partners.join(' | '),
      p.practices.join(' | '),
      // French decimal comma: the column then sorts and sums as numbers in a French spreadsheet.
      String(p.true_lat).replace('.', ','),
      String(p.true_lon).replace('.', ','),
      p.source,
      formatFactSources(p.sources ?? []),
      p.approximate ? 'oui' : 'non',
    ].map(neutraliseFormula);
  });
  return '\uFEFF' + semicolon.formatRows([[...CSV_COLUMNS], ...rows]).replace(/\n/g, '\r\n') + '\r\n';
}
