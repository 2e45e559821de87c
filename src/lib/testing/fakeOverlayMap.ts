/**
 * A stand-in MapLibre map for the Campus overlay's unit tests (map/campus/campusOverlay*.test.ts), and
 * placements written by hand in its screen pixels: the map's canvas is a recording one (the overlay's
 * own comes from `installRecordingCanvases`), its camera flat on Paris at a zoom, 400 × 300 CSS pixels.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SectorId } from '../model/types.ts';
import type { CampusOverlay } from '../map/campus/campusOverlay.ts';
import type { CampusLook } from '../map/campus/markScreen.ts';
import { toWorld, type Placement, type PlaceInput } from '../map/campus/placement.ts';
import { SYMBOL } from '../map/campus/ringSpread.ts';
import { iconSizeAt } from '../map/style.ts';
import {
  imageContent,
  imagesDrawn,
  recordingCanvas,
  type DrawnImage,
  type RecordingCanvas,
} from './recordingCanvas.ts';

/** The camera of the fake map: centred on Paris, which is at (200, 150) of a 400 × 300 canvas. */
const CENTRE = { lng: 2.35, lat: 48.85 };
const [CX, CY] = toWorld(CENTRE.lng, CENTRE.lat);

/** Enough of a MapLibre map for the overlay: a camera at `zoom` on `centre`, a 400 × 300 canvas. */
export function fakeMap(camera: { bearing?: number; pitch?: number; zoom?: number; ratio?: number } = {}) {
  const { bearing = 0, pitch = 0, zoom = 6, ratio = 1 } = camera;
  const canvas = recordingCanvas();
  canvas.width = 400 * ratio;
  canvas.height = 300 * ratio;
  canvas.style = { width: '400px', height: '300px' };
  const listeners = new Map<string, () => void>();
  const map = {
    getCanvas: () => canvas,
    getCanvasContainer: () => ({ appendChild: () => undefined }),
    getPixelRatio: () => ratio,
    getCenter: () => CENTRE,
    getZoom: () => zoom,
    getBearing: () => bearing,
    getPitch: () => pitch,
    project: () => ({ x: 200, y: 150 }),
    on: (type: string, f: () => void) => listeners.set(type, f),
    off: (type: string) => listeners.delete(type),
  };
  return { map: map as unknown as MapLibreMap, listeners };
}

export const input = (id: string, lon: number, lat: number): PlaceInput => {
  const [x, y] = toWorld(lon, lat);
  return { key: id, id, sector: 'energie', x, y };
};
export const look = () => ({ status: 'labellise', approximate: false, town: '' });

/** A Campus input drawn at screen point (sx, sy) of the fake map at `zoom`. */
export function at(id: string, sx: number, sy: number, zoom = 6, sector: SectorId = 'energie'): PlaceInput {
  const world = 512 * 2 ** zoom;
  return { key: id, id, sector, x: CX + (sx - 200) / world, y: CY + (sy - 150) / world };
}

/** A placement written by hand: each Campus alone at its place, plus rings and aggregates if given. */
export function placement(campus: PlaceInput[], more: Partial<Placement> = {}): Placement {
  return {
    zoomBand: 6,
    symbolFactor: 1,
    campus: campus.map((c) => ({ kind: 'campus', input: c, x: c.x, y: c.y, offset: [0, 0], group: -1 })),
    groups: [],
    aggregates: [],
    leaders: [],
    ...more,
  };
}

/** The looks of Campus by id (labelled, exact, no town unless said). */
export const looks =
  (by: Record<string, Partial<CampusLook>>) =>
  (c: PlaceInput): CampusLook => ({ status: 'labellise', approximate: false, town: '', ...by[c.id] });

export const calls = (overlay: CampusOverlay) => (overlay.canvas as unknown as RecordingCanvas).calls;
/** The Campus symbols drawn (their images write a letter), in the order drawn. */
export const symbols = (overlay: CampusOverlay) =>
  imagesDrawn(calls(overlay)).filter((d) => imageContent(d.image).text.length > 0);
export const near = (d: DrawnImage, x: number, y: number) => Math.hypot(d.x - x, d.y - y) < 1e-6;
/** Symbol side at zoom 6, type scale 1: the layers' icon size times 24 px. */
export const SIDE6 = SYMBOL * iconSizeAt(6);
