/**
 * What a slide or a printed page frames: every Campus shown (where the map draws them, overseas ones in
 * their insets), with room around a lone Campus or a tight cluster so it is seen in its surroundings.
 * Pure: the export code turns it into a camera for the picture's size.
 */
import type { CampusFeature } from '../model/types.ts';

export type Bounds = [number, number, number, number];

/** The smallest extent framed, in degrees (about a département and its neighbours). */
export const MIN_SPAN = { lon: 3, lat: 2 } as const;

export function framingBounds(campus: readonly CampusFeature[]): Bounds | undefined {
  if (campus.length === 0) return undefined;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of campus) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    [west, south, east, north] = [
      Math.min(west, lon),
      Math.min(south, lat),
      Math.max(east, lon),
      Math.max(north, lat),
    ];
  }
  const grow = (low: number, high: number, span: number): [number, number] => {
    const missing = Math.max(0, span - (high - low)) / 2;
    return [low - missing, high + missing];
  };
  [west, east] = grow(west, east, MIN_SPAN.lon);
  [south, north] = grow(south, north, MIN_SPAN.lat);
  return [west, south, east, north];
}
