/**
 * The map PNG for slides: the captured view (mapPng.ts) with the title, the active filters, the
 * legend, the source, the date and the attributions drawn over it. Loaded on demand, with the exports.
 */
import { letterColour } from '../theme/palette.ts';
import type { CaptureFrame } from '../state/mapSnapshots.svelte.ts';
import { EXPORT_PIXEL_RATIO } from '../map/captureMap.ts';

/** A slide: 16:9, 960 × 540 CSS pixels, so 1920 × 1080 at the export's 2×. */
export const SLIDE_SIZE = { width: 960, height: 540 } as const;

const FONT_STACK = '"Liberation Sans", Arial, "DejaVu Sans", sans-serif';

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

/** Draws the title block, legend and footer over the captured map; returns the same canvas. */
export function decorate(
  canvas: HTMLCanvasElement,
  text: SlideText,
  scale = EXPORT_PIXEL_RATIO,
): HTMLCanvasElement {
  const ctx = canvas.getContext('2d')!;
  const px = (n: number) => n * scale;
  const font = (size: number, weight = 400) => `${weight} ${px(size)}px ${FONT_STACK}`;
  /** The font size (CSS px) at which `line` fits in `room` device px: `size`, or smaller on a narrow map. */
  const fitting = (line: string, size: number, weight: number, room: number) => {
    ctx.font = font(size, weight);
    const width = ctx.measureText(line).width;
    return width <= room ? size : Math.max(size * 0.55, (size * room) / width);
  };
  const panel = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillRect(x, y, w, h);
  };
  const room = canvas.width - px(48);

  // Title and summary, top left.
  const titleSize = fitting(text.title, 20, 700, room);
  const summarySize = fitting(text.summary, 13, 400, room);
  ctx.font = font(titleSize, 700);
  const titleWidth = ctx.measureText(text.title).width;
  ctx.font = font(summarySize);
  const summaryWidth = ctx.measureText(text.summary).width;
  panel(px(12), px(12), Math.min(Math.max(titleWidth, summaryWidth), room) + px(24), px(60));
  ctx.fillStyle = '#1b2631';
  ctx.textBaseline = 'top';
  ctx.font = font(titleSize, 700);
  ctx.fillText(text.title, px(24), px(22), room);
  ctx.font = font(summarySize);
  ctx.fillText(text.summary, px(24), px(50), room);

  // Footer: source and date, then the attributions — on one line if they fit side by side, else two.
  ctx.font = font(11);
  const sourceWidth = ctx.measureText(text.source).width;
  const attributionWidth = ctx.measureText(text.attribution).width;
  const oneLine = sourceWidth + attributionWidth + px(36) <= canvas.width;
  const footer = px(oneLine ? 28 : 46);
  panel(0, canvas.height - footer, canvas.width, footer);
  ctx.fillStyle = '#3c4a57';
  ctx.textBaseline = 'middle';
  if (oneLine) {
    ctx.fillText(text.source, px(12), canvas.height - px(14));
    ctx.textAlign = 'right';
    ctx.fillText(text.attribution, canvas.width - px(12), canvas.height - px(14));
    ctx.textAlign = 'left';
  } else {
    const footerRoom = canvas.width - px(24);
    ctx.font = font(fitting(text.source, 11, 400, footerRoom));
    ctx.fillText(text.source, px(12), canvas.height - px(32), footerRoom);
    ctx.font = font(fitting(text.attribution, 11, 400, footerRoom));
    ctx.fillText(text.attribution, px(12), canvas.height - px(13), footerRoom);
  }

  // Legend, bottom right above the footer: disc with the sector letter, then the label.
  const row = 18;
  ctx.font = font(11.5);
  const labelRoom = Math.max(0, ...text.legend.map((e) => ctx.measureText(e.label).width));
  const legendWidth = Math.min(labelRoom + px(42), canvas.width - px(24));
  const legendHeight = px(row * text.legend.length + 10);
  const lx = canvas.width - legendWidth - px(12);
  const ly = canvas.height - footer - legendHeight - px(10);
  if (text.legend.length > 0) panel(lx, ly, legendWidth, legendHeight);
  text.legend.forEach((entry, i) => {
    const cy = ly + px(5 + row * i + row / 2);
    ctx.beginPath();
    ctx.arc(lx + px(15), cy, px(7.5), 0, 2 * Math.PI);
    ctx.fillStyle = entry.colour;
    ctx.fill();
    // The letter in the colour that reads on the disc (white on a light yellow would vanish).
    ctx.fillStyle = letterColour(entry.colour);
    ctx.font = font(9.5, 700);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(entry.letter, lx + px(15), cy + px(0.5));
    ctx.textAlign = 'left';
    ctx.fillStyle = '#1b2631';
    ctx.font = font(11.5);
    ctx.fillText(entry.label, lx + px(30), cy, legendWidth - px(38));
  });
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * The frame of a slide-shaped picture: what the screen shows is fitted clear of the title block (top),
 * the footer (bottom) and the legend's column (right), so no Campus ends up under what `decorate`
 * draws over the map.
 */
export function slideFrame(
  text: SlideText,
  size: { width: number; height: number } = SLIDE_SIZE,
): CaptureFrame {
  const ctx = document.createElement('canvas').getContext('2d');
  let labelRoom = 160;
  if (ctx) {
    ctx.font = `400 11.5px ${FONT_STACK}`;
    labelRoom = Math.max(0, ...text.legend.map((e) => ctx.measureText(e.label).width));
  }
  const legend = text.legend.length > 0 ? Math.min(labelRoom + 42, size.width / 2) + 12 : 0;
  // Beyond the panels, room for a mark drawn off its point (rings and marks moved apart to stay
  // readable, with their leader lines) and its disc.
  const mark = 30;
  return {
    ...size,
    padding: { top: 84 + mark, bottom: 56 + mark, left: 24 + mark, right: legend + 16 + mark },
  };
}
