/** The Campus that pass every active filter. Joins on codes only (sector id, INSEE région, académie slug). */
import type { CampusFeature } from '../data/types.ts';
import type { Filters } from '../state/filters.ts';
import { matchesTerms, queryTerms } from './normaliseForSearch.ts';

/**
 * @param searchText Campus id → normalised search text (see `buildSearchIndex`); a Campus missing from
 *   it only matches a blank query.
 */
export function filterCampus(
  campus: readonly CampusFeature[],
  filters: Filters,
  searchText: ReadonlyMap<string, string>,
): CampusFeature[] {
  const sectors = new Set<string>(filters.sectors);
  const terms = queryTerms(filters.query);
  return campus.filter(({ id, properties: p }) => {
    if (sectors.size > 0 && !sectors.has(p.sector)) return false;
    if (filters.region !== null && p.region !== filters.region) return false;
    if (filters.academie !== null && p.academie_2020 !== filters.academie) return false;
    if (filters.status !== null && p.status !== filters.status) return false;
    if (filters.chapter !== null && !p.chapters.includes(filters.chapter)) return false;
    if (terms.length > 0 && !matchesTerms(searchText.get(id) ?? '', terms)) return false;
    return true;
  });
}
