/**
 * From a placement (world units, symbol units) to what the Campus overlay draws on screen this frame:
 * leader lines, ring hubs, aggregates, Campus symbols with their halos and approximate rings, in
 * CSS pixels of the map's canvas; and which mark is under a point. Pure: the overlay (campusOverlay.ts)
 * gives it the view of the frame.
 *
 * Why the Campus are drawn beside MapLibre and not by it: in MapLibre a filter change is a `setData`,
 * a re-tiling in the worker and several frames of the whole style; here it is one placement and one
 * redraw of a 2D canvas, and hover, selection and fading cost a redraw of that canvas only (see
 * BENCHMARKS.md, issue « every Campus visible as itself »).
 */
import type { Placement, PlaceInput } from './placement.ts';
import { aggregateRadius } from './markGrouping.ts';
import { SYMBOL, ringRadius } from './ringSpread.ts';

/** The map's camera for this frame: no rotation nor pitch (the map allows neither). */
export interface ScreenView {
  /** World units (0…1 Web Mercator) of the map's centre. */
  centreX: number;
  centreY: number;
  /** CSS pixels of the map's centre in the canvas. */
  screenX: number;
  screenY: number;
  /** CSS pixels per world unit: 512 × 2^zoom. */
  worldSize: number;
  /** CSS size of the canvas. */
  width: number;
  height: number;
}

export function toScreen(view: ScreenView, x: number, y: number): [number, number] {
  return [
    view.screenX + (x - view.centreX) * view.worldSize,
    view.screenY + (y - view.centreY) * view.worldSize,
  ];
}

/** What a mark looks like this frame, beyond its kind. */
export interface MarkState {
  selected: string | null;
  hovered: string | null;
  /** Highlighted Campus ids; while not empty, the marks holding none of them fade. */
  highlighted: ReadonlySet<string>;
}

interface Drawn {
  /** Centre, CSS pixels. */
  x: number;
  y: number;
  /** Side of the square the mark's image fills, CSS pixels. */
  size: number;
  faded: boolean;
}

export interface DrawnCampus extends Drawn {
  id: string;
  sector: string;
  status: string;
  approximate: boolean;
  halo: 'hover' | 'selected' | null;
  /** Town name drawn under it (a Campus alone), or ''. */
  town: string;
}

interface DrawnHub extends Drawn {
  id: string;
  n: number;
  /** Radius of its ring, CSS pixels: its town name goes below. */
  ring: number;
  town: string;
}

export interface DrawnAggregate extends Drawn {
  id: string;
  count: number;
  /** Radius of its disc, in symbol units (the image's class). */
  radius: number;
  bySector: ReadonlyMap<string, number>;
  members: readonly PlaceInput[];
}

/** Everything the overlay draws in one frame, bottom to top. */
export interface ScreenMarks {
  leaders: [number, number, number, number][];
  hubs: DrawnHub[];
  aggregates: DrawnAggregate[];
  campus: DrawnCampus[];
  /** Symbol size this frame (CSS pixels per symbol unit). */
  scale: number;
}

/** Extra room around the canvas within which marks are still drawn (half-visible at the edge). */
const MARGIN = 60;

/** What a Campus input needs for its symbol: given by the caller (placement knows ids and sectors). */
export interface CampusLook {
  status: string;
  approximate: boolean;
  town: string;
}

/**
 * The marks of `placement` on screen for `view`, symbols `scale` CSS pixels per unit, those off
 * screen left out.
 */
export function screenMarks(
  placement: Placement,
  view: ScreenView,
  scale: number,
  state: MarkState,
  look: (input: PlaceInput) => CampusLook,
): ScreenMarks {
  const inView = (x: number, y: number, r: number) =>
    x > -MARGIN - r && y > -MARGIN - r && x < view.width + MARGIN + r && y < view.height + MARGIN + r;
  const lit = state.highlighted;
  const fades = (members: readonly PlaceInput[]) => lit.size > 0 && !members.some((m) => lit.has(m.id));
  const out: ScreenMarks = { leaders: [], hubs: [], aggregates: [], campus: [], scale };

  for (const leader of placement.leaders) {
    const [x1, y1] = toScreen(view, ...leader.from);
    const [x2, y2] = toScreen(view, ...leader.to);
    if (inView(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1) + Math.abs(y2 - y1)))
      out.leaders.push([x1, y1, x2, y2]);
  }
  placement.groups.forEach((group, i) => {
    const [x, y] = toScreen(view, group.x, group.y);
    const ring = ringRadius(group.members.length) * scale;
    if (!inView(x, y, ring + SYMBOL * scale)) return;
    const towns = [...new Set(group.members.map((m) => look(m).town))];
    out.hubs.push({
      id: `@hub-${i}`,
      n: group.members.length,
      x,
      y,
      ring,
      size: 2 * (ring + (SYMBOL / 2 + 2) * scale),
      faded: fades(group.members),
      town: towns.length > 2 ? `${towns.slice(0, 2).join(' · ')}…` : towns.join(' · '),
    });
  });
  placement.aggregates.forEach((aggregate, i) => {
    const [x, y] = toScreen(view, aggregate.x, aggregate.y);
    const radius = aggregateRadius(aggregate.members.length);
    if (!inView(x, y, radius * scale)) return;
    out.aggregates.push({
      id: `@aggregate-${i}`,
      x,
      y,
      size: (2 * radius + 4) * scale,
      radius,
      count: aggregate.members.length,
      bySector: aggregate.bySector,
      members: aggregate.members,
      faded: fades(aggregate.members),
    });
  });
  for (const placed of placement.campus) {
    const [ax, ay] = toScreen(view, placed.x, placed.y);
    const x = ax + placed.offset[0] * scale;
    const y = ay + placed.offset[1] * scale;
    if (!inView(x, y, SYMBOL * scale)) continue;
    const id = placed.input.id;
    const { status, approximate, town } = look(placed.input);
    out.campus.push({
      id,
      sector: placed.input.sector,
      status,
      approximate,
      x,
      y,
      size: SYMBOL * scale,
      faded: lit.size > 0 && !lit.has(id),
      halo: state.selected === id ? 'selected' : state.hovered === id || lit.has(id) ? 'hover' : null,
      town: placed.group < 0 ? town : '',
    });
  }
  return out;
}

/** A mark under a point: a Campus (its id) or an aggregate (its members). */
export type MarkHit =
  | { kind: 'campus'; id: string; x: number; y: number }
  | { kind: 'aggregate'; id: string; count: number; x: number; y: number; members: readonly PlaceInput[] };

/**
 * The topmost mark under (x, y), CSS pixels: Campus symbols first (drawn on top), the last drawn
 * first, then aggregates. A symbol is hit within its disc and a small tolerance (a finger is wide).
 */
export function markAt(marks: ScreenMarks, x: number, y: number, tolerance = 2): MarkHit | null {
  const within = (m: Drawn, r: number) => (m.x - x) ** 2 + (m.y - y) ** 2 <= (r + tolerance) ** 2;
  for (let i = marks.campus.length - 1; i >= 0; i--) {
    const c = marks.campus[i]!;
    if (within(c, c.size / 2)) return { kind: 'campus', id: c.id, x: c.x, y: c.y };
  }
  for (let i = marks.aggregates.length - 1; i >= 0; i--) {
    const a = marks.aggregates[i]!;
    if (within(a, a.radius * marks.scale))
      return { kind: 'aggregate', id: a.id, count: a.count, x: a.x, y: a.y, members: a.members };
  }
  return null;
}
