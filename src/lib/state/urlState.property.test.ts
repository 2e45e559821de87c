/**
 * Property-based tests of the URL state: any query string parses without throwing, and on every valid
 * state, parse ∘ serialise is the identity (so a shared link restores exactly the same screen).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMPUS_STATUSES, CHAPTERS, SECTOR_IDS } from '../model/types.ts';
import { ACADEMIES } from '../geo/academies.ts';
import { REGIONS } from '../geo/regions.ts';
import { LANGUAGES } from '../i18n/translate.ts';
import { AREA_LEVELS } from '../model/areas.ts';
import {
  DEFAULT_URL_STATE,
  MODES,
  PANELS,
  parseUrlState,
  roundView,
  serializeUrlState,
  type UrlState,
} from './urlState.ts';

const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,30}$/);
/** A search as the parser keeps it: no control characters, trimmed, at most 100 characters. */
const query = fc
  .string({ maxLength: 100 })
  .map((s) => s.replace(/[\p{Cc}\uFFFD]/gu, ' ').trim())
  .filter((s) => s.length <= 100);
const view = orNull(
  fc
    .record({
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
    })
    .map(roundView),
);

const validState: fc.Arbitrary<UrlState> = fc
  .record({
    sectors: fc.subarray([...SECTOR_IDS]),
    region: orNull(fc.constantFrom(...REGIONS.map((r) => r.code))),
    academie: orNull(fc.constantFrom(...ACADEMIES.map((a) => a.id))),
    chapter: orNull(fc.constantFrom(...CHAPTERS)),
    status: orNull(fc.constantFrom(...CAMPUS_STATUSES)),
    query,
    campus: orNull(id),
    practice: orNull(id),
    level: fc.constantFrom(...AREA_LEVELS),
    mode: fc.constantFrom(...MODES),
    view,
    lang: fc.constantFrom(...LANGUAGES),
    academieLines: fc.boolean(),
    basemap: fc.boolean(),
    panel: fc.constantFrom(...PANELS),
  })
  .map(({ sectors, region, academie, chapter, status, query, ...rest }) => ({
    ...DEFAULT_URL_STATE,
    ...rest,
    filters: { sectors, region, academie, chapter, status, query },
  }));

describe('URL state (properties)', () => {
  it('parses any query string without throwing, into a state its own link restores', () => {
    const anyQuery = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .array(
          fc.tuple(fc.constantFrom('sectors', 'region', 'map', 'q', 'campus', 'lang', 'x'), fc.string()),
          { maxLength: 8 },
        )
        .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(anyQuery, (search) => {
        // Whatever a hand-written link holds, what the app makes of it survives its own link.
        const state = parseUrlState(search);
        expect(parseUrlState(serializeUrlState(state))).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('restores every valid state from its link: parse ∘ serialise = identity', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseUrlState(serializeUrlState(state))).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });
});
