import { describe, expect, it } from 'vitest';
import { makeCampus } from '../testing/fixtures.ts';
import { framingBounds, LIST_MARGIN, listHome, MIN_SPAN } from './framingBounds.ts';

const at = (id: string, lon: number, lat: number) => {
  const f = makeCampus(id);
  return { ...f, geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] } };
};

describe('framingBounds', () => {
  it('frames every Campus', () => {
    expect(framingBounds([at('a', -4, 48), at('b', 7, 43.5), at('c', 2, 51)])).toEqual([-4, 43.5, 7, 51]);
  });

  it('gives a lone Campus room around it, centred on it', () => {
    const [w, s, e, n] = framingBounds([at('a', 2, 45)])!;
    expect([e - w, n - s]).toEqual([MIN_SPAN.lon, MIN_SPAN.lat]);
    expect([(w + e) / 2, (s + n) / 2]).toEqual([2, 45]);
  });

  it('frames nothing when nothing is shown', () => {
    expect(framingBounds([])).toBeUndefined();
  });
});

describe('listHome', () => {
  it('frames a list’s Campus with a margin, and nothing for the livret', () => {
    const campus = [at('a', 2, 48), at('b', 6, 50)];
    expect(listHome(campus, false)).toBeUndefined();
    const [west, south, east, north] = listHome(campus, true)!;
    expect(west).toBeCloseTo(2 - 4 * LIST_MARGIN);
    expect(east).toBeCloseTo(6 + 4 * LIST_MARGIN);
    expect(south).toBeCloseTo(48 - 4 * LIST_MARGIN);
    expect(north).toBeCloseTo(50 + 4 * LIST_MARGIN);
  });
});
