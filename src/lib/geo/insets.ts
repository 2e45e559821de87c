/**
 * The DROM composite: at national view the five overseas régions are drawn in framed insets in the Bay of
 * Biscay, the sea inside mainland France's own bounding box, so they are visible and clickable on a
 * single Web-Mercator map and cost no room: France fills the frame as if they were not there.
 *
 * Each DROM is moved by an affine map in Web-Mercator space (scale about the centre of its true bounds,
 * then translate to the centre of its frame). Because the map itself is Web Mercator, shapes keep their
 * proportions on screen. Shapes (build-geography) and points (the Campus pipeline) use the same
 * `toInset`, so a Campus in Fort-de-France lands on Martinique's drawn shape.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { REGION_BY_CODE } from './regions.ts';
import { boxesBounds, type Bounds } from './bounds.ts';

export type { Bounds };

export interface InsetDef {
  /** INSEE région code ('01', '02', '03', '04', '06'). */
  region: string;
  /** INSEE département code ('971'…'976'). */
  departement: string;
  name: string;
  /** The drawn frame, in composite lon/lat. */
  frame: Bounds;
  /** Where the DROM really is (Natural Earth 10 m extent, rounded outwards to 0.01°). */
  trueBounds: Bounds;
}

/** Extent of mainland France and Corsica in Natural Earth 10 m (rounded outwards to 0.01°). */
export const MAINLAND_BOUNDS: Bounds = [-5.14, 41.36, 9.56, 51.09];

// Layout, in Web-Mercator units expressed in degrees (x = longitude, y = mercatorY(latitude)), so that
// "square" means square on screen. Five frames on a grid of two columns and three rows, in INSEE order
// left to right then top to bottom, in the open sea between Brittany's south coast (Belle-Île, 47.3°N),
// the Vendée (Île d'Yeu, −2.35°), the Landes coast (−1.25°) and Spain's north coast (43.6°N).
const FRAME_SIZE = 1.35;
const FRAME_GAP = 0.15;
const GRID_WEST = -5.35;
const GRID_NORTH_LAT = 47.05;
const GRID_COLUMNS = 2;
/** Share of the frame left empty on each side of the DROM, so coasts do not touch the frame. */
const FRAME_MARGIN = 0.08;
/** Frames are rounded to ~10 m so the committed data and the tests see stable numbers. */
const FRAME_DECIMALS = 4;

const DEG = Math.PI / 180;

/** Web-Mercator y of a latitude, in degree units (equal to longitude degrees at the equator). */
export function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) / DEG;
}

/** Inverse of `mercatorY`. */
function latitudeOfMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * DEG))) / DEG - 90;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

interface DromSource {
  region: string;
  departement: string;
  trueBounds: Bounds;
}

const DROM_SOURCES: readonly DromSource[] = [
  { region: '01', departement: '971', trueBounds: [-61.8, 15.84, -60.98, 16.52] },
  { region: '02', departement: '972', trueBounds: [-61.23, 14.4, -60.81, 14.88] },
  { region: '03', departement: '973', trueBounds: [-54.62, 2.11, -51.64, 5.75] },
  { region: '04', departement: '974', trueBounds: [55.22, -21.38, 55.86, -20.86] },
  { region: '06', departement: '976', trueBounds: [45.04, -12.99, 45.3, -12.64] },
];

/** The frame of the `index`-th inset of the grid (0 = top left, then along the row). */
function frameAt(index: number): Bounds {
  const column = index % GRID_COLUMNS;
  const row = Math.floor(index / GRID_COLUMNS);
  const west = GRID_WEST + column * (FRAME_SIZE + FRAME_GAP);
  const top = mercatorY(GRID_NORTH_LAT) - row * (FRAME_SIZE + FRAME_GAP);
  return [
    round(west, FRAME_DECIMALS),
    round(latitudeOfMercatorY(top - FRAME_SIZE), FRAME_DECIMALS),
    round(west + FRAME_SIZE, FRAME_DECIMALS),
    round(latitudeOfMercatorY(top), FRAME_DECIMALS),
  ];
}

function regionName(region: string): string {
  const info = REGION_BY_CODE.get(region);
  if (!info) throw new Error(`insets: région ${region} is missing from regions.ts`);
  return info.name;
}

export const INSETS: readonly InsetDef[] = DROM_SOURCES.map((source, index) => ({
  ...source,
  name: regionName(source.region),
  frame: frameAt(index),
}));

const INSET_BY_REGION: ReadonlyMap<string, InsetDef> = new Map(INSETS.map((inset) => [inset.region, inset]));

/** Scale and offsets of one inset, in mercator degree units: x' = frameX + (x − trueX)·scale. */
interface AffineMap {
  scale: number;
  trueCentre: [number, number];
  frameCentre: [number, number];
}

/** Centre of a lon/lat box in mercator units (the centre of the box as drawn, not of its degrees). */
function mercatorCentre([west, south, east, north]: Bounds): [number, number] {
  return [(west + east) / 2, (mercatorY(south) + mercatorY(north)) / 2];
}

function mercatorSize([west, south, east, north]: Bounds): [number, number] {
  return [east - west, mercatorY(north) - mercatorY(south)];
}

function affineMapOf(inset: InsetDef): AffineMap {
  const [trueWidth, trueHeight] = mercatorSize(inset.trueBounds);
  const [frameWidth, frameHeight] = mercatorSize(inset.frame);
  const usable = 1 - 2 * FRAME_MARGIN;
  return {
    scale: Math.min((frameWidth * usable) / trueWidth, (frameHeight * usable) / trueHeight),
    trueCentre: mercatorCentre(inset.trueBounds),
    frameCentre: mercatorCentre(inset.frame),
  };
}

const AFFINE_BY_REGION: ReadonlyMap<string, AffineMap> = new Map(
  INSETS.map((inset) => [inset.region, affineMapOf(inset)]),
);

export function insetForRegion(region: string): InsetDef | undefined {
  return INSET_BY_REGION.get(region);
}

export function isOverseas(region: string): boolean {
  return INSET_BY_REGION.has(region);
}

/** How many times the DROM is enlarged in its inset (below 1: shrunk, as Guyane). */
export function insetScale(region: string): number {
  return affineFor(region)?.scale ?? 1;
}

/** The affine map of an overseas région, undefined for a mainland one; throws on an unknown code. */
function affineFor(region: string): AffineMap | undefined {
  if (!REGION_BY_CODE.has(region)) throw new Error(`insets: unknown INSEE région code "${region}"`);
  return AFFINE_BY_REGION.get(region);
}

/**
 * Composite (drawn) position of a true [lon, lat] in `region`. Mainland régions are returned unchanged,
 * so callers can pass every point through it; an unknown région code throws.
 */
export function toInset(lonLat: [number, number], region: string): [number, number] {
  const affine = affineFor(region);
  if (!affine) return [lonLat[0], lonLat[1]];
  const { scale, trueCentre, frameCentre } = affine;
  const x = frameCentre[0] + (lonLat[0] - trueCentre[0]) * scale;
  const y = frameCentre[1] + (mercatorY(lonLat[1]) - trueCentre[1]) * scale;
  return [x, latitudeOfMercatorY(y)];
}

/** Inverse of `toInset`: the true [lon, lat] of a composite position (for "go to the true location"). */
export function fromInset(lonLat: [number, number], region: string): [number, number] {
  const affine = affineFor(region);
  if (!affine) return [lonLat[0], lonLat[1]];
  const { scale, trueCentre, frameCentre } = affine;
  const x = trueCentre[0] + (lonLat[0] - frameCentre[0]) / scale;
  const y = trueCentre[1] + (mercatorY(lonLat[1]) - frameCentre[1]) / scale;
  return [x, latitudeOfMercatorY(y)];
}

function moveRing(ring: Position[], region: string): Position[] {
  return ring.map((position) => toInset([position[0]!, position[1]!], region));
}

/** A copy of a (Multi)Polygon moved into its région's inset (unchanged copy for a mainland région). */
export function moveGeometryToInset<G extends Polygon | MultiPolygon>(geometry: G, region: string): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((ring) => moveRing(ring, region)) };
  }
  return {
    ...geometry,
    coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => moveRing(ring, region))),
  };
}

/** Which corner of its frame an inset's name is written in (its text's anchor there). */
export type FrameLabelCorner = 'top-left' | 'bottom-right';

/**
 * Where an inset's name goes: the left column's in the top-left corner of its frame, reading right; the
 * right column's in the bottom-right corner, reading left. A name longer than its frame (a phone's
 * national view: frames 30 px wide) runs over the top of its right-hand neighbour or the bottom of its
 * left-hand one, which hold no name there: « Guadeloupe » and « Martinique », « Guyane » and « La
 * Réunion » never meet, and every name stays within the insets' area.
 */
export function frameLabelCorner(region: string): FrameLabelCorner {
  const index = INSETS.findIndex((inset) => inset.region === region);
  return index >= 0 && index % GRID_COLUMNS === GRID_COLUMNS - 1 ? 'bottom-right' : 'top-left';
}

/** Offset of an inset's name from its corner, in ems (MapLibre's `text-offset`): inwards. */
export function frameLabelOffset(corner: FrameLabelCorner): [number, number] {
  return corner === 'top-left' ? [0.3, 0.25] : [-0.3, -0.25];
}

/** The corner of a frame (lon/lat) where its name is anchored. */
export function frameLabelPoint(
  [west, south, east, north]: Bounds,
  corner: FrameLabelCorner,
): [number, number] {
  return corner === 'top-left' ? [west, north] : [east, south];
}

/**
 * The box an inset's name takes on screen, in world pixels at `zoom` (MapLibre's world: 512 px at
 * zoom 0), for a text `size` px high and `width` px wide on one line: to check that names never meet.
 */
export function frameLabelBox(
  inset: InsetDef,
  zoom: number,
  size: number,
  width: number,
): { left: number; top: number; right: number; bottom: number } {
  const corner = frameLabelCorner(inset.region);
  const [lon, lat] = frameLabelPoint(inset.frame, corner);
  const world = 512 * 2 ** zoom;
  const x = ((lon + 180) / 360) * world;
  const y = (0.5 - mercatorY(lat) / 360) * world;
  const [dx, dy] = frameLabelOffset(corner).map((em) => em * size) as [number, number];
  const height = 1.2 * size;
  return corner === 'top-left'
    ? { left: x + dx, top: y + dy, right: x + dx + width, bottom: y + dy + height }
    : { left: x + dx - width, top: y + dy - height, right: x + dx, bottom: y + dy };
}

/** The five inset frames together (added to `start`, if given). */
export function insetFramesBounds(start?: Bounds): Bounds {
  return boxesBounds(
    INSETS.map((inset) => inset.frame),
    start,
  );
}

/** Mainland France plus the inset frames: what the map's initial `fitBounds` should show. */
export function compositeBounds(): Bounds {
  return insetFramesBounds(MAINLAND_BOUNDS);
}
