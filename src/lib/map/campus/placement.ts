/**
 * Where each Campus symbol goes at a zoom level, so that every Campus is drawn as itself and none hides
 * another. Worked out in screen pixels, in JavaScript, for the Campus shown (the filters applied):
 *
 * 1. Campus of the same place (one commune) are spread on a small ring around it, at a fixed pixel
 *    distance, with a hub mark (the spider, always open). Members go in id order from the top,
 *    clockwise, so the same Campus keeps the same spot of its ring.
 * 2. Only where the Campus are too many for their symbols to fit side by side (more than
 *    `CELL_CAPACITY` in a square of `CELL` units: thousands of records, never the livret's 29) are they
 *    aggregated, into one mark showing their count and sector make-up. A single Campus is never an
 *    aggregate, filtered or not: the filters are applied before placement.
 * 3. Marks that would still overlap (nearby towns: Thonon and Passy at national view) are pushed apart,
 *    each by as little as needed, and keep a leader line to their true place.
 *
 * Sizes are in « symbol units » (a Campus symbol is `SYMBOL` units wide at icon-size 1): the layers
 * multiply ring offsets by the icon size (`icon-offset`), so a ring grows with its symbols. Placement is
 * done for a whole zoom band [z, z + 1): overlaps are checked at z (where places are closest) with the
 * symbols of z + 1 (the largest of the band), so zooming in within a band only moves marks apart. The
 * bands start at the first view's zoom (`bandOrigin`, `zoomBand`): France fitted on a phone (zoom 3.99)
 * is placed for itself, not for zoom 3 where its towns are half as far apart, so its leaders are short.
 *
 * 4. Symbols shrink before they are pushed far: where the push-apart would leave a leader longer than
 *    `LEADER_LIMIT` symbol widths at the band's first zoom (the view it is placed for), the band's
 *    symbols are drawn smaller (`Placement.symbolFactor`), down to `MIN_SYMBOL_PX`: the largest size
 *    whose leaders fit (`symbolFactorFor`). Where leaders are already short (the livret on a laptop, a
 *    projector) nothing changes. The SVG map and the MapLibre overlay both draw the factor.
 */

/** Width of a Campus symbol at icon-size 1, in CSS pixels (the images are drawn to this size). */
export const SYMBOL = 24;
/** Space left between two symbols of a ring, in symbol units. */
export const GAP = 4;
/** Most Campus one ring spreads; more at one place crowd into an aggregate. */
export const MAX_SPREAD = 10;
/** Side of the squares in which density is judged, in symbol units. */
export const CELL = 8 * SYMBOL;
/**
 * Most Campus a square of `CELL` holds before they are aggregated: half of what it holds packed side by
 * side with their gaps, so the push-apart step can still lay them out near their places.
 */
export const CELL_CAPACITY = Math.floor(0.5 * (CELL / (SYMBOL + GAP)) ** 2);
/** Longest leader line, in widths of the symbol it leads to, before the symbols shrink. */
export const LEADER_LIMIT = 2;
/** Smallest width a Campus symbol shrinks to (CSS pixels): its letter stays readable. */
export const MIN_SYMBOL_PX = 16;
/** Passes of the push-apart step: enough for the livret; a dense rest is what aggregation is for. */
const PUSH_PASSES = 60;

/** Radius of the ring that spreads `n` Campus (centre to symbol centre), in symbol units. */
export function ringRadius(n: number): number {
  if (n < 2) return 0;
  // Neighbours on the ring are one symbol plus the gap apart (the chord), and never closer to the hub
  // than 0.6 symbol, so the hub stays visible between two.
  return Math.max((SYMBOL + GAP) / (2 * Math.sin(Math.PI / n)), SYMBOL * 0.6);
}

/** Radius of an aggregate's mark by its count, in symbol units. */
export function aggregateRadius(count: number): number {
  return count < 25 ? 17 : count < 200 ? 21 : 25;
}

/** Angle (radians, clockwise from the top) of slot `i` of a ring of `n`. */
export function slotAngle(i: number, n: number): number {
  return (2 * Math.PI * i) / n;
}

/** Offset of slot `i` of a ring of `n`, in symbol units ([right, down], as `icon-offset` wants it). */
export function slotOffset(i: number, n: number): [number, number] {
  const r = ringRadius(n);
  const a = slotAngle(i, n);
  return [round2(r * Math.sin(a)), round2(-r * Math.cos(a))];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

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

export interface SpreadGroup {
  kind: 'spread';
  /** Centre of the ring as drawn, in world units. */
  x: number;
  y: number;
  members: PlaceInput[];
}

export interface Aggregate {
  kind: 'aggregate';
  x: number;
  y: number;
  members: PlaceInput[];
  /** How many members of each sector. */
  bySector: Map<string, number>;
}

/** A line from a mark's true place to where it is drawn, when it had to be pushed aside. */
export interface Leader {
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
interface Mark {
  members: PlaceInput[];
  kind: 'single' | 'ring' | 'aggregate';
  /** True place (mean of the members), pixels at the band's zoom. */
  homeX: number;
  homeY: number;
  /** Where it is drawn, pixels. */
  px: number;
  py: number;
  r: number;
  /** Aggregates are heavier: they move less when pushed. */
  mass: number;
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

const byKey = (a: PlaceInput, b: PlaceInput) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

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

/** The density square of a Campus (`cell` pixels wide at a world `world` pixels wide). */
function squareKey(input: PlaceInput, world: number, cell: number): string {
  return `${Math.floor((input.x * world) / cell)},${Math.floor((input.y * world) / cell)}`;
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

/** A mark before it is sized and pushed: what it holds, where it belongs, its size in symbol units. */
interface GroupedMark {
  members: PlaceInput[];
  kind: Mark['kind'];
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
interface Grouping {
  marks: GroupedMark[];
  /** Where each Campus, in the order the marks list them, goes in the placement (sorted by key). */
  campusOrder: number[];
}

/**
 * Steps 1 and 2 of the placement, the same whatever the symbols' factor: Campus of one place together,
 * dense squares (`cell` pixels wide at a world `world` pixels wide) and crowded places aggregated.
 */
function groupMarks(
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
  const markOf = (members: PlaceInput[], kind: Mark['kind']): GroupedMark => {
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

/**
 * Moves overlapping marks apart until none overlaps (or `PUSH_PASSES` passes): each overlapping pair
 * is pushed along the line between them, by the overlap, shared by their masses. Deterministic: marks
 * in a fixed order, and two marks at the very same spot part along a direction taken from their index.
 */
function pushApart(marks: Mark[], gap: number): void {
  const n = marks.length;
  const maxR = marks.reduce((r, m) => Math.max(r, m.r), 0);
  const size = 2 * maxR + gap;
  const px = Float64Array.from(marks, (m) => m.px);
  const py = Float64Array.from(marks, (m) => m.py);
  const r = Float64Array.from(marks, (m) => m.r);
  const mass = Float64Array.from(marks, (m) => m.mass);
  // Marks by grid cell, keyed by small integers (cells counted from the marks' corner, so the keys
  // stay small integers that a Map hashes fast, at any zoom).
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, px[i]!);
    minY = Math.min(minY, py[i]!);
    maxX = Math.max(maxX, px[i]!);
  }
  // Room for marks pushed beyond the corner: a margin of cells on each side.
  const margin = 64;
  const stride = Math.floor((maxX - minX) / size) + 2 * margin + 2;
  const cellKey = (x: number, y: number) =>
    (Math.floor((y - minY) / size) + margin) * stride + Math.floor((x - minX) / size) + margin;
  // Each cell's marks as a linked list, in increasing index order (built from the last mark down):
  // the first mark of a cell, then each mark's next in its cell (-1 at the end). No array is made
  // per cell and pass, which at 10 000 Campus was most of the placement's garbage.
  const firstInCell = new Map<number, number>();
  const nextInCell = new Int32Array(n);
  const dirty = new Uint8Array(n);
  const next = new Uint8Array(n);
  for (let pass = 0; pass < PUSH_PASSES; pass++) {
    firstInCell.clear();
    for (let i = n - 1; i >= 0; i--) {
      const key = cellKey(px[i]!, py[i]!);
      nextInCell[i] = firstInCell.get(key) ?? -1;
      firstInCell.set(key, i);
    }
    let moved = false;
    // After the first pass, only marks that moved last time can overlap anew: the others keep the
    // distances they had when last checked.
    for (let i = 0; i < n; i++) {
      if (pass > 0 && !dirty[i]) continue;
      const base = cellKey(px[i]!, py[i]!);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          for (let j = firstInCell.get(base + dy * stride + dx) ?? -1; j !== -1; j = nextInCell[j]!) {
            if (j === i || (pass === 0 && j < i)) continue;
            const need = r[i]! + r[j]! + gap;
            let ux = px[j]! - px[i]!;
            let uy = py[j]! - py[i]!;
            const d2 = ux * ux + uy * uy;
            if (d2 >= need * need) continue;
            const d = Math.sqrt(d2);
            if (d < 1e-6) {
              const angle = (Math.min(i, j) * 2.399963 + Math.max(i, j)) % (2 * Math.PI);
              ux = Math.cos(angle) * (i < j ? 1 : -1);
              uy = Math.sin(angle) * (i < j ? 1 : -1);
            } else {
              ux /= d;
              uy /= d;
            }
            const overlap = need - d + 0.01;
            const share = mass[j]! / (mass[i]! + mass[j]!);
            px[i] = px[i]! - ux * overlap * share;
            py[i] = py[i]! - uy * overlap * share;
            px[j] = px[j]! + ux * overlap * (1 - share);
            py[j] = py[j]! + uy * overlap * (1 - share);
            next[i] = 1;
            next[j] = 1;
            moved = true;
          }
        }
    }
    dirty.set(next);
    next.fill(0);
    if (!moved) break;
  }
  marks.forEach((m, i) => {
    m.px = px[i]!;
    m.py = py[i]!;
  });
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
