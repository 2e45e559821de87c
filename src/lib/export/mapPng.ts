/**
 * A PNG of the current map view for slides, at twice the screen resolution, with the title, the
 * active filters, the legend, the source, the date and the attributions drawn over it.
 *
 * Capturing a WebGL canvas: MapLibre draws without `preserveDrawingBuffer`, so the canvas may read
 * back blank once the frame is composited. We copy it inside a `render` event — the same task as the
 * draw — after the map is idle at the export pixel ratio, so every source is drawn.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface LegendEntry {
  label: string;
  colour: string;
  letter: string;
}

export interface SlideText {
  title: string;
  /** One line: count and active filters. */
  summary: string;
  legend: LegendEntry[];
  /** Source and date, e.g. « Source : Livret des bonnes pratiques · 29/11/2026 ». */
  source: string;
  attribution: string;
}

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

/** The map drawn at `pixelRatio` into a 2D canvas of (CSS size × pixelRatio). */
export async function captureMap(
  map: MapLibreMap,
  pixelRatio = EXPORT_PIXEL_RATIO,
): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  map.setPixelRatio(pixelRatio);
  try {
    await once(map, 'idle', 5000);
    const copy = document.createElement('canvas');
    const captured = once(map, 'render', 5000).then(() => {
      const source = map.getCanvas();
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
    });
    map.triggerRepaint();
    await captured;
    return copy;
  } finally {
    map.setPixelRatio(previous);
  }
}

/** Draws the title block, legend and footer over the captured map; returns the same canvas. */
export function decorate(
  canvas: HTMLCanvasElement,
  text: SlideText,
  scale = EXPORT_PIXEL_RATIO,
): HTMLCanvasElement {
  const ctx = canvas.getContext('2d')!;
  const px = (n: number) => n * scale;
  const font = (size: number, weight = 400) =>
    `${weight} ${px(size)}px "Liberation Sans", Arial, "DejaVu Sans", sans-serif`;
  const panel = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillRect(x, y, w, h);
  };

  // Title and summary, top left.
  ctx.font = font(20, 700);
  const titleWidth = ctx.measureText(text.title).width;
  ctx.font = font(13);
  const summaryWidth = ctx.measureText(text.summary).width;
  panel(px(12), px(12), Math.max(titleWidth, summaryWidth) + px(24), px(60));
  ctx.fillStyle = '#1b2631';
  ctx.textBaseline = 'top';
  ctx.font = font(20, 700);
  ctx.fillText(text.title, px(24), px(22));
  ctx.font = font(13);
  ctx.fillText(text.summary, px(24), px(50));

  // Legend, bottom right: disc with the sector letter, then the label.
  const row = 20;
  ctx.font = font(12);
  const legendWidth = Math.max(0, ...text.legend.map((e) => ctx.measureText(e.label).width)) + px(44);
  const legendHeight = px(row * text.legend.length + 12);
  const lx = canvas.width - legendWidth - px(12);
  const ly = canvas.height - legendHeight - px(40);
  if (text.legend.length > 0) panel(lx, ly, legendWidth, legendHeight);
  text.legend.forEach((entry, i) => {
    const cy = ly + px(6 + row * i + row / 2);
    ctx.beginPath();
    ctx.arc(lx + px(16), cy, px(8), 0, 2 * Math.PI);
    ctx.fillStyle = entry.colour;
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.font = font(10, 700);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(entry.letter, lx + px(16), cy + px(0.5));
    ctx.textAlign = 'left';
    ctx.fillStyle = '#1b2631';
    ctx.font = font(12);
    ctx.fillText(entry.label, lx + px(32), cy);
  });

  // Footer: source and date on the left, attributions on the right.
  panel(0, canvas.height - px(28), canvas.width, px(28));
  ctx.fillStyle = '#3c4a57';
  ctx.font = font(11);
  ctx.textBaseline = 'middle';
  ctx.fillText(text.source, px(12), canvas.height - px(14));
  ctx.textAlign = 'right';
  ctx.fillText(text.attribution, canvas.width - px(12), canvas.height - px(14));
  ctx.textAlign = 'left';
  return canvas;
}

export async function mapToPng(map: MapLibreMap, text: SlideText): Promise<Blob> {
  const canvas = decorate(await captureMap(map), text);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Offers a Blob as a file download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
