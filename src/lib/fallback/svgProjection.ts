/**
 * The SVG map's projection: planar Web Mercator fitted to a box, so the SVG map and the MapLibre map
 * look alike and the DROM insets (already moved in the data) land in the same frames. Planar (a
 * d3 `geoTransform`, not a spherical projection) so ring winding and the antimeridian do not matter.
 */
import { geoPath, geoTransform, type GeoPath } from 'd3-geo';
import { mercatorY } from '../geo/insets.ts';

export interface Fitted {
  /** [lon, lat] → [x, y] in SVG pixels. */
  project: (lonLat: readonly [number, number]) => [number, number];
  path: GeoPath;
}

/** Fits [west, south, east, north] into width × height with `padding` pixels on every side. */
export function fitMercator(
  [west, south, east, north]: readonly [number, number, number, number],
  width: number,
  height: number,
  padding = 8,
): Fitted {
  const x0 = west;
  const y0 = mercatorY(north);
  const spanX = Math.max(1e-9, east - west);
  const spanY = Math.max(1e-9, y0 - mercatorY(south));
  const k = Math.max(1e-9, Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY));
  // Centre the box in the free space.
  const dx = (width - k * spanX) / 2;
  const dy = (height - k * spanY) / 2;
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
  return { project, path: geoPath(transform) };
}
