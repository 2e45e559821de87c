import { describe, expect, it } from 'vitest';
import { aggregateFrame } from './aggregateZoom.ts';
import { toWorld, type PlaceInput } from './placement.ts';

const member = (id: string, lon: number, lat: number): PlaceInput => {
  const [x, y] = toWorld(lon, lat);
  return { key: id, id, sector: 'energie', x, y };
};

describe('aggregateFrame', () => {
  it('frames the members’ true places, whatever their order', () => {
    const frame = aggregateFrame(
      [member('a', 2.35, 48.85), member('b', -1.55, 47.22), member('c', 5.37, 43.3)],
      5,
    );
    expect(frame?.bounds[0][0]).toBeCloseTo(-1.55, 9);
    expect(frame?.bounds[0][1]).toBeCloseTo(43.3, 9);
    expect(frame?.bounds[1][0]).toBeCloseTo(5.37, 9);
    expect(frame?.bounds[1][1]).toBeCloseTo(48.85, 9);
  });

  it.each([
    [3, 8],
    [5.5, 8],
    [6.5, 8.5],
    [9, 11],
  ])('from zoom %s goes no closer than %s', (zoom, maxZoom) => {
    expect(aggregateFrame([member('a', 2, 47)], zoom)?.maxZoom).toBe(maxZoom);
  });

  it('has nothing to frame without members', () => {
    expect(aggregateFrame([], 5)).toBeNull();
  });
});
