/** The filters a person can set, as one immutable value (replaced, never mutated). */
import { sectorChoice } from './sectorRule.ts';
import { SECTOR_IDS, type CampusStatus, type Chapter, type SectorId } from './types.ts';

export interface Filters {
  /** Selected sector groups, in SECTOR_IDS order; empty = all groups. */
  sectors: readonly SectorId[];
  /** INSEE région code, or null for all régions. */
  region: string | null;
  /** Académie id on the 2020 map, or null for all académies. */
  academie: string | null;
  /** Livret chapter: the Campus that have a practice in it. */
  chapter: Chapter | null;
  status: CampusStatus | null;
  /** Free text search, as typed. */
  query: string;
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  sectors: [],
  region: null,
  academie: null,
  chapter: null,
  status: null,
  query: '',
});

export function isEmptyFilters(filters: Filters): boolean {
  return (
    sectorChoice(filters.sectors).all &&
    filters.region === null &&
    filters.academie === null &&
    filters.chapter === null &&
    filters.status === null &&
    filters.query.trim() === ''
  );
}

/** Adds or removes a sector group, keeping the canonical order (so URLs are stable). */
export function toggleSector(sectors: readonly SectorId[], id: SectorId): SectorId[] {
  const set = new Set(sectors);
  if (set.has(id)) set.delete(id);
  else set.add(id);
  return SECTOR_IDS.filter((s) => set.has(s));
}
