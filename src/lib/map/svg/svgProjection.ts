/**
 * The SVG map's projection: planar Web Mercator fitted to a box, so the SVG map and the MapLibre map
 * look alike and the DROM insets (already moved in the data) land in the same frames. Planar (a
 * d3 `geoTransform`, not a spherical projection) so ring winding and the antimeridian do not matter.
 */
import { geoPath, geoTransform, type GeoPath } from 'd3-geo';
import { mercatorY } from '../../geo/insets.ts';

export interface Fitted {
  /** [lon, lat] → [x, y] in SVG pixels. */
  project: (lonLat: readonly [number, number]) => [number, number];
  path: GeoPath;
  /** Pixels per Mercator degree (what the fit amounts to: MapLibre's zoom follows from it). */
  scale: number;
}

/** Pixels kept free on each side: one number for all four, or each side (as MapLibre's `fitBounds`). */
export type FitPadding = number | { top: number; right: number; bottom: number; left: number };

/** Fits [west, south, east, north] into width × height, `padding` pixels kept free around it. */
export function fitMercator(
  [west, south, east, north]: readonly [number, number, number, number],
  width: number,
  height: number,
  padding: FitPadding = 8,
): Fitted {
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
  const project = ([lon, lat]: readonly [number, number]): [number, number] => [
    dx + k * (lon - x0),
    // mercatorY grows northwards; SVG y grows downwards.
    dy + k * (y0 - mercatorY(lat)),
  ];
  const transform = geoTransform({
    point(lon, lat) {
      const [x, y] = project([lon, lat]);
      this.stream.point(x, y);
    },
  });
  return { project, path: geoPath(transform), scale: k };
}
