import { describe, expect, it } from 'vitest';
import {
  LEADER_LIMIT,
  MIN_SYMBOL_PX,
  bandOrigin,
  fromWorld,
  placeCampus,
  symbolFactorFor,
  zoomBand,
  toWorld,
  type PlaceInput,
} from './placement.ts';
import { CELL_CAPACITY, aggregateRadius } from './markGrouping.ts';
import { MAX_SPREAD, SYMBOL, ringRadius } from './ringSpread.ts';

const at = (key: string, lon: number, lat: number, sector = 'mobilite'): PlaceInput => {
  const [x, y] = toWorld(lon, lat);
  return { key, id: key, sector, x, y };
};
const scale = () => 1;
/** Screen position (pixels at `zoom`) of a placed Campus: anchor plus offset. */
function screen(placement: ReturnType<typeof placeCampus>, key: string, zoom: number) {
  const p = placement.campus.find((c) => c.input.key === key)!;
  const world = 512 * 2 ** zoom;
  return [p.x * world + p.offset[0], p.y * world + p.offset[1]] as const;
}

describe('world coordinates', () => {
  it('round-trip', () => {
    const [lon, lat] = fromWorld(...toWorld(4.8357, 45.764));
    expect(lon).toBeCloseTo(4.8357, 6);
    expect(lat).toBeCloseTo(45.764, 6);
  });
});

describe('placeCampus', () => {
  it('draws a Campus alone at its own place', () => {
    const p = placeCampus([at('brest', -4.486, 48.39), at('nice', 7.262, 43.71)], 5, scale);
    expect(p.campus.map((c) => [c.input.key, c.offset, c.group])).toEqual([
      ['brest', [0, 0], -1],
      ['nice', [0, 0], -1],
    ]);
    expect(p.groups).toEqual([]);
    expect(p.aggregates).toEqual([]);
  });

  it('spreads the Campus of one town on a ring, each on its own spot, at least a symbol apart', () => {
    const lyon = ['textile', 'lumiere', 'design'].map((k) => at(k, 4.8357, 45.764));
    for (const zoom of [4, 5, 8, 14]) {
      const p = placeCampus(lyon, zoom, scale);
      expect(p.groups).toHaveLength(1);
      const positions = ['design', 'lumiere', 'textile'].map((k) => screen(p, k, zoom));
      for (let i = 0; i < positions.length; i++)
        for (let j = i + 1; j < positions.length; j++) {
          const [a, b] = [positions[i]!, positions[j]!];
          expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(SYMBOL);
        }
    }
  });

  it('aggregates a place holding more Campus than a ring spreads', () => {
    const many = Array.from({ length: MAX_SPREAD + 1 }, (_, i) => at(`m${i}`, 2.35, 48.85));
    expect(placeCampus(many, 12, scale).aggregates).toHaveLength(1);
    expect(placeCampus(many.slice(1), 12, scale).groups).toHaveLength(1);
  });

  it('keeps each Campus on the same spot of its ring whatever the input order', () => {
    const lyon = ['textile', 'lumiere', 'design'].map((k) => at(k, 4.8357, 45.764));
    const a = placeCampus(lyon, 6, scale);
    const b = placeCampus([...lyon].reverse(), 6, scale);
    expect(a).toEqual(b);
    // Id order from the top: « design » first.
    expect(a.campus.find((c) => c.input.key === 'design')!.offset[0]).toBe(0);
  });

  it('pushes nearby towns apart while their symbols would touch, with a leader line to each true place', () => {
    const pair = [at('passy', 6.688, 45.92), at('thonon', 6.479, 46.371)];
    // ~52 km apart: about 15 px at zoom 4 (the symbols would touch), 60 px at zoom 6.
    const close = placeCampus(pair, 4, scale);
    expect(close.groups).toHaveLength(0);
    const [a, b] = ['passy', 'thonon'].map((k) => screen(close, k, 4));
    expect(Math.hypot(a![0] - b![0], a![1] - b![1])).toBeGreaterThanOrEqual(SYMBOL);
    expect(close.leaders).toHaveLength(2);
    const far = placeCampus(pair, 6, scale);
    expect(far.leaders).toHaveLength(0);
    expect(far.campus.map((c) => [c.x, c.y])).toEqual(pair.map((p) => [p.x, p.y]));
  });

  it('aggregates only where more Campus crowd than their symbols can show, with their sector counts', () => {
    const crowd = Array.from({ length: CELL_CAPACITY + 4 }, (_, i) =>
      at(`c${String(i).padStart(2, '0')}`, 2.35 + i * 0.01, 48.85, i % 3 === 0 ? 'energie' : 'tourisme'),
    );
    const p = placeCampus([...crowd, at('lille', 3.06, 50.63)], 6, scale);
    expect(p.aggregates).toHaveLength(1);
    expect(p.aggregates[0]!.members).toHaveLength(CELL_CAPACITY + 4);
    const energie = crowd.filter((c) => c.sector === 'energie').length;
    expect(Object.fromEntries(p.aggregates[0]!.bySector)).toEqual({
      energie,
      tourisme: crowd.length - energie,
    });
    // Lille, alone, stays itself.
    expect(p.campus.map((c) => c.input.key)).toEqual(['lille']);
    // Zoomed in enough, the same crowd is drawn Campus by Campus.
    const close = placeCampus(crowd, 16, scale);
    expect(close.aggregates).toHaveLength(0);
    expect(close.campus).toHaveLength(crowd.length);
  });

  it('never aggregates the livret’s densest corner, even at a phone’s national view', () => {
    // Lyon (3), Oyonnax, Thonon, Passy, Clermont, Aurillac, Yzeure, Égletons, Felletin.
    const auvergneRhoneAlpes = [
      ...['lyon-a', 'lyon-b', 'lyon-c'].map((k) => at(k, 4.8357, 45.764)),
      at('oyonnax', 5.655, 46.257),
      at('thonon', 6.479, 46.371),
      at('passy', 6.688, 45.92),
      at('clermont', 3.087, 45.777),
      at('aurillac', 2.443, 44.926),
      at('yzeure', 3.354, 46.566),
      at('egletons', 2.05, 45.406),
      at('felletin', 2.174, 45.883),
    ];
    for (const zoom of [3, 4, 5]) {
      const p = placeCampus(auvergneRhoneAlpes, zoom, scale);
      expect(p.aggregates).toEqual([]);
      expect(p.campus).toHaveLength(auvergneRhoneAlpes.length);
    }
  });

  it('never leaves two marks overlapping, on 2 000 random places', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const inputs = Array.from({ length: 2000 }, (_, i) =>
      at(`r${i}`, -4 + random() * 12, 42.5 + random() * 8, 'energie'),
    );
    for (const zoom of [5, 7, 9]) {
      const p = placeCampus(inputs, zoom, scale);
      const world = 512 * 2 ** zoom;
      // The symbols as drawn: shrunk where the leaders would otherwise be long.
      const f = p.symbolFactor;
      const discs = [
        ...p.campus.filter((c) => c.group < 0).map((c) => [c.x * world, c.y * world, (SYMBOL / 2) * f]),
        ...p.groups.map((g) => [g.x * world, g.y * world, (ringRadius(g.members.length) + SYMBOL / 2) * f]),
        ...p.aggregates.map((a) => [a.x * world, a.y * world, aggregateRadius(a.members.length) * f]),
      ];
      let overlaps = 0;
      for (let i = 0; i < discs.length; i++)
        for (let j = i + 1; j < discs.length; j++) {
          const [ax, ay, ar] = discs[i]!;
          const [bx, by, br] = discs[j]!;
          if (Math.hypot(ax! - bx!, ay! - by!) < ar! + br!) overlaps++;
        }
      expect(overlaps).toBe(0);
      const drawn = p.campus.length + p.aggregates.reduce((n, a) => n + a.members.length, 0);
      expect(drawn).toBe(inputs.length);
    }
  });
});

describe('zoom bands', () => {
  it.each([
    // home zoom, origin
    [3.98596, 0.986],
    [4.98596, 0.986],
    [5.38489, 0.385],
    [6, 0],
    [5.9998, 0],
    [Number.NaN, 0],
  ])('start at the first view: home zoom %s → origin %s', (home, origin) => {
    expect(bandOrigin(home)).toBeCloseTo(origin, 9);
  });

  it.each([
    // zoom, origin, band
    [3.98596, 0.986, 3.986],
    [3.9853, 0.986, 3.986],
    [4.5, 0.986, 3.986],
    [4.99, 0.986, 4.986],
    [3.9, 0.986, 2.986],
    [4.2, 0, 4],
    [7, 0, 7],
  ])('zoom %s with origin %s is in the band starting at %s', (zoom, origin, band) => {
    expect(zoomBand(zoom, origin)).toBeCloseTo(band, 9);
  });
});

describe('symbolFactorFor', () => {
  // Leaders in symbol widths as a function of the factor: the push-apart leaves a constant stretch
  // (towns `gap` pixels apart) that shrinking the symbols shortens.
  const leaders = (needAtFull: number) => (f: number) => (needAtFull * f - 6) / (20 * f);
  it.each([
    ['short leaders at full size', () => 1.5, 0.7, 1],
    ['no room to shrink', () => 9, 1, 1],
    ['too long even at the floor', () => 9, 0.7, 0.7],
    ['a floor off the grid rounds up', () => 9, 0.666, 0.67],
    ['shrinks to the largest size that fits', leaders(50), 0.5, 0.6],
    // Leaders exactly at the limit fit (found by mutation testing: `<` for `<=` survived).
    ['leaders at the limit below a size', (f: number) => (f <= 0.8 ? LEADER_LIMIT : 3), 0.5, 0.8],
  ] as const)('%s', (_, longest, floor, expected) => {
    expect(Math.abs(symbolFactorFor(longest, floor) - expected)).toBeLessThanOrEqual(0.02);
  });

  it('keeps the full size, exactly, when the leaders reach the limit there and no further', () => {
    expect(symbolFactorFor(() => LEADER_LIMIT, 0.5)).toBe(1);
  });

  it('returns a factor whose leaders fit, within 0.02 of the largest', () => {
    const longest = leaders(50);
    const f = symbolFactorFor(longest, 0.5);
    expect(longest(f)).toBeLessThanOrEqual(LEADER_LIMIT);
    expect(longest(f + 0.02)).toBeGreaterThan(LEADER_LIMIT);
  });
});

describe('symbols shrink before they are pushed far', () => {
  // Fifteen towns on a grid of four columns, `d` degrees apart (~0.8 symbol at zoom 5 for 0.2°):
  // pushed apart at full size, the outer ones end more than two symbols from home.
  const grid = (d: number) =>
    Array.from({ length: 15 }, (_, i) => at(`t${i}`, 2 + (i % 4) * d, 46 + Math.floor(i / 4) * d * 0.7));
  const line = grid(0.2);
  const leaderWidths = (p: ReturnType<typeof placeCampus>, size: number) => {
    const world = 512 * 2 ** p.zoomBand;
    const longest = Math.max(
      0,
      ...p.leaders.map((l) => Math.hypot(l.to[0] - l.from[0], l.to[1] - l.from[1])),
    );
    return (longest * world) / (SYMBOL * size * p.symbolFactor);
  };

  it('draws smaller symbols, no smaller than the floor, so leaders stay within the limit', () => {
    const p = placeCampus(line, 5, scale);
    expect(p.symbolFactor).toBeLessThan(1);
    expect(SYMBOL * p.symbolFactor).toBeGreaterThanOrEqual(MIN_SYMBOL_PX);
    // Full-size symbols would have been pushed further than the limit.
    expect(
      leaderWidths(
        placeCampus(line, 5, scale, () => false),
        1,
      ),
    ).toBeGreaterThan(LEADER_LIMIT);
    expect(leaderWidths(p, 1)).toBeLessThanOrEqual(LEADER_LIMIT);
  });

  it('keeps the full size where the leaders are short', () => {
    const p = placeCampus([at('brest', -4.486, 48.39), at('nice', 7.262, 43.71)], 5, scale);
    expect(p.symbolFactor).toBe(1);
    expect(placeCampus(line, 9, scale).symbolFactor).toBe(1);
  });

  it('stops at the floor when even that leaves long leaders', () => {
    const p = placeCampus(grid(0.1), 5, scale);
    expect(p.symbolFactor).toBeCloseTo(Math.ceil((MIN_SYMBOL_PX / SYMBOL) * 100) / 100, 9);
  });

  it('makes an aggregate of a crowd that even the smallest symbols would push off far', () => {
    // Fifteen towns 0.1° apart, fewer than a square's capacity (a DROM's Campus in its inset at
    // 10 000 records): not dense by count, yet pushed apart they would end far from home.
    expect(15).toBeLessThan(CELL_CAPACITY);
    const p = placeCampus(grid(0.1), 5, scale);
    expect(leaderWidths(p, 1)).toBeLessThanOrEqual(LEADER_LIMIT);
    expect(p.aggregates.reduce((n, a) => n + a.members.length, 0)).toBe(15);
    expect(p.campus).toHaveLength(0);
  });

  it('judges only the marks it is told to', () => {
    const p = placeCampus(line, 5, scale, () => false);
    expect(p.symbolFactor).toBe(1);
    expect(p.leaders.length).toBeGreaterThan(0);
  });

  it('leaves the livret’s densest corner within two symbol widths of home at a phone’s first view', () => {
    const corner = [
      ...['lyon-a', 'lyon-b', 'lyon-c'].map((k) => at(k, 4.8357, 45.764)),
      at('oyonnax', 5.655, 46.257),
      at('thonon', 6.479, 46.371),
      at('passy', 6.688, 45.92),
      at('clermont', 3.087, 45.777),
      at('yzeure', 3.354, 46.566),
    ];
    // France with its insets fitted 390 px wide: zoom 3.986; its band starts there.
    const home = 3.98596;
    const size = (z: number) => 0.85 + (Math.min(9, Math.max(4, z)) - 4) * 0.05;
    const p = placeCampus(corner, zoomBand(home, bandOrigin(home)), size);
    expect(leaderWidths(p, size(home))).toBeLessThanOrEqual(LEADER_LIMIT);
    // Placed for zoom 3 (whole bands), Oyonnax would end three symbols north of its town there.
    const whole = placeCampus(corner, 3, size);
    const world = 512 * 2 ** home;
    const far = Math.max(...whole.leaders.map((l) => Math.hypot(l.to[0] - l.from[0], l.to[1] - l.from[1])));
    expect((far * world) / (SYMBOL * size(home) * whole.symbolFactor)).toBeGreaterThan(LEADER_LIMIT);
  });
});
