/**
 * The columns of the source CSV files, in the order the files write them, and the other names a
 * spreadsheet may give the Campus columns (French headers, the app's own exports' headers): what
 * `parseCsv` is told to expect. The readers of those rows are in records.ts.
 */
import { columnKey } from './csv.ts';

export const CAMPUS_COLUMNS = [
  'id',
  'name',
  'sector',
  'status',
  'commune',
  'academie',
  'region',
  'source',
] as const;
/**
 * The campus columns under the names a French spreadsheet gives them, for a list opened in the app
 * (`parseCsv`'s `columnAliases`; keys as `columnKey` folds them). English names match in any case.
 */
export const CAMPUS_COLUMN_ALIASES: Readonly<Record<string, string>> = keyedByColumnKey({
  ...Object.fromEntries(
    [
      ...CAMPUS_COLUMNS,
      'aliases',
      'town',
      'lat',
      'lon',
      'location_basis',
      'lead',
      'partners',
      'sources',
      'note',
      'note_en',
      'since',
    ].map((c) => [c, c]),
  ),
  identifiant: 'id',
  nom: 'name',
  'nom du campus': 'name',
  intitule: 'name',
  'autres noms': 'aliases',
  'other names': 'aliases',
  secteur: 'sector',
  groupe: 'sector',
  'groupe sectoriel': 'sector',
  'sector group': 'sector',
  statut: 'status',
  'code commune': 'commune',
  'code insee': 'commune',
  'commune insee': 'commune',
  insee: 'commune',
  ville: 'town',
  academie: 'academie',
  region: 'region',
  latitude: 'lat',
  longitude: 'lon',
  'etablissement support': 'lead',
  'lead institution': 'lead',
  porteur: 'lead',
  partenaires: 'partners',
  'sources publiques': 'sources',
  'public sources': 'sources',
  // The app's own exports (export/campusCsv.ts) mark the positions it placed approximately.
  'position approximative': 'approximate',
  'approximate position': 'approximate',
  remarque: 'note',
  // The exports' column of what became of the Campus (export/campusTable.ts).
  'depuis le livret': 'since',
  'since the livret': 'since',
});

function keyedByColumnKey(aliases: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(aliases).map(([k, v]) => [columnKey(k), v]));
}

export const PRACTICE_COLUMNS = [
  'id',
  'title',
  'chapter',
  'level',
  'campus',
  'academie',
  'region',
  'summary',
  'source',
] as const;
export const SECTOR_COLUMNS = ['id', 'label_fr', 'label_en', 'livret_count', 'filieres_2019'] as const;
export const RESOLUTION_COLUMNS = ['record', 'field', 'declared', 'resolved', 'reason'] as const;

/** The columns a list must have: all of them for the livret's records, three for a région's own list. */
export const OWN_LIST_COLUMNS = ['name', 'sector', 'commune'] as const;
