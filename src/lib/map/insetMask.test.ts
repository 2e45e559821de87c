import { describe, expect, it } from 'vitest';
import { compositeBounds, INSETS, MAINLAND_BOUNDS, type Bounds } from '../geo/insets.ts';
import { COLOURS } from '../theme/palette.ts';
import type { Spotlight } from '../query/tour.ts';
import { areaSpotlight, insetArea, insetMask, insetsHidden, spotlightOverseas } from './insetMask.ts';

const spot = (over: Partial<Spotlight> = {}): Spotlight => ({
  campus: [],
  regions: [],
  academies: [],
  ...over,
});
const REGION_OF: Record<string, string> = { brest: '53', 'saint-denis': '04' };
const regionOf = (id: string) => REGION_OF[id];

describe('insetArea', () => {
  it('holds every frame, in the sea west of the mainland', () => {
    const [w, s, e, n] = insetArea();
    for (const { frame } of INSETS) {
      expect([w <= frame[0], s <= frame[1], e >= frame[2], n >= frame[3]]).toEqual([true, true, true, true]);
    }
    expect(w).toBeLessThan(MAINLAND_BOUNDS[0]);
  });
});

describe('spotlightOverseas', () => {
  it.each<[string, Spotlight, boolean]>([
    ['a Campus in Bretagne', spot({ campus: ['brest'] }), false],
    ['a Campus in La Réunion', spot({ campus: ['brest', 'saint-denis'] }), true],
    ['Île-de-France', spot({ regions: ['11'] }), false],
    ['Guyane', spot({ regions: ['03'] }), true],
    ['the académie of Lyon', spot({ academies: ['lyon'] }), false],
    ['the académie of Martinique', spot({ academies: ['martinique'] }), true],
    ['nothing', spot(), false],
  ])('%s: %s', (_, spotlight, expected) => {
    expect(spotlightOverseas(spotlight, regionOf)).toBe(expected);
  });
});

describe('insetsHidden', () => {
  const france = compositeBounds();
  const grown: Bounds = [france[0] - 1, france[1] - 1, france[2] + 1, france[3] + 1];
  const bretagne: Bounds = [-5.5, 46.8, -0.9, 48.9];
  it.each<[string, Spotlight | null, boolean, Bounds, boolean]>([
    ['out of a presentation, zoomed in', null, false, bretagne, false],
    ['a step on France', spot(), false, grown, false],
    ['a step zoomed on Bretagne', spot({ regions: ['53'] }), false, bretagne, true],
    ['a step zoomed on an overseas région', spot({ regions: ['03'] }), true, INSETS[2]!.frame, false],
  ])('%s', (_, spotlight, overseas, view, expected) => {
    expect(insetsHidden(spotlight, overseas, view)).toBe(expected);
  });
});

describe('insetMask', () => {
  it('is a sea-coloured rectangle over the inset area, hidden at first', () => {
    const { feature, layer } = insetMask();
    const [w, s, e, n] = insetArea();
    expect(feature.geometry.coordinates[0]).toEqual([
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ]);
    expect(layer.paint?.['fill-color']).toBe(COLOURS.sea);
    expect(layer.layout?.visibility).toBe('none');
  });
});

describe('areaSpotlight', () => {
  const bretagneView: Bounds = [-5.6, 46.5, -0.9, 49.2];
  it.each([
    ['no area selected: the insets always shown', null, false],
    ['a mainland région whose framing cuts the insets', { level: 'region', code: '53' }, true],
    ['a mainland académie', { level: 'academie', code: 'rennes' }, true],
    ['an overseas région', { level: 'region', code: '04' }, false],
  ] as const)('%s', (_, area, hidden) => {
    const spotlight = areaSpotlight(area);
    const overseas = spotlight ? spotlightOverseas(spotlight, () => undefined) : false;
    expect(insetsHidden(spotlight, overseas, bretagneView)).toBe(hidden);
  });

  it('never hides insets a selected area’s view holds whole', () => {
    const spotlight = areaSpotlight({ level: 'region', code: '75' });
    expect(insetsHidden(spotlight, false, [-6, 42, 10, 51.5])).toBe(false);
  });
});
