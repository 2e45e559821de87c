/**
 * How far an embedded map locked on a territory may be moved. A région's site shows its own Campus:
 * the visitor may zoom in and look around, but never zoom out past the view that fits the territory,
 * and never drag it out of the frame. So the lock is that fitted view itself: MapLibre's `minZoom` at
 * its zoom, and its `maxBounds` at its extent (plus a sliver of slack, so that rounding never forces
 * a zoom in). At the fit nothing can be dragged; zoomed in, the visitor pans within the territory's
 * frame. The same code serves the iframe and the `<campus-map>` element (both use MapRoot).
 */
import type { Bounds } from '../geo/insets.ts';

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
};
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** The [west, south, east, north] a Web Mercator view of `width` × `height` CSS px shows. */
export function viewBounds(center: [number, number], zoom: number, width: number, height: number): Bounds {
  const world = TILE * 2 ** zoom;
  const x = mercatorX(center[0]);
  const y = mercatorY(center[1]);
  const dx = width / 2 / world;
  const dy = height / 2 / world;
  return [lonOf(x - dx), latOf(Math.min(1, y + dy)), lonOf(x + dx), latOf(Math.max(0, y - dy))];
}

export interface TerritoryLock {
  minZoom: number;
  maxBounds: Bounds;
}

/**
 * The lock around a territory whose fitted camera is `fit` in a map of `width` × `height` CSS px:
 * no zoom out past the fit, no view beyond the fitted view (grown by `slack`, a share of its size).
 */
export function territoryLock(
  fit: { center: [number, number]; zoom: number },
  width: number,
  height: number,
  slack = 0.02,
): TerritoryLock {
  const [west, south, east, north] = viewBounds(fit.center, fit.zoom, width, height);
  const padX = (east - west) * slack;
  const padY = (north - south) * slack;
  return {
    minZoom: fit.zoom,
    maxBounds: [
      Math.max(-180, west - padX),
      Math.max(-85, south - padY),
      Math.min(180, east + padX),
      Math.min(85, north + padY),
    ],
  };
}

const intersects = (a: Bounds, b: Bounds) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const contains = (outer: Bounds, inner: Bounds) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

/**
 * Insets whole or not at all: when a framing of `target` would show `view` and that view cuts the
 * overseas insets' area (`insets`: their frames with their names), the bounds to fit instead, the
 * target with the insets; null when the view holds them whole or not at all.
 */
export function wholeInsets(target: Bounds, view: Bounds, insets: Bounds): Bounds | null {
  if (!intersects(view, insets) || contains(view, insets)) return null;
  return [
    Math.min(target[0], insets[0]),
    Math.min(target[1], insets[1]),
    Math.max(target[2], insets[2]),
    Math.max(target[3], insets[3]),
  ];
}
