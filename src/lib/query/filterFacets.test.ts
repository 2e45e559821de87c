import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMPUS_STATUSES, CHAPTERS, SECTOR_IDS } from '../model/types.ts';
import { CAMPUS, PRACTICES, makeCampus } from '../testing/fixtures.ts';
import { EMPTY_FILTERS, type Filters } from '../model/filters.ts';
import { countByAcademie, countByRegion, countBySector } from './counts.ts';
import { filterCampus } from './filterCampus.ts';
import { filterFacets, keepUnchanged } from './filterFacets.ts';
import { buildSearchIndex } from './searchIndex.ts';

const index = buildSearchIndex(CAMPUS, PRACTICES);
const facets = (filters: Partial<Filters>) =>
  filterFacets(CAMPUS, { ...EMPTY_FILTERS, ...filters }, index.campus);
const ids = (campus: readonly { id: string }[]) => campus.map((f) => f.id);

/** Filters over the fixture's values (and a few that match nothing), so every branch is reached. */
const filtersArb: fc.Arbitrary<Filters> = fc.record({
  sectors: fc.subarray([...SECTOR_IDS]),
  region: fc.option(fc.constantFrom('28', '76', '04', '11', '99'), { nil: null }),
  academie: fc.option(fc.constantFrom('normandie', 'montpellier', 'la-reunion', 'caen'), { nil: null }),
  chapter: fc.option(fc.constantFrom(...CHAPTERS), { nil: null }),
  status: fc.option(fc.constantFrom(...CAMPUS_STATUSES), { nil: null }),
  query: fc.constantFrom('', 'energie', 'campus', 'saint denis', 'orano', 'introuvable'),
});

describe('filterFacets', () => {
  it('gives, in one pass, what filtering with and without each dimension gives', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const all = filterFacets(CAMPUS, filters, index.campus);
        const exceptSectors = filterCampus(CAMPUS, { ...filters, sectors: [] }, index.campus);
        const exceptRegion = filterCampus(CAMPUS, { ...filters, region: null }, index.campus);
        const exceptAcademie = filterCampus(CAMPUS, { ...filters, academie: null }, index.campus);
        expect(ids(all.shown)).toEqual(ids(filterCampus(CAMPUS, filters, index.campus)));
        expect(all.sectorCounts).toEqual(countBySector(exceptSectors));
        expect(all.regionCounts).toEqual(countByRegion(exceptRegion));
        expect(all.academieCounts).toEqual(countByAcademie(exceptAcademie));
        expect([...all.shownMask]).toEqual(CAMPUS.map((f) => (all.shown.includes(f) ? 1 : 0)));
      }),
    );
  });

  it('leaves the sector filter out of the sector counts', () => {
    const { shown, sectorCounts } = facets({ sectors: ['energie'], region: '28' });
    expect(ids(shown)).toEqual(['cherbourg']);
    expect(sectorCounts.get('services-logistique')).toBe(1);
  });

  it('leaves each area filter out of its own counts only', () => {
    const { regionCounts, academieCounts } = facets({ sectors: ['energie'], region: '28' });
    expect(regionCounts.get('28')).toBe(1);
    expect(regionCounts.get('76')).toBe(0);
    expect(academieCounts.get('normandie')).toBe(1);
    // The académie chart follows the région filter: académies elsewhere count nothing.
    expect(academieCounts.get('montpellier')).toBe(0);
  });

  it('makes the région counts follow the académie filter (the summary and the chart agree)', () => {
    const { shown, regionCounts } = facets({ academie: 'montpellier' });
    expect(shown.length).toBeGreaterThan(0);
    expect(regionCounts.get('76')).toBe(shown.length);
    expect([...regionCounts.values()].reduce((a, b) => a + b, 0)).toBe(shown.length);
  });
});

describe('keepUnchanged', () => {
  it('keeps the previous parts whose content is the same, and takes the changed ones', () => {
    const before = facets({});
    const after = keepUnchanged(before, facets({ sectors: ['energie'] }));
    // A sector toggle changes neither what passes every filter but the sector one, nor its counts.
    expect(after.sectorCounts).toBe(before.sectorCounts);
    expect(after.shown).not.toBe(before.shown);
    expect(after.shownMask).not.toBe(before.shownMask);
    expect(after.regionCounts).not.toBe(before.regionCounts);
    expect(ids(after.shown)).toEqual(['cherbourg']);
  });

  it('takes the new facets when there are no previous ones', () => {
    const next = facets({});
    expect(keepUnchanged(undefined, next)).toBe(next);
  });
});

describe('filterFacets at the first key of each list (found by mutation testing)', () => {
  const [sector] = [...countBySector([]).keys()];
  const [region] = [...countByRegion([]).keys()];
  const [academie] = [...countByAcademie([]).keys()];
  const first = makeCampus('first', { sector: sector!, region: region!, academie_2020: academie! });
  const text = new Map([['first', '']]);

  it('counts a Campus of the first sector, région and académie, and shows it when its sector is chosen', () => {
    const all = filterFacets([first], EMPTY_FILTERS, text);
    expect([
      all.sectorCounts.get(sector!),
      all.regionCounts.get(region!),
      all.academieCounts.get(academie!),
    ]).toEqual([1, 1, 1]);
    expect(ids(filterFacets([first], { ...EMPTY_FILTERS, sectors: [sector!] }, text).shown)).toEqual([
      'first',
    ]);
  });

  it('keeps the previous list only when it holds the same Campus, not merely as many', () => {
    const other = makeCampus('other', { sector: sector!, region: region!, academie_2020: academie! });
    const before = filterFacets([first], EMPTY_FILTERS, text);
    const after = filterFacets([other], EMPTY_FILTERS, new Map([['other', '']]));
    expect(keepUnchanged(before, after).shown).toBe(after.shown);
    expect(keepUnchanged(before, filterFacets([first], EMPTY_FILTERS, text)).shown).toBe(before.shown);
  });
});
