/** The Campus that pass every active filter. Joins on codes only (sector id, INSEE région, académie slug). */
import type { CampusFeature, CampusProperties } from '../model/types.ts';
import type { Filters } from '../model/filters.ts';
import { matchesTerms, queryTerms } from '../data/normaliseForSearch.ts';
import { sectorChoice } from '../model/sectorRule.ts';

/**
 * The filters as tests, one per dimension the charts leave out in turn: the sector legend counts what
 * passes all but `sector`, the région chart what passes all but `region`, the académie chart what
 * passes all but `academie`.
 */
export interface FilterTests {
  /** The sector groups (true when none is selected). */
  sector(p: CampusProperties): boolean;
  /** The région filter. */
  region(p: CampusProperties): boolean;
  /** The académie filter. */
  academie(p: CampusProperties): boolean;
  /** The région and académie filters. */
  area(p: CampusProperties): boolean;
  /** Status, chapter and the text search (the costly one, so callers test it last). */
  rest(f: CampusFeature): boolean;
}

/**
 * @param searchText Campus id → normalised search text (see `buildSearchIndex`); a Campus missing from
 *   it only matches a blank query.
 */
export function filterTests(filters: Filters, searchText: ReadonlyMap<string, string>): FilterTests {
  const sectors = sectorChoice(filters.sectors);
  const { region, academie, status, chapter } = filters;
  const terms = queryTerms(filters.query);
  return {
    sector: (p) => sectors.shows(p.sector),
    region: (p) => region === null || p.region === region,
    academie: (p) => academie === null || p.academie_2020 === academie,
    area: (p) =>
      (region === null || p.region === region) && (academie === null || p.academie_2020 === academie),
    rest: ({ id, properties: p }) =>
      (status === null || p.status === status) &&
      (chapter === null || p.chapters.includes(chapter)) &&
      (terms.length === 0 || matchesTerms(searchText.get(id) ?? '', terms)),
  };
}

export function filterCampus(
  campus: readonly CampusFeature[],
  filters: Filters,
  searchText: ReadonlyMap<string, string>,
): CampusFeature[] {
  const test = filterTests(filters, searchText);
  return campus.filter((f) => test.sector(f.properties) && test.area(f.properties) && test.rest(f));
}
