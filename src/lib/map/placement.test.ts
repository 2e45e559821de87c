import { describe, expect, it } from 'vitest';
import {
  CELL_CAPACITY,
  MAX_SPREAD,
  SYMBOL,
  aggregateRadius,
  fromWorld,
  placeCampus,
  ringRadius,
  slotOffset,
  toWorld,
  type PlaceInput,
} from './placement.ts';

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

describe('slotOffset', () => {
  it('puts the first member at the top and goes clockwise', () => {
    const r = ringRadius(3);
    expect(slotOffset(0, 3)).toEqual([0, -Math.round(r * 100) / 100]);
    expect(slotOffset(1, 3)[0]).toBeGreaterThan(0);
    expect(slotOffset(2, 3)[0]).toBeLessThan(0);
  });

  it('leaves at least a symbol between the centres of two neighbours', () => {
    for (let n = 2; n <= MAX_SPREAD; n++) {
      const [ax, ay] = slotOffset(0, n);
      const [bx, by] = slotOffset(1, n);
      expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThanOrEqual(SYMBOL);
    }
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
      const discs = [
        ...p.campus.filter((c) => c.group < 0).map((c) => [c.x * world, c.y * world, SYMBOL / 2]),
        ...p.groups.map((g) => [g.x * world, g.y * world, ringRadius(g.members.length) + SYMBOL / 2]),
        ...p.aggregates.map((a) => [a.x * world, a.y * world, aggregateRadius(a.members.length)]),
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
