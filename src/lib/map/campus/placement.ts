/**
 * Where each Campus symbol goes at a zoom level, so that every Campus is drawn as itself and none hides
 * another. Worked out in screen pixels, in JavaScript, for the Campus shown (the filters applied):
 *
 * 1. Campus of the same place (one commune) are spread on a small ring around it, at a fixed pixel
 *    distance, with a hub mark (the spider, always open): ringSpread.ts.
 * 2. Only where the Campus are too many for their symbols to fit side by side are they aggregated,
 *    into one mark showing their count and sector make-up: markGrouping.ts. A single Campus is never an
 *    aggregate, filtered or not: the filters are applied before placement.
 * 3. Marks that would still overlap (nearby towns: Thonon and Passy at national view) are pushed apart,
 *    each by as little as needed (pushApart.ts), and keep a leader line to their true place.
 * 4. Symbols shrink before they are pushed far: where the push-apart would leave a leader longer than
 *    `LEADER_LIMIT` symbol widths at the band's first zoom (the view it is placed for), the band's
 *    symbols are drawn smaller (`Placement.symbolFactor`), down to `MIN_SYMBOL_PX`: the largest size
 *    whose leaders fit (`symbolFactorFor`). Where leaders are already short (the livret on a laptop, a
 *    projector) nothing changes. The SVG map and the MapLibre overlay both draw the factor.
 *
 * This file holds the whole (`placeCampus`), step 4, and the frame the steps work in: world units and
 * zoom bands. Sizes are in « symbol units » (a Campus symbol is `SYMBOL` units wide at size 1): the
 * overlay and the SVG map multiply ring offsets by the symbols' size (style.ts `iconSizeAt`, times the
 * factor), so a ring grows with its symbols. Placement is done for a whole zoom band [z, z + 1):
 * overlaps are checked at z (where places are closest) with the symbols of z + 1 (the largest of the
 * band), so zooming in within a band only moves marks apart. The bands start at the first view's zoom
 * (`bandOrigin`, `zoomBand`): France fitted on a phone (zoom 3.99) is placed for itself, not for zoom 3
 * where its towns are half as far apart, so its leaders are short.
 */
import { CELL, groupMarks, squareKey, type Grouping, type MarkKind } from './markGrouping.ts';
import { pushApart, type PushedMark } from './pushApart.ts';
import { GAP, SYMBOL, slotOffset } from './ringSpread.ts';

/** Longest leader line, in widths of the symbol it leads to, before the symbols shrink. */
export const LEADER_LIMIT = 2;
/** Smallest width a Campus symbol shrinks to (CSS pixels): its letter stays readable. */
export const MIN_SYMBOL_PX = 16;

/** A Campus to place: its id, its sector, and its position in Web-Mercator world units (0…1). */
export interface PlaceInput {
  /** Unique key of this mark (a DROM Campus has two: in its inset and at its true place). */
  key: string;
  id: string;
  sector: string;
  x: number;
  y: number;
}

export interface PlacedCampus {
  kind: 'campus';
  input: PlaceInput;
  /** Where the symbol is anchored (its ring's centre, or where it was pushed to), in world units. */
  x: number;
  y: number;
  /** The symbol's offset from the anchor, in symbol units (0, 0 off a ring). */
  offset: [number, number];
  /** The ring it belongs to (index into `Placement.groups`), or -1. */
  group: number;
}

interface SpreadGroup {
  kind: 'spread';
  /** Centre of the ring as drawn, in world units. */
  x: number;
  y: number;
  members: PlaceInput[];
}

interface Aggregate {
  kind: 'aggregate';
  x: number;
  y: number;
  members: PlaceInput[];
  /** How many members of each sector. */
  bySector: Map<string, number>;
}

/** A line from a mark's true place to where it is drawn, when it had to be pushed aside. */
interface Leader {
  from: [number, number];
  to: [number, number];
  /** The Campus of the mark it leads to. */
  members: readonly PlaceInput[];
}

export interface Placement {
  zoomBand: number;
  /**
   * How much smaller than the layers' icon size the symbols of this band are drawn (1: not shrunk):
   * every drawn size and ring offset is multiplied by it.
   */
  symbolFactor: number;
  campus: PlacedCampus[];
  groups: SpreadGroup[];
  aggregates: Aggregate[];
  leaders: Leader[];
}

/** A mark being placed: a Campus alone, a ring, or an aggregate; a disc on screen. */
interface Mark extends PushedMark {
  members: PlaceInput[];
  kind: MarkKind;
  /** True place (mean of the members), pixels at the band's zoom. */
  homeX: number;
  homeY: number;
}

/** Rounding of the band origin, so that maps fitted alike (SVG and MapLibre) agree on it exactly. */
const ORIGIN_STEP = 1000;
/** A zoom this close below a band's start is in that band (the fit's zoom, recomputed, may differ). */
const BAND_SLACK = 0.002;

/**
 * Where the zoom bands start (0…1, their fractional part): at the zoom of the map's first view (France
 * or an embed's area fitted), so that view is placed for itself.
 */
export function bandOrigin(homeZoom: number): number {
  if (!Number.isFinite(homeZoom)) return 0;
  const origin = Math.round((homeZoom - Math.floor(homeZoom)) * ORIGIN_STEP) / ORIGIN_STEP;
  return origin >= 1 ? 0 : origin;
}

/** The band holding `zoom` (its first zoom), bands starting at `origin` + whole levels. */
export function zoomBand(zoom: number, origin: number): number {
  return Math.floor(zoom - origin + BAND_SLACK) + origin;
}

/** World units → pixels at `zoom`: MapLibre's world is 512 px wide at zoom 0. */
const worldSize = (zoom: number) => 512 * 2 ** zoom;

/**
 * Places the Campus for the band starting at `zoomBand`, with symbols `symbolScale(zoom)` times their
 * unit size (the layers' icon size, which grows with the zoom and the screen's type scale), shrunk by
 * the placement's `symbolFactor` where pushed symbols would otherwise end far from their places.
 * `judged` says which marks' leaders count for that (all by default; the MapLibre map leaves out the
 * copies of DROM Campus at their true place, which the SVG map does not draw, so both shrink alike).
 */
export function placeCampus(
  inputs: readonly PlaceInput[],
  zoomBand: number,
  symbolScale: (zoom: number) => number,
  judged: (input: PlaceInput) => boolean = () => true,
): Placement {
  const unit = symbolScale(zoomBand + 1);
  const world = worldSize(zoomBand);
  const floor = Math.min(1, MIN_SYMBOL_PX / (SYMBOL * unit));
  // The marks (places, rings, aggregates) do not depend on the symbols' factor, only their sizes and
  // where the push-apart leaves them: grouped once for every factor the search tries.
  const grouped = groupMarks(inputs, world, CELL * unit);
  const cache = new Map<number, Placement>();
  const place = (factor: number) => {
    let placement = cache.get(factor);
    if (!placement) cache.set(factor, (placement = placeAt(grouped, zoomBand, unit, factor)));
    return placement;
  };
  // Leaders at the band's first zoom, in widths of the symbols drawn there.
  const drawn = SYMBOL * symbolScale(zoomBand);
  const widths = (leader: Leader, factor: number) =>
    (Math.hypot(leader.to[0] - leader.from[0], leader.to[1] - leader.from[1]) * world) / (drawn * factor);
  const longest = (factor: number) => {
    let max = 0;
    for (const leader of place(factor).leaders)
      if (leader.members.some(judged)) max = Math.max(max, widths(leader, factor));
    return max;
  };
  const factor = symbolFactorFor(longest, floor);
  let placement = place(factor);
  // Still too far at the smallest size: a few Campus crowded in a small space (a DROM's in its inset,
  // at 10 000 records) that no square counted as dense. Their squares become aggregates, the rule
  // for density, rather than symbols pushed off the map on long leaders. Never the livret's.
  const forced = new Set<string>();
  for (let pass = 0; pass < 3; pass += 1) {
    const before = forced.size;
    for (const leader of placement.leaders)
      if (leader.members.some(judged) && widths(leader, factor) > LEADER_LIMIT)
        for (const member of leader.members) forced.add(squareKey(member, world, CELL * unit));
    if (forced.size === before) break;
    placement = placeAt(groupMarks(inputs, world, CELL * unit, forced), zoomBand, unit, factor);
  }
  return placement;
}

/**
 * The largest symbol factor in [floor, 1] (to 1/100, searched by halves) whose longest leader,
 * `longest(factor)` symbol widths, is at most `LEADER_LIMIT`; 1 when the full size already fits,
 * `floor` when even that does not.
 */
export function symbolFactorFor(longest: (factor: number) => number, floor: number): number {
  if (floor >= 1 || longest(1) <= LEADER_LIMIT) return 1;
  let low = Math.ceil(floor * 100) / 100;
  if (longest(low) > LEADER_LIMIT) return low;
  let high = 1;
  while (high - low > 0.02) {
    const mid = Math.round(((low + high) / 2) * 100) / 100;
    if (longest(mid) <= LEADER_LIMIT) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * One placement of grouped marks with symbols `factor` times the band's size (`full` pixels per symbol
 * unit): step 3, the push-apart, and the marks as the overlay and the room layer take them.
 */
function placeAt(grouping: Grouping, zoomBand: number, full: number, factor: number): Placement {
  const world = worldSize(zoomBand);
  // Largest symbols of the band, in pixels per symbol unit, as drawn.
  const unit = full * factor;
  const marks: Mark[] = grouping.marks.map((m) => ({
    members: m.members,
    kind: m.kind,
    homeX: m.homeX,
    homeY: m.homeY,
    px: m.homeX,
    py: m.homeY,
    r: unit * m.radius,
    mass: m.mass,
  }));

  // 3. Push overlapping marks apart.
  pushApart(marks, unit * GAP);

  const placement: Placement = {
    zoomBand,
    symbolFactor: factor,
    campus: [],
    groups: [],
    aggregates: [],
    leaders: [],
  };
  const listed: PlacedCampus[] = [];
  marks.forEach((mark, index) => {
    const x = mark.px / world;
    const y = mark.py / world;
    if (Math.hypot(mark.px - mark.homeX, mark.py - mark.homeY) > unit * 2)
      placement.leaders.push({
        from: [mark.homeX / world, mark.homeY / world],
        to: [x, y],
        members: mark.members,
      });
    if (mark.kind === 'single') {
      listed.push({ kind: 'campus', input: mark.members[0]!, x, y, offset: [0, 0], group: -1 });
    } else if (mark.kind === 'ring') {
      const group = placement.groups.length;
      const n = mark.members.length;
      placement.groups.push({ kind: 'spread', x, y, members: mark.members });
      mark.members.forEach((input, i) =>
        listed.push({ kind: 'campus', input, x, y, offset: slotOffset(i, n), group }),
      );
    } else {
      const { bySector } = grouping.marks[index]!;
      placement.aggregates.push({ kind: 'aggregate', x, y, members: mark.members, bySector: bySector! });
    }
  });
  placement.campus = grouping.campusOrder.map((i) => listed[i]!);
  return placement;
}

/** Web-Mercator world units (0…1, y down) of a longitude and latitude. */
export function toWorld(lon: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [lon / 360 + 0.5, Math.min(1, Math.max(0, y))];
}

/** Longitude and latitude of world units (the inverse of `toWorld`). */
export function fromWorld(x: number, y: number): [number, number] {
  const lon = (x - 0.5) * 360;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
  return [lon, lat];
}
