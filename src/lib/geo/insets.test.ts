import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import {
  INSETS,
  MAINLAND_BOUNDS,
  compositeBounds,
  frameLabelBox,
  frameLabelCorner,
  frameLabelOffset,
  frameLabelPoint,
  fromInset,
  insetForRegion,
  insetFramesBounds,
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

describe('inset names', () => {
  /** `frameLabelSize` of style.ts at `zoom` (its stops, linear between). */
  const sizeAt = (zoom: number) => {
    const stops: [number, number][] = [
      [3.5, 6],
      [5, 8.5],
      [6, 11],
      [8, 13],
    ];
    if (zoom <= stops[0]![0]) return stops[0]![1];
    for (let i = 1; i < stops.length; i++) {
      const [z1, s1] = stops[i]!;
      const [z0, s0] = stops[i - 1]!;
      if (zoom <= z1) return s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0);
    }
    return stops[stops.length - 1]![1];
  };
  // A generous width: 0.62 em a letter (DejaVu Sans' lower case averages ~0.58 em).
  const boxes = (zoom: number, scale = 1) =>
    INSETS.map((inset) => {
      const size = sizeAt(zoom) * scale;
      return { name: inset.name, ...frameLabelBox(inset, zoom, size, inset.name.length * 0.62 * size) };
    });
  type Box = ReturnType<typeof boxes>[number];
  const meet = (a: Box, b: Box) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('writes the left column’s names top-left and the right column’s bottom-right', () => {
    expect(INSETS.map((inset) => [inset.name, frameLabelCorner(inset.region)])).toEqual([
      ['Guadeloupe', 'top-left'],
      ['Martinique', 'bottom-right'],
      ['Guyane', 'top-left'],
      ['La Réunion', 'bottom-right'],
      ['Mayotte', 'top-left'],
    ]);
  });

  // 3.99: France fitted on a phone (390 px); 4.99 a laptop; 5.38 a projector (type × 1.16); 3.5 the
  // smallest view France is fitted in (a phone's sheet half open); then zoomed in.
  it.each([
    [3.5, 1],
    [3.99, 1],
    [4.99, 1],
    [5.38, 1.16],
    [6, 1],
    [7, 1],
    [8, 1.3],
  ])('never lets two names meet at zoom %s (type × %s)', (zoom, scale) => {
    const all = boxes(zoom, scale);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(meet(all[i]!, all[j]!), `${all[i]!.name} / ${all[j]!.name}`).toBe(false);
  });

  it.each([3.5, 3.99, 4.99, 6])('keeps every name within the insets’ area at zoom %s', (zoom) => {
    const world = 512 * 2 ** zoom;
    const [west, south, east, north] = insetFramesBounds();
    const x = (lon: number) => ((lon + 180) / 360) * world;
    const y = (lat: number) => (0.5 - mercatorY(lat) / 360) * world;
    for (const box of boxes(zoom)) {
      expect(box.left, box.name).toBeGreaterThanOrEqual(x(west));
      expect(box.right, box.name).toBeLessThanOrEqual(x(east));
      expect(box.top, box.name).toBeGreaterThanOrEqual(y(north));
      expect(box.bottom, box.name).toBeLessThanOrEqual(y(south));
    }
  });

  it('anchors each name inside its frame, at the chosen corner', () => {
    const [guadeloupe, martinique] = INSETS;
    expect(frameLabelPoint(guadeloupe!.frame, 'top-left')).toEqual([
      guadeloupe!.frame[0],
      guadeloupe!.frame[3],
    ]);
    expect(frameLabelPoint(martinique!.frame, 'bottom-right')).toEqual([
      martinique!.frame[2],
      martinique!.frame[1],
    ]);
    expect(frameLabelOffset('top-left')).toEqual([0.3, 0.25]);
    expect(frameLabelOffset('bottom-right')).toEqual([-0.3, -0.25]);
  });
});
