/**
 * Pictures of the current map view, for the PNG export (at twice the screen resolution; the title,
 * legend and footer are drawn over it by mapSlide.ts, loaded on demand) and for printing.
 *
 * Capturing a WebGL canvas: MapLibre draws without `preserveDrawingBuffer`, so the canvas may read
 * back blank once the frame is composited. We copy it inside a `render` event — the same task as the
 * draw — after the map is idle at the export pixel ratio, so every source is drawn.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

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
 * The map drawn at `pixelRatio` into a 2D canvas of (CSS size × pixelRatio), with `overlays` (canvases
 * redrawn in the map's `render` event, at its pixel ratio) painted over it.
 */
export async function captureMap(
  map: MapLibreMap,
  pixelRatio = EXPORT_PIXEL_RATIO,
  overlays: () => readonly HTMLCanvasElement[] = () => [],
): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  map.setPixelRatio(pixelRatio);
  try {
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
  }
}

/**
 * The map as it is now, copied synchronously: `redraw()` draws a frame in this task, so the WebGL
 * drawing buffer still holds it when it is copied. For `beforeprint`, which cannot wait for `idle`.
 */
export function copyMapNow(
  map: MapLibreMap,
  overlays: () => readonly HTMLCanvasElement[] = () => [],
): HTMLCanvasElement {
  map.redraw();
  return copyWithOverlays(map, overlays);
}
