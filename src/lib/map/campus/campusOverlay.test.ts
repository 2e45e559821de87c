import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { installRecordingCanvases, recordingCanvas } from '../../testing/recordingCanvas.ts';
import { CampusOverlay, assertFlatCamera } from './campusOverlay.ts';
import { placeCampus, toWorld, type PlaceInput } from './placement.ts';

/** Enough of a MapLibre map for the overlay: a camera at `zoom` on `centre`, a 400 × 300 canvas. */
function fakeMap(camera: { bearing?: number; pitch?: number; zoom?: number; ratio?: number } = {}) {
  const { bearing = 0, pitch = 0, zoom = 6, ratio = 1 } = camera;
  const canvas = recordingCanvas();
  canvas.width = 400 * ratio;
  canvas.height = 300 * ratio;
  const centre = { lng: 2.35, lat: 48.85 };
  const listeners = new Map<string, () => void>();
  const map = {
    getCanvas: () => canvas,
    getCanvasContainer: () => ({ appendChild: () => undefined }),
    getPixelRatio: () => ratio,
    getCenter: () => centre,
    getZoom: () => zoom,
    getBearing: () => bearing,
    getPitch: () => pitch,
    project: () => ({ x: 200, y: 150 }),
    on: (type: string, f: () => void) => listeners.set(type, f),
    off: (type: string) => listeners.delete(type),
  };
  return { map: map as unknown as MapLibreMap, listeners };
}

const input = (id: string, lon: number, lat: number): PlaceInput => {
  const [x, y] = toWorld(lon, lat);
  return { key: id, id, sector: 'energie', x, y };
};
const look = () => ({ status: 'labellise', approximate: false, town: '' });

let canvases: ReturnType<typeof installRecordingCanvases>;
beforeEach(() => (canvases = installRecordingCanvases()));
afterEach(() => canvases.restore());

describe('assertFlatCamera', () => {
  it('lets a flat, north-up camera through and refuses a turned or tilted one', () => {
    expect(() => assertFlatCamera(0, 0)).not.toThrow();
    expect(() => assertFlatCamera(12, 0)).toThrow(/bearing 12/);
    expect(() => assertFlatCamera(0, 30)).toThrow(/pitch 30/);
  });
});

describe('CampusOverlay', () => {
  it('redraws in the map’s render event and leaves it when destroyed', () => {
    const { map, listeners } = fakeMap();
    const overlay = new CampusOverlay(map, look);
    expect(listeners.has('render')).toBe(true);
    overlay.destroy();
    expect(listeners.has('render')).toBe(false);
  });

  it('refuses to draw on a rotated map rather than put the marks in the wrong place', () => {
    const overlay = new CampusOverlay(fakeMap({ bearing: 20 }).map, look);
    expect(() => overlay.draw()).toThrow(/flat and north-up/);
  });

  it('draws the Campus in view, tells tests what it drew, and answers which mark is under a point', () => {
    const { map } = fakeMap();
    const overlay = new CampusOverlay(map, look);
    overlay.placement = placeCampus([input('paris', 2.35, 48.85), input('far', 40, 10)], 6, () => 1);
    overlay.draw();
    const drawn = overlay.canvas.campusMarks!;
    expect(drawn.campus.map((c) => c.id)).toEqual(['paris']);
    expect(drawn.campus[0]).toMatchObject({ x: 200, y: 150 });
    expect(overlay.hit(205, 152)).toMatchObject({ kind: 'campus', id: 'paris' });
    expect(overlay.hit(260, 150)).toBeNull();
  });

  it('matches its canvas to the map’s device pixels and paints in CSS pixels', () => {
    const { map } = fakeMap({ ratio: 3 });
    const overlay = new CampusOverlay(map, look);
    overlay.placement = placeCampus([input('paris', 2.35, 48.85)], 6, () => 1);
    overlay.draw();
    expect([overlay.canvas.width, overlay.canvas.height]).toEqual([1200, 900]);
    const calls = (overlay.canvas as unknown as ReturnType<typeof recordingCanvas>).calls;
    expect(calls.filter((c) => c.op === 'setTransform').at(-1)!.args).toEqual([3, 0, 0, 3, 0, 0]);
  });

  it('draws nothing and hits nothing while hidden (choropleth)', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placeCampus([input('paris', 2.35, 48.85)], 6, () => 1);
    overlay.visible = false;
    overlay.draw();
    expect(overlay.canvas.campusMarks).toBeUndefined();
    expect(overlay.hit(200, 150)).toBeNull();
    expect(overlay.canvas.style.display).toBe('none');
  });
});
