/**
 * Planar Web Mercator fitted to a box, as numbers only (no d3-geo): the SVG map's projection
 * (svgProjection.ts) is built on it, and so is the placing of the first view's built map in the live
 * box (builtMap.ts), which runs at start, where d3-geo is not loaded.
 */
import { mercatorY } from '../../geo/insets.ts';

/** Pixels kept free on each side: one number for all four, or each side (as MapLibre's `fitBounds`). */
export type FitPadding = number | { top: number; right: number; bottom: number; left: number };

/** x = dx + k · (lon − x0), y = dy + k · (y0 − mercatorY(lat)). */
export interface MercatorFit {
  x0: number;
  y0: number;
  /** Pixels per Mercator degree. */
  k: number;
  dx: number;
  dy: number;
}

/** Fits [west, south, east, north] into width × height, `padding` pixels kept free around it. */
export function mercatorFit(
  [west, south, east, north]: readonly [number, number, number, number],
  width: number,
  height: number,
  padding: FitPadding = 8,
): MercatorFit {
  const pad =
    typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const x0 = west;
  const y0 = mercatorY(north);
  const spanX = Math.max(1e-9, east - west);
  const spanY = Math.max(1e-9, y0 - mercatorY(south));
  const innerWidth = width - pad.left - pad.right;
  const innerHeight = height - pad.top - pad.bottom;
  const k = Math.max(1e-9, Math.min(innerWidth / spanX, innerHeight / spanY));
  // Centre the box in the space inside the padding (as MapLibre's fitBounds does).
  const dx = pad.left + (innerWidth - k * spanX) / 2;
  const dy = pad.top + (innerHeight - k * spanY) / 2;
  return { x0, y0, k, dx, dy };
}

/** [lon, lat] → [x, y] in the fitted box's pixels (mercatorY grows northwards, SVG y downwards). */
export function projectWith({ x0, y0, k, dx, dy }: MercatorFit) {
  return ([lon, lat]: readonly [number, number]): [number, number] => [
    dx + k * (lon - x0),
    dy + k * (y0 - mercatorY(lat)),
  ];
}
