/**
 * Pictures of the current map view, for the PNG export (the map pane's shape at twice its resolution; the title,
 * legend and footer are drawn over it by mapSlide.ts, loaded on demand) and the 16:9 slide.
 *
 * Capturing a WebGL canvas: MapLibre draws without `preserveDrawingBuffer`, so the canvas may read
 * back blank once the frame is composited. We copy it inside a `render` event — the same task as the
 * draw — after the map is idle at the export pixel ratio, so every source is drawn.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CaptureFrame } from '../state/mapSnapshots.svelte.ts';

export const EXPORT_PIXEL_RATIO = 2;

function once(map: MapLibreMap, event: 'idle' | 'render', timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    map.once(event, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Draws MapLibre's canvas, then the canvases drawn over it (the Campus overlay), onto a copy. */
function copyWithOverlays(map: MapLibreMap, overlays: () => readonly HTMLCanvasElement[]) {
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const ctx = copy.getContext('2d')!;
  ctx.drawImage(source, 0, 0);
  for (const overlay of overlays()) {
    if (overlay.style.display !== 'none') ctx.drawImage(overlay, 0, 0, copy.width, copy.height);
  }
  return copy;
}

/**
 * Gives the map the frame's size, out of sight, with the frame's bounds (by default what the screen
 * shows now) fitted in it, clear of the padding; returns what puts the map back as it was.
 */
function enterFrame(map: MapLibreMap, frame: CaptureFrame): { fit: () => void; leave: () => void } {
  const container = map.getContainer();
  const style = container.style.cssText;
  const bounds = frame.bounds ?? map.getBounds();
  const camera = {
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
  // Off screen rather than resized in place: the page does not jump while the picture is taken.
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${frame.width}px`,
    height: `${frame.height}px`,
  });
  map.resize();
  const fit = () => {
    const fitted = map.cameraForBounds(bounds, { padding: frame.padding });
    if (fitted) map.jumpTo(fitted);
  };
  fit();
  const leave = () => {
    container.style.cssText = style;
    map.resize();
    map.jumpTo(camera);
  };
  return { fit, leave };
}

/**
 * The map drawn at `pixelRatio` into a 2D canvas of (CSS size × pixelRatio), with `overlays` (canvases
 * redrawn in the map's `render` event, at its pixel ratio) painted over it. With a `frame`, at that
 * size instead, the view fitted to it.
 */
export async function captureMap(
  map: MapLibreMap,
  pixelRatio = EXPORT_PIXEL_RATIO,
  overlays: () => readonly HTMLCanvasElement[] = () => [],
  frame?: CaptureFrame,
): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  const framed = frame ? enterFrame(map, frame) : undefined;
  map.setPixelRatio(pixelRatio);
  try {
    if (framed) {
      // MapLibre's ResizeObserver reports the new size a frame later, and the app's resize handler
      // then fits its home view again: fit the frame once more after it.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      framed.fit();
    }
    await once(map, 'idle', 5000);
    let copy: HTMLCanvasElement | undefined;
    const captured = once(map, 'render', 5000).then(() => {
      copy = copyWithOverlays(map, overlays);
    });
    map.triggerRepaint();
    await captured;
    return copy ?? copyWithOverlays(map, overlays);
  } finally {
    map.setPixelRatio(previous);
    framed?.leave();
  }
}
