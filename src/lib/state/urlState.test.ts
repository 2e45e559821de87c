import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../model/filters.ts';
import {
  DEFAULT_URL_STATE,
  formatView,
  onlyQueryDiffers,
  onlyViewDiffers,
  parseUrlState,
  queryString,
  roundView,
  serializeUrlState,
  withKnownIds,
  type UrlState,
} from './urlState.ts';

const state = (patch: Partial<UrlState>, filters: Partial<UrlState['filters']> = {}): UrlState => ({
  ...DEFAULT_URL_STATE,
  ...patch,
  filters: { ...EMPTY_FILTERS, ...filters },
});

const KNOWN = {
  campus: new Set(['foret-bois', 'tourisme-reunion']),
  practices: new Set(['p01', 'p12']),
  tourLengths: { practices: 40, regions: 7 },
};

describe('serializeUrlState', () => {
  it.each<[string, UrlState, string]>([
    ['the default screen', DEFAULT_URL_STATE, ''],
    [
      'sectors in canonical order',
      state({}, { sectors: ['tourisme', 'energie'] }),
      '?sectors=tourisme,energie',
    ],
    ['a région and a chapter', state({}, { region: '75', chapter: '3' }), '?region=75&chapter=3'],
    ['a text search, encoded', state({}, { query: 'bois & forêt' }), '?q=bois%20%26%20for%C3%AAt'],
    ['a blank text search', state({}, { query: '   ' }), ''],
    [
      'the map view, rounded',
      state({ view: { lon: 2.123456, lat: 46.98765, zoom: 5.4321 } }),
      '?map=5.43/46.9877/2.1235',
    ],
    [
      'everything',
      state(
        {
          campus: 'foret-bois',
          practice: 'p12',
          level: 'academie',
          mode: 'choropleth',
          lang: 'en',
          academieLines: true,
          basemap: true,
          panel: 'practices',
        },
        { sectors: ['materiaux'], academie: 'bordeaux', status: 'labellise' },
      ),
      '?sectors=materiaux&academie=bordeaux&status=labellise&campus=foret-bois&practice=p12&level=academie' +
        '&mode=choropleth&lang=en&lines=academies&basemap=osm&panel=practices',
    ],
    [
      'a presentation step, last',
      state({ present: { tour: 'practices', step: 12 } }, { region: '75' }),
      '?region=75&present=practices&step=12',
    ],
    [
      'a presentation step drops the view (the step decides it)',
      state({ present: { tour: 'regions', step: 1 }, view: { lon: 2, lat: 46, zoom: 5 } }),
      '?present=regions&step=1',
    ],
  ])('%s', (_name, input, expected) => {
    expect(serializeUrlState(input)).toBe(expected);
  });
});

describe('parseUrlState', () => {
  it.each<[string, string, UrlState]>([
    ['an empty query string', '', DEFAULT_URL_STATE],
    ['a lone question mark', '?', DEFAULT_URL_STATE],
    [
      'sectors, reordered and deduplicated',
      '?sectors=tourisme,energie,tourisme',
      state({}, { sectors: ['tourisme', 'energie'] }),
    ],
    ['unknown sectors dropped', '?sectors=energie,plomberie,', state({}, { sectors: ['energie'] })],
    ['a région by INSEE code', '?region=04', state({}, { region: '04' })],
    ['an unknown région', '?region=99', DEFAULT_URL_STATE],
    ['a région given by name', '?region=Bretagne', DEFAULT_URL_STATE],
    ['a former académie maps onto the 2020 map', '?academie=caen', state({}, { academie: 'normandie' })],
    ['an unknown académie', '?academie=atlantis', DEFAULT_URL_STATE],
    ['the appendix chapter', '?chapter=annexe', state({}, { chapter: 'annexe' })],
    ['an unknown chapter', '?chapter=9', DEFAULT_URL_STATE],
    ['a status', '?status=projet', state({}, { status: 'projet' })],
    [
      'a text search with HTML',
      '?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      state({}, { query: '<img src=x onerror=alert(1)>' }),
    ],
    ['control characters in a search', '?q=a%00b%0Ac', state({}, { query: 'a b c' })],
    ['a known Campus', '?campus=foret-bois', state({ campus: 'foret-bois' })],
    ['an unknown Campus', '?campus=nowhere', DEFAULT_URL_STATE],
    ['a Campus id with markup', '?campus=%3Cscript%3E', DEFAULT_URL_STATE],
    ['a known practice', '?practice=p12', state({ practice: 'p12' })],
    ['an unknown practice', '?practice=p99', DEFAULT_URL_STATE],
    ['a map view', '?map=6.5/45.1/-0.57', state({ view: { lon: -0.57, lat: 45.1, zoom: 6.5 } })],
    ['a map view out of range', '?map=30/45/2', DEFAULT_URL_STATE],
    ['a malformed map view', '?map=6/abc/2', DEFAULT_URL_STATE],
    ['a map view with too few parts', '?map=6/45', DEFAULT_URL_STATE],
    ['an unknown level and mode', '?level=commune&mode=3d', DEFAULT_URL_STATE],
    ['an unknown language', '?lang=de', DEFAULT_URL_STATE],
    ['toggles', '?lines=academies&basemap=osm', state({ academieLines: true, basemap: true })],
    ['toggles with other values', '?lines=1&basemap=google', DEFAULT_URL_STATE],
    ['unknown parameters', '?utm_source=x&foo=bar', DEFAULT_URL_STATE],
    ['broken percent-encoding', '?q=%E0%A4%A&region=%', state({}, { query: '%A' })],
    ['a repeated parameter keeps the first', '?region=75&region=28', state({}, { region: '75' })],
    [
      'a presentation step',
      '?present=practices&step=12',
      state({ present: { tour: 'practices', step: 12 } }),
    ],
    ['a tour without a step starts it', '?present=regions', state({ present: { tour: 'regions', step: 1 } })],
    ['an unknown tour', '?present=slides&step=3', DEFAULT_URL_STATE],
    ['a step without a tour', '?step=3', DEFAULT_URL_STATE],
    ['a step below 1', '?present=practices&step=-4', state({ present: { tour: 'practices', step: 1 } })],
    ['a step of 0', '?present=practices&step=0', state({ present: { tour: 'practices', step: 1 } })],
    ['a malformed step', '?present=practices&step=3a', state({ present: { tour: 'practices', step: 1 } })],
    ['a fractional step', '?present=practices&step=2.5', state({ present: { tour: 'practices', step: 1 } })],
    ['a step past the tour', '?present=regions&step=50', state({ present: { tour: 'regions', step: 7 } })],
    [
      'a huge step past the tour',
      '?present=practices&step=99999999999999',
      state({ present: { tour: 'practices', step: 40 } }),
    ],
    [
      'a map view is ignored while presenting',
      '?present=practices&step=2&map=6/45/2',
      state({ present: { tour: 'practices', step: 2 } }),
    ],
  ])('%s', (_name, search, expected) => {
    expect(parseUrlState(search, KNOWN)).toEqual(expected);
  });

  it('never throws on hostile input', () => {
    const inputs = [
      '?%',
      '?&&&',
      '?=x',
      '?sectors',
      '?map=',
      'x'.repeat(10000),
      '?q=' + '%'.repeat(500),
      '#frag',
    ];
    for (const input of inputs) expect(() => parseUrlState(input, KNOWN)).not.toThrow();
  });

  it('caps a long text search', () => {
    expect(parseUrlState(`?q=${'a'.repeat(500)}`).filters.query).toHaveLength(100);
  });

  it('keeps a step within a generous bound when the tours are not known yet', () => {
    expect(parseUrlState('?present=practices&step=250').present).toEqual({ tour: 'practices', step: 250 });
    expect(parseUrlState('?present=practices&step=5000').present).toEqual({ tour: 'practices', step: 999 });
  });

  it('accepts any well-formed id when the dataset is not known yet', () => {
    expect(parseUrlState('?campus=foret-bois&practice=p99').practice).toBe('p99');
  });
});

describe('round trip', () => {
  const states: UrlState[] = [
    DEFAULT_URL_STATE,
    state({}, { sectors: ['agroalimentaire', 'energie'], query: 'Énergie « verte »' }),
    state({ campus: 'tourisme-reunion', view: { lon: 55.45, lat: -20.88, zoom: 9 } }, { region: '04' }),
    state(
      {
        practice: 'p01',
        level: 'academie',
        mode: 'choropleth',
        lang: 'en',
        panel: 'list',
        academieLines: true,
      },
      { academie: 'aix-marseille', chapter: '6', status: 'labellise' },
    ),
    state({ present: { tour: 'practices', step: 40 }, lang: 'en' }, { sectors: ['energie'] }),
    state({ present: { tour: 'regions', step: 3 } }),
  ];
  it.each(states.map((s, i) => [i, s] as const))('state %i survives serialize → parse', (_i, s) => {
    expect(parseUrlState(serializeUrlState(s), KNOWN)).toEqual(s);
  });

  it.each([
    '?sectors=tourisme,energie&region=75',
    '?q=bois%20%26%20for%C3%AAt&map=5.43/46.9877/2.1235',
    '?academie=caen&region=99&foo=1',
    '?step=7&present=regions&map=5/46/2',
    '?present=practices&step=0100',
  ])('%s is canonical after one parse', (search) => {
    const once = serializeUrlState(parseUrlState(search, KNOWN));
    expect(serializeUrlState(parseUrlState(once, KNOWN))).toBe(once);
  });
});

describe('helpers', () => {
  it('rounds a view', () => {
    expect(roundView({ lon: 1.234567, lat: -2.345678, zoom: 3.14159 })).toEqual({
      lon: 1.2346,
      lat: -2.3457,
      zoom: 3.14,
    });
  });

  it('writes a view as zoom/lat/lon, rounded, for the app and the embeds alike', () => {
    expect(formatView({ lon: 0.123456, lat: 46.55556, zoom: 5.999 })).toBe('6/46.5556/0.1235');
  });

  it('writes a query string in the order given, leaving nulls out and commas readable', () => {
    expect(
      queryString([
        ['sectors', 'a,b'],
        ['region', null],
        ['q', 'bois & fer'],
      ]),
    ).toBe('?sectors=a,b&q=bois%20%26%20fer');
    expect(queryString([['region', null]])).toBe('');
  });

  it('tells a view-only change from another change', () => {
    const a = state({ view: { lon: 1, lat: 2, zoom: 3 } });
    expect(onlyViewDiffers(a, state({}))).toBe(true);
    expect(onlyViewDiffers(a, state({}, { region: '75' }))).toBe(false);
  });
});

describe('onlyQueryDiffers', () => {
  const base = parseUrlState('?sectors=energie', { campus: new Set(), practices: new Set() });
  it('holds when only the search text changes (the view aside)', () => {
    const typed = { ...base, filters: { ...base.filters, query: 'fel' } };
    expect(onlyQueryDiffers(base, typed)).toBe(true);
    expect(onlyQueryDiffers(typed, { ...typed, filters: { ...typed.filters, query: 'fell' } })).toBe(true);
  });
  it('does not hold when nothing changes, or when another filter changes too', () => {
    expect(onlyQueryDiffers(base, base)).toBe(false);
    const other = { ...base, filters: { ...base.filters, query: 'fel', region: '75' } };
    expect(onlyQueryDiffers(base, other)).toBe(false);
    expect(onlyQueryDiffers(base, { ...base, filters: { ...base.filters, query: '  ' } })).toBe(false);
  });
});

describe('withKnownIds', () => {
  it('completes a parse made before the dataset: unknown ids dropped, the step brought into its tour', () => {
    const early = parseUrlState('?campus=inconnu&practice=p12&present=regions&step=9');
    expect(early.campus).toBe('inconnu');
    expect(early.present).toEqual({ tour: 'regions', step: 9 });
    const known = withKnownIds(early, KNOWN);
    expect(known.campus).toBeNull();
    expect(known.practice).toBe('p12');
    expect(known.present).toEqual({ tour: 'regions', step: 7 });
  });

  it('gives the same state as parsing with the ids at once', () => {
    const search = '?campus=foret-bois&practice=p99&present=practices&step=41&sectors=energie';
    expect(withKnownIds(parseUrlState(search), KNOWN)).toEqual(parseUrlState(search, KNOWN));
  });
});
