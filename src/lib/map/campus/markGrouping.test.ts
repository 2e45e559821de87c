import { describe, expect, it } from 'vitest';
import { CELL, CELL_CAPACITY, aggregateRadius, groupMarks, squareKey } from './markGrouping.ts';
import type { PlaceInput } from './placement.ts';
import { MAX_SPREAD, SYMBOL, ringRadius } from './ringSpread.ts';

/** A world 2 048 px wide (zoom 2), squares of `CELL` px: positions in pixels, for reading. */
const WORLD = 2048;
const at = (key: string, px: number, py: number, sector = 'mobilite'): PlaceInput => ({
  key,
  id: key,
  sector,
  x: px / WORLD,
  y: py / WORLD,
});
const group = (inputs: PlaceInput[], forced?: Set<string>) => groupMarks(inputs, WORLD, CELL, forced);
const keys = (members: PlaceInput[]) => members.map((m) => m.key);

describe('groupMarks', () => {
  it('keeps a Campus alone as a single mark at its place, a symbol wide', () => {
    const { marks } = group([at('a', 100, 100)]);
    expect(marks).toEqual([
      expect.objectContaining({ kind: 'single', homeX: 100, homeY: 100, radius: SYMBOL / 2, mass: 1 }),
    ]);
  });

  it('rings the Campus of one place (within a pixel), in key order, the ring as wide as it spreads', () => {
    const { marks } = group([
      at('c', 100, 100),
      at('a', 100.2, 100.1),
      at('b', 99.9, 100),
      at('far', 300, 100),
    ]);
    const ring = marks.find((m) => m.kind === 'ring')!;
    expect(keys(ring.members)).toEqual(['a', 'b', 'c']);
    expect(ring.radius).toBe(ringRadius(3) + SYMBOL / 2);
    expect(ring.homeX).toBeCloseTo(100.0333, 3);
    expect(marks.filter((m) => m.kind === 'single').map((m) => keys(m.members))).toEqual([['far']]);
  });

  it('aggregates a place holding more Campus than a ring spreads, with its count per sector', () => {
    const many = Array.from({ length: MAX_SPREAD + 1 }, (_, i) =>
      at(`m${i}`, 100, 100, i < 4 ? 'energie' : 'tourisme'),
    );
    const { marks } = group(many);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ kind: 'aggregate', radius: aggregateRadius(MAX_SPREAD + 1), mass: 4 });
    expect(Object.fromEntries(marks[0]!.bySector!)).toEqual({ energie: 4, tourisme: MAX_SPREAD - 3 });
  });

  it('aggregates a square holding more than CELL_CAPACITY Campus, and not one holding exactly that', () => {
    const crowd = (n: number) =>
      Array.from({ length: n }, (_, i) => at(`p${i}`, 10 + (i % 40) * 4, 10 + Math.floor(i / 40) * 4));
    expect(group(crowd(CELL_CAPACITY)).marks.every((m) => m.kind === 'single')).toBe(true);
    const over = group(crowd(CELL_CAPACITY + 1)).marks;
    expect(over.map((m) => m.kind)).toEqual(['aggregate']);
    expect(over[0]!.members).toHaveLength(CELL_CAPACITY + 1);
  });

  it('aggregates a forced square when it holds two Campus or more, never one alone', () => {
    const pair = [at('a', 10, 10), at('b', 40, 40)];
    const square = squareKey(pair[0]!, WORLD, CELL);
    expect(group(pair, new Set([square])).marks.map((m) => m.kind)).toEqual(['aggregate']);
    expect(group([pair[0]!], new Set([square])).marks.map((m) => m.kind)).toEqual(['single']);
  });

  it('lists the marks, and the Campus in the placement, in the same order whatever the input’s', () => {
    const inputs = [at('d', 500, 10), at('b', 100, 100), at('a', 100, 100), at('c', 900, 900)];
    const one = group(inputs);
    const other = group([...inputs].reverse());
    expect(one.marks.map((m) => keys(m.members))).toEqual(other.marks.map((m) => keys(m.members)));
    // campusOrder maps the marks' Campus (a, b of the ring, then c, d) to their order by key.
    const listed = one.marks.flatMap((m) => keys(m.members));
    expect(one.campusOrder.map((i) => listed[i])).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('aggregateRadius', () => {
  it('grows in three steps with the count', () => {
    expect([2, 24, 25, 199, 200, 10_000].map(aggregateRadius)).toEqual([17, 17, 21, 21, 25, 25]);
  });
});
