/**
 * What a slide or a printed page frames: every Campus shown (where the map draws them, overseas ones in
 * their insets), with room around a lone Campus or a tight cluster so it is seen in its surroundings.
 * Pure: the export code turns it into a camera for the picture's size.
 */
import type { CampusFeature } from '../model/types.ts';
import { pointsBounds, type Bounds } from '../geo/bounds.ts';

/** The smallest extent framed, in degrees (about a département and its neighbours). */
export const MIN_SPAN = { lon: 3, lat: 2 } as const;

export function framingBounds(campus: readonly CampusFeature[]): Bounds | undefined {
  if (campus.length === 0) return undefined;
  let [west, south, east, north] = pointsBounds(campus.map((f) => f.geometry.coordinates));
  const grow = (low: number, high: number, span: number): [number, number] => {
    const missing = Math.max(0, span - (high - low)) / 2;
    return [low - missing, high + missing];
  };
  [west, east] = grow(west, east, MIN_SPAN.lon);
  [south, north] = grow(south, north, MIN_SPAN.lat);
  return [west, south, east, north];
}

/**
 * Where the map opens on a person's own list (the app) or a site's hosted list (an embed): its Campus,
 * with a margin so that the marks at the edges are whole and clear of the map's border (a mark is
 * drawn around its point, and may be moved aside from a crowded commune). Undefined for the livret's
 * Campus, which open on France.
 */
export function listHome(campus: readonly CampusFeature[], ownList: boolean): Bounds | undefined {
  const bounds = ownList ? framingBounds(campus) : undefined;
  if (!bounds) return undefined;
  const [west, south, east, north] = bounds;
  const side = Math.max(east - west, north - south) * LIST_MARGIN;
  return [west - side, south - side, east + side, north + side];
}

/** The margin around a list's Campus, as a share of its larger side. */
export const LIST_MARGIN = 0.06;
