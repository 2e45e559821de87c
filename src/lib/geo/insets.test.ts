import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import {
  INSETS,
  MAINLAND_BOUNDS,
  compositeBounds,
  fromInset,
  insetForRegion,
  insetScale,
  isOverseas,
  mercatorY,
  moveGeometryToInset,
  toInset,
  type Bounds,
} from './insets.ts';

function contains([west, south, east, north]: Bounds, [lon, lat]: [number, number]): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** A town in each DROM (true lon/lat). */
const TOWNS: readonly { region: string; town: string; lonLat: [number, number] }[] = [
  { region: '01', town: 'Pointe-à-Pitre', lonLat: [-61.534, 16.241] },
  { region: '01', town: 'Grand-Bourg (Marie-Galante)', lonLat: [-61.314, 15.884] },
  { region: '02', town: 'Fort-de-France', lonLat: [-61.073, 14.604] },
  { region: '03', town: 'Cayenne', lonLat: [-52.326, 4.937] },
  { region: '03', town: 'Maripasoula', lonLat: [-54.034, 3.639] },
  { region: '04', town: 'Saint-Denis', lonLat: [55.448, -20.882] },
  { region: '06', town: 'Mamoudzou', lonLat: [45.227, -12.78] },
];

/** Land the frames must keep clear of (boxes around the coasts of the Bay of Biscay). */
const LAND_TO_AVOID: readonly { name: string; box: Bounds }[] = [
  { name: 'Brittany and its islands (Belle-Île, Groix, Glénan)', box: [-5.2, 47.2, -1, 48.9] },
  { name: 'Vendée and its islands (Yeu, Noirmoutier)', box: [-2.4, 46.2, -1, 47.2] },
  { name: 'Charente and Landes coasts (Ré, Oléron)', box: [-1.6, 43.4, 0, 46.4] },
  { name: 'Spain’s north coast', box: [-9.3, 41.8, -1.5, 43.75] },
];

describe('INSETS', () => {
  it('has the five DROM with their INSEE codes', () => {
    expect(INSETS.map((inset) => [inset.region, inset.departement, inset.name])).toEqual([
      ['01', '971', 'Guadeloupe'],
      ['02', '972', 'Martinique'],
      ['03', '973', 'Guyane'],
      ['04', '974', 'La Réunion'],
      ['06', '976', 'Mayotte'],
    ]);
  });

  it('frames are equal squares on screen (in mercator units)', () => {
    for (const { frame } of INSETS) {
      const width = frame[2] - frame[0];
      const height = mercatorY(frame[3]) - mercatorY(frame[1]);
      expect(height).toBeCloseTo(width, 3);
      expect(width).toBeCloseTo(INSETS[0]!.frame[2] - INSETS[0]!.frame[0], 6);
    }
  });

  it('frames overlap neither each other nor reach beyond mainland France’s own bounds', () => {
    INSETS.forEach((a, i) => {
      // In the Bay of Biscay: within the mainland's latitudes, at most a little west of Brittany.
      expect(a.frame[1]).toBeGreaterThan(MAINLAND_BOUNDS[1]);
      expect(a.frame[3]).toBeLessThan(MAINLAND_BOUNDS[3]);
      expect(a.frame[0]).toBeGreaterThan(MAINLAND_BOUNDS[0] - 0.3);
      INSETS.slice(i + 1).forEach((b) =>
        expect(overlaps(a.frame, b.frame), `${a.name}/${b.name}`).toBe(false),
      );
    });
  });

  it.each(LAND_TO_AVOID)('frames keep clear of $name', ({ box }) => {
    for (const inset of INSETS) expect(overlaps(inset.frame, box), inset.name).toBe(false);
  });
});

describe('toInset', () => {
  it.each(TOWNS)('puts $town inside the $region frame', ({ region, lonLat }) => {
    expect(contains(insetForRegion(region)!.frame, toInset(lonLat, region))).toBe(true);
  });

  it.each(INSETS)('maps the true bounds of $name inside its frame, filling it', (inset) => {
    const [west, south, east, north] = inset.trueBounds;
    const [x0, y0] = toInset([west, south], inset.region);
    const [x1, y1] = toInset([east, north], inset.region);
    for (const corner of [
      [x0, y0],
      [x1, y1],
    ] as [number, number][]) {
      expect(contains(inset.frame, corner)).toBe(true);
    }
    // The longer side of the DROM fills 84 % of the frame (8 % margin each side).
    const frameWidth = inset.frame[2] - inset.frame[0];
    const filled = Math.max(x1 - x0, mercatorY(y1) - mercatorY(y0)) / frameWidth;
    expect(filled).toBeCloseTo(0.84, 3);
  });

  it('shrinks Guyane and enlarges the islands', () => {
    expect(insetScale('03')).toBeLessThan(1);
    for (const region of ['01', '02', '04', '06']) expect(insetScale(region)).toBeGreaterThan(1);
  });

  it.each(INSETS)('is monotonic in $name: east stays east, north stays north', (inset) => {
    const [west, south, east, north] = inset.trueBounds;
    const steps = [0, 0.25, 0.5, 0.75, 1];
    const lons = steps.map((t) => toInset([west + t * (east - west), south], inset.region)[0]);
    const lats = steps.map((t) => toInset([west, south + t * (north - south)], inset.region)[1]);
    expect([...lons].sort((a, b) => a - b)).toEqual(lons);
    expect([...lats].sort((a, b) => a - b)).toEqual(lats);
    expect(new Set(lons).size).toBe(steps.length);
  });

  it('keeps shapes undistorted: equal true steps stay equal in mercator units', () => {
    const inset = insetForRegion('02')!;
    const centre: [number, number] = [-61.02, 14.64];
    const [cx, cy] = toInset(centre, '02');
    const [ex] = toInset([centre[0] + 0.1, centre[1]], '02');
    const [, ny] = toInset([centre[0], centre[1] + 0.1], '02');
    const trueNorthStep = mercatorY(centre[1] + 0.1) - mercatorY(centre[1]);
    expect((mercatorY(ny) - mercatorY(cy)) / trueNorthStep).toBeCloseTo((ex - cx) / 0.1, 6);
    expect(contains(inset.frame, [cx, cy])).toBe(true);
  });

  it('round-trips with fromInset', () => {
    for (const { region, lonLat } of TOWNS) {
      const back = fromInset(toInset(lonLat, region), region);
      expect(back[0]).toBeCloseTo(lonLat[0], 9);
      expect(back[1]).toBeCloseTo(lonLat[1], 9);
    }
  });

  it('leaves mainland points where they are and rejects unknown régions', () => {
    expect(toInset([2.35, 48.85], '11')).toEqual([2.35, 48.85]);
    expect(isOverseas('11')).toBe(false);
    expect(isOverseas('04')).toBe(true);
    expect(() => toInset([0, 0], '99')).toThrow(/unknown INSEE région code "99"/);
  });
});

describe('moveGeometryToInset', () => {
  const triangle: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [55.3, -21.3],
        [55.8, -21.3],
        [55.5, -20.9],
        [55.3, -21.3],
      ],
    ],
  };

  it('moves every position with toInset', () => {
    const moved = moveGeometryToInset(triangle, '04');
    expect(moved.coordinates[0]).toEqual(triangle.coordinates[0]!.map((p) => toInset([p[0]!, p[1]!], '04')));
    expect(triangle.coordinates[0]![0]).toEqual([55.3, -21.3]);
  });

  it('handles MultiPolygons', () => {
    const moved = moveGeometryToInset(
      { type: 'MultiPolygon', coordinates: [triangle.coordinates, triangle.coordinates] },
      '04',
    );
    expect(moved.coordinates).toHaveLength(2);
    expect(moved.coordinates[1]![0]![2]).toEqual(toInset([55.5, -20.9], '04'));
  });
});

describe('compositeBounds', () => {
  it('covers mainland France and every frame', () => {
    const bounds = compositeBounds();
    expect(contains(bounds, [MAINLAND_BOUNDS[0], MAINLAND_BOUNDS[1]])).toBe(true);
    expect(contains(bounds, [MAINLAND_BOUNDS[2], MAINLAND_BOUNDS[3]])).toBe(true);
    for (const { frame } of INSETS) {
      expect(contains(bounds, [frame[0], frame[1]])).toBe(true);
      expect(contains(bounds, [frame[2], frame[3]])).toBe(true);
    }
    // The frames cost no room: the composite is the mainland, a few hundredths of a degree wider.
    expect(bounds[0]).toBeCloseTo(INSETS[0]!.frame[0], 6);
    expect(bounds.slice(1)).toEqual(MAINLAND_BOUNDS.slice(1));
    expect(MAINLAND_BOUNDS[0] - bounds[0]).toBeLessThan(0.3);
  });
});
