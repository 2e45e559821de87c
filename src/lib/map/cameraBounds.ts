/**
 * How far an embedded map locked on a territory may be moved: the territory's bounds with a margin on
 * each side, a share of its larger side, so the visitor can look around its edges but not drag the
 * map onto a blank world (MapLibre's `maxBounds` also stops zooming out beyond them).
 */
import type { Bounds } from '../geo/insets.ts';

/** Margin, as a share of the territory's larger side, on each side. */
export const LOCK_MARGIN = 0.6;

export function lockedBounds([west, south, east, north]: Bounds, margin = LOCK_MARGIN): Bounds {
  const side = Math.max(east - west, north - south) * margin;
  return [
    Math.max(-180, west - side),
    Math.max(-85, south - side),
    Math.min(180, east + side),
    Math.min(85, north + side),
  ];
}
