// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compositeBounds } from '../../geo/insets.ts';
import { EMPTY_FILTERS } from '../../model/filters.ts';
import { fitPadding } from '../fitPadding.ts';
import { builtMapShows, findBuiltMap, refitViewBox } from './builtMap.ts';
import { mercatorFit, projectWith } from './mercatorFit.ts';

describe('refitViewBox', () => {
  const home = compositeBounds();
  const built = { width: 760, height: 760 };
  it.each([
    ['a laptop’s map', { width: 1010, height: 780 }],
    ['a phone’s map', { width: 390, height: 420 }],
    ['a wide, low box', { width: 1600, height: 500 }],
  ])('draws every place of the built map where a fit of %s puts it', (_name, box) => {
    const [vx, vy, vw, vh] = refitViewBox(home, built, box);
    // The viewBox keeps the box's shape: one scale for both axes.
    expect(box.width / vw).toBeCloseTo(box.height / vh, 9);
    const inBuilt = projectWith(mercatorFit(home, built.width, built.height, fitPadding(built.width)));
    const inBox = projectWith(mercatorFit(home, box.width, box.height, fitPadding(box.width)));
    for (const place of [
      [2.35, 48.86], // Paris
      [-4.49, 48.39], // Brest
      [7.75, 48.58], // Strasbourg
      [9.45, 42.7], // Bastia
      [home[0], home[1]],
      [home[2], home[3]],
    ] as const) {
      const [xs, ys] = inBuilt(place);
      const [xb, yb] = inBox(place);
      expect((xs - vx) * (box.width / vw)).toBeCloseTo(xb, 6);
      expect((ys - vy) * (box.height / vh)).toBeCloseTo(yb, 6);
    }
  });

  it('leaves a map drawn at the box’s own size as it is', () => {
    expect(refitViewBox(home, built, built).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 0, 760, 760]);
  });
});

describe('builtMapShows', () => {
  const base = { filters: EMPTY_FILTERS, campus: null, lang: 'fr' };
  it('holds for the built view’s state only', () => {
    expect(builtMapShows(base)).toBe(true);
    expect(builtMapShows({ ...base, filters: { ...EMPTY_FILTERS, sectors: ['energie'] } })).toBe(false);
    expect(builtMapShows({ ...base, filters: { ...EMPTY_FILTERS, region: '53' } })).toBe(false);
    expect(builtMapShows({ ...base, filters: { ...EMPTY_FILTERS, query: 'bois' } })).toBe(false);
    expect(builtMapShows({ ...base, campus: 'egletons' })).toBe(false);
    expect(builtMapShows({ ...base, lang: 'en' })).toBe(false);
  });
});

describe('findBuiltMap', () => {
  function page(mark: string | null) {
    const doc = document.implementation.createHTMLDocument();
    if (mark) doc.documentElement.classList.add(mark);
    doc.body.innerHTML =
      '<div id="first-view"><div data-testid="svg-map" data-dataset="29-1a2b3c"><svg viewBox="0 0 760 700"></svg></div></div><div id="app"></div>';
    return doc;
  }

  it('finds the built map, the size it was drawn at and its dataset when the page shows the built view', () => {
    const doc = page('first-view-pending');
    expect(findBuiltMap(doc)).toEqual({
      element: doc.querySelector('[data-testid=svg-map]'),
      size: { width: 760, height: 700 },
      dataset: '29-1a2b3c',
    });
  });

  it('finds nothing when the built view is not this visit’s (stale), or in `npm run dev` (no mark)', () => {
    expect(findBuiltMap(page('first-view-stale'))).toBeNull();
    expect(findBuiltMap(page(null))).toBeNull();
  });
});
