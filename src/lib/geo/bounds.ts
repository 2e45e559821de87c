/**
 * Bounding boxes, [west, south, east, north] in degrees (or x/y in any one plane): the smallest box
 * around points or around other boxes. One helper for the app's framings (a slide's Campus, an area's
 * outline, an aggregate's members, a practice's régions), so each is one call, not its own loop.
 */

/** [west, south, east, north] in degrees (lon/lat). */
export type Bounds = [number, number, number, number];

/**
 * The box around nothing: inside out, so any point or box added to it gives that point's or box's
 * own bounds. Returned as is (infinite) by the helpers when given nothing; callers that may have
 * nothing check for it first.
 */
const NOTHING: Readonly<Bounds> = [Infinity, Infinity, -Infinity, -Infinity];

/** The smallest box holding every point ([x, y, …] positions), grown from `start` if given. */
export function pointsBounds(points: Iterable<readonly number[]>, start: Readonly<Bounds> = NOTHING): Bounds {
  let [west, south, east, north] = start;
  for (const [x, y] of points) {
    west = Math.min(west, x!);
    south = Math.min(south, y!);
    east = Math.max(east, x!);
    north = Math.max(north, y!);
  }
  return [west, south, east, north];
}

/** The smallest box holding every box, grown from `start` if given. */
export function boxesBounds(boxes: Iterable<Readonly<Bounds>>, start: Readonly<Bounds> = NOTHING): Bounds {
  let [west, south, east, north] = start;
  for (const [w, s, e, n] of boxes) {
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  }
  return [west, south, east, north];
}
