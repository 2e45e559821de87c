/**
 * The SVG map's projection: planar Web Mercator fitted to a box, so the SVG map and the MapLibre map
 * look alike and the DROM insets (already moved in the data) land in the same frames. Planar (a
 * d3 `geoTransform`, not a spherical projection) so ring winding and the antimeridian do not matter.
 */
import { geoPath, geoTransform, type GeoPath } from 'd3-geo';
import { mercatorFit, projectWith, type FitPadding } from './mercatorFit.ts';

export interface Fitted {
  /** [lon, lat] → [x, y] in SVG pixels. */
  project: (lonLat: readonly [number, number]) => [number, number];
  path: GeoPath;
  /** Pixels per Mercator degree (what the fit amounts to: MapLibre's zoom follows from it). */
  scale: number;
}

/** Fits [west, south, east, north] into width × height, `padding` pixels kept free around it. */
export function fitMercator(
  bounds: readonly [number, number, number, number],
  width: number,
  height: number,
  padding: FitPadding = 8,
): Fitted {
  const fit = mercatorFit(bounds, width, height, padding);
  const project = projectWith(fit);
  const transform = geoTransform({
    point(lon, lat) {
      const [x, y] = project([lon, lat]);
      this.stream.point(x, y);
    },
  });
  return { project, path: geoPath(transform), scale: fit.k };
}
