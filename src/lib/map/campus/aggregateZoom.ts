/**
 * Opening an aggregate (README.md, point 5): a click on one zooms onto its Campus, framing their true
 * places (not the aggregate's) up to two levels closer than now, or to zoom 8 from further out, so
 * they can be told apart.
 */
import { pointsBounds } from '../../geo/bounds.ts';
import { fromWorld, type PlaceInput } from './placement.ts';

/** Room around the members' places, CSS pixels. */
export const AGGREGATE_PADDING = 60;

/** Where the camera goes to open an aggregate of `members` from `zoom`; null for no members. */
export function aggregateFrame(
  members: readonly PlaceInput[],
  zoom: number,
): { bounds: [[number, number], [number, number]]; maxZoom: number } | null {
  if (members.length === 0) return null;
  const [w, s, e, n] = pointsBounds(members.map((m) => fromWorld(m.x, m.y)));
  return {
    bounds: [
      [w, s],
      [e, n],
    ],
    maxZoom: Math.max(zoom + 2, 8),
  };
}
