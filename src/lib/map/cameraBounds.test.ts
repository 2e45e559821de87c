import { describe, expect, it } from 'vitest';
import { territoryLock, viewBounds, wholeInsets } from './cameraBounds.ts';

describe('viewBounds', () => {
  it('shows the whole Web Mercator world in 512 px at zoom 0', () => {
    const [w, s, e, n] = viewBounds([0, 0], 0, 512, 512);
    expect(w).toBeCloseTo(-180);
    expect(e).toBeCloseTo(180);
    expect(s).toBeCloseTo(-85.0511, 3);
    expect(n).toBeCloseTo(85.0511, 3);
  });

  it('halves the span in longitude with each zoom level', () => {
    const [w1, , e1] = viewBounds([2.5, 46.5], 5, 900, 600);
    const [w2, , e2] = viewBounds([2.5, 46.5], 6, 900, 600);
    expect(e1 - w1).toBeCloseTo(2 * (e2 - w2));
    // 900 px at zoom 6: 900 / (512 × 64) of 360°.
    expect(e2 - w2).toBeCloseTo((900 / (512 * 64)) * 360);
  });

  it('is centred on the centre in Mercator (more latitude above the centre in the north)', () => {
    const [, s, , n] = viewBounds([4.5, 45.5], 6, 900, 600);
    expect(n - 45.5).toBeGreaterThan(0);
    expect(45.5 - s).toBeGreaterThan(n - 45.5);
  });
});

describe('territoryLock', () => {
  // Auvergne-Rhône-Alpes fitted in a 900 × 600 embed.
  const fit = { center: [4.5, 45.5] as [number, number], zoom: 6 };

  it('stops zooming out at the fit', () => {
    expect(territoryLock(fit, 900, 600).minZoom).toBe(6);
  });

  it('keeps the view within the fitted view and a sliver of slack', () => {
    const [w, s, e, n] = viewBounds(fit.center, fit.zoom, 900, 600);
    const lock = territoryLock(fit, 900, 600, 0.02);
    const [lw, ls, le, ln] = lock.maxBounds;
    expect(lw).toBeCloseTo(w - (e - w) * 0.02);
    expect(le).toBeCloseTo(e + (e - w) * 0.02);
    expect(ls).toBeCloseTo(s - (n - s) * 0.02);
    expect(ln).toBeCloseTo(n + (n - s) * 0.02);
    // Far from PACA and Corse: a drag cannot carry the view there.
    expect(ls).toBeGreaterThan(42.5);
  });

  it('stays within the world MapLibre can show', () => {
    const lock = territoryLock({ center: [0, 0], zoom: 0 }, 1024, 1024);
    expect(lock.maxBounds).toEqual([-180, -85, 180, 85]);
  });
});

describe('wholeInsets', () => {
  const insets: [number, number, number, number] = [-5.45, 42.8, -2.4, 47.15];
  const campus: [number, number, number, number] = [-4.49, 43.1, 7.3, 50.7];
  it.each([
    ['the view cuts the insets on the left', [-4.9, 41, 8, 51.5], [-5.45, 42.8, 7.3, 50.7]],
    ['the view cuts them at the bottom', [-6, 44, 8, 51.5], [-5.45, 42.8, 7.3, 50.7]],
    ['the view holds them whole', [-6, 41, 8, 51.5], null],
    ['the view is far from them (Alsace)', [6, 47.5, 8.5, 49.2], null],
  ] as const)('%s', (_, view, expected) => {
    expect(wholeInsets(campus, [...view], insets)).toEqual(expected);
  });
});
