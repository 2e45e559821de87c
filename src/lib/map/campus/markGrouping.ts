/**
 * Steps 1 and 2 of the placement (placement.ts), the same whatever the symbols' size: Campus of one
 * place together (a Campus alone, or a ring), and only where the Campus are too many for their symbols
 * to fit side by side (more than `CELL_CAPACITY` in a square of `CELL` units: thousands of records,
 * never the livret's 29), one aggregate showing their count and sector make-up.
 */
import type { PlaceInput } from './placement.ts';
import { GAP, MAX_SPREAD, SYMBOL, ringRadius } from './ringSpread.ts';

/** Side of the squares in which density is judged, in symbol units. */
export const CELL = 8 * SYMBOL;
/**
 * Most Campus a square of `CELL` holds before they are aggregated: half of what it holds packed side by
 * side with their gaps, so the push-apart step can still lay them out near their places.
 */
export const CELL_CAPACITY = Math.floor(0.5 * (CELL / (SYMBOL + GAP)) ** 2);

/** Radius of an aggregate's mark by its count, in symbol units. */
export function aggregateRadius(count: number): number {
  return count < 25 ? 17 : count < 200 ? 21 : 25;
}

/** What a mark holds: a Campus alone, a ring of one place's Campus, or an aggregate. */
export type MarkKind = 'single' | 'ring' | 'aggregate';

const byKey = (a: PlaceInput, b: PlaceInput) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The density square of a Campus (`cell` pixels wide at a world `world` pixels wide). */
export function squareKey(input: PlaceInput, world: number, cell: number): string {
  return `${Math.floor((input.x * world) / cell)},${Math.floor((input.y * world) / cell)}`;
}

/** A mark before it is sized and pushed: what it holds, where it belongs, its size in symbol units. */
interface GroupedMark {
  members: PlaceInput[];
  kind: MarkKind;
  /** True place (mean of the members), pixels at the band's zoom. */
  homeX: number;
  homeY: number;
  /** Radius in symbol units: times the symbols' pixels per unit, its radius in pixels. */
  radius: number;
  mass: number;
  /** An aggregate's count per sector. */
  bySector?: Map<string, number>;
}

/** The marks of a band, in their stable order, and the order of their Campus by key. */
export interface Grouping {
  marks: GroupedMark[];
  /** Where each Campus, in the order the marks list them, goes in the placement (sorted by key). */
  campusOrder: number[];
}

/**
 * Steps 1 and 2 of the placement, the same whatever the symbols' factor: Campus of one place together,
 * dense squares (`cell` pixels wide at a world `world` pixels wide) and crowded places aggregated.
 */
export function groupMarks(
  inputs: readonly PlaceInput[],
  world: number,
  cell: number,
  /** Squares made aggregates whatever their count (see `placeCampus`). */
  forced: ReadonlySet<string> = new Set(),
): Grouping {
  // 1. Places: Campus within a pixel of each other (one commune).
  const places = new Map<string, PlaceInput[]>();
  for (const input of inputs) {
    const key = `${Math.round(input.x * world)},${Math.round(input.y * world)}`;
    const list = places.get(key);
    if (list) list.push(input);
    else places.set(key, [input]);
  }

  // 2. Density: the squares holding more Campus than fit become one aggregate each; so does a place
  // with more Campus than a ring spreads. (Density is judged with the unshrunk symbols: shrinking
  // never changes what is aggregated.)
  const squareOf = (list: PlaceInput[]) => squareKey(list[0]!, world, cell);
  const squares = new Map<string, PlaceInput[][]>();
  for (const list of places.values()) {
    const square = squareOf(list);
    const held = squares.get(square);
    if (held) held.push(list);
    else squares.set(square, [list]);
  }
  const marks: GroupedMark[] = [];
  const markOf = (members: PlaceInput[], kind: MarkKind): GroupedMark => {
    let sx = 0;
    let sy = 0;
    for (const m of members) {
      sx += m.x;
      sy += m.y;
    }
    const radius =
      kind === 'aggregate'
        ? aggregateRadius(members.length)
        : kind === 'ring'
          ? ringRadius(members.length) + SYMBOL / 2
          : SYMBOL / 2;
    const mark: GroupedMark = {
      members,
      kind,
      homeX: (sx / members.length) * world,
      homeY: (sy / members.length) * world,
      radius,
      mass: kind === 'aggregate' ? 4 : 1,
    };
    if (kind === 'aggregate') {
      const bySector = new Map<string, number>();
      for (const m of members) bySector.set(m.sector, (bySector.get(m.sector) ?? 0) + 1);
      mark.bySector = bySector;
    }
    return mark;
  };
  for (const [square, lists] of squares) {
    const count = lists.reduce((n, list) => n + list.length, 0);
    if (count > CELL_CAPACITY || (forced.has(square) && count > 1)) {
      marks.push(markOf(lists.flat(), 'aggregate'));
      continue;
    }
    for (const list of lists) {
      if (list.length > MAX_SPREAD) marks.push(markOf(list, 'aggregate'));
      else marks.push(markOf(list.sort(byKey), list.length === 1 ? 'single' : 'ring'));
    }
  }
  // A stable order whatever the input's, so the same Campus always ends in the same spot.
  marks.sort((a, b) => byKey(a.members[0]!, b.members[0]!));

  // The Campus of the placement are listed by key: the order is worked out here once (keys are
  // unique, so it is the order a sort of each placement's Campus would give).
  const listed: PlaceInput[] = [];
  for (const mark of marks) if (mark.kind !== 'aggregate') listed.push(...mark.members);
  const campusOrder = listed.map((_, i) => i).sort((a, b) => byKey(listed[a]!, listed[b]!));
  return { marks, campusOrder };
}
