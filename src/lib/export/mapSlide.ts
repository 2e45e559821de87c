/**
 * The map PNG for slides: the captured view (map/captureMap.ts) with the title, the active filters, the
 * legend, the source, the date and the attributions drawn over it. Loaded on demand, with the exports.
 */
import type { SectorId } from '../model/types.ts';
import { MARK, campusShapes, paintShapes } from '../theme/markLook.ts';
import type { CaptureFrame } from '../state/mapSnapshots.svelte.ts';
import { EXPORT_PIXEL_RATIO } from '../map/captureMap.ts';
import type { Bounds } from '../geo/insets.ts';
import { BAND, composeSlide, mercatorAspect, slideBands, wrapLabel, type BandText } from './slideLayout.ts';

/** A slide: 16:9, 960 × 540 CSS pixels, so 1920 × 1080 at the export's 2×. */
const SLIDE_SIZE = { width: 960, height: 540 } as const;

const FONT_STACK = '"Liberation Sans", Arial, "DejaVu Sans", sans-serif';

export interface LegendEntry {
  /** Its sector group: the legend draws the group's mark (theme/markLook.ts). */
  sector: SectorId;
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

/** The fonts of the bands (CSS px), and the size at which a line fits its room (smaller on a narrow map). */
const FONTS = { title: [20, 700], summary: [13, 400], footer: [11, 400], legend: [11.5, 400] } as const;

function fontOf(size: number, weight: number, scale: number): string {
  return `${weight} ${size * scale}px ${FONT_STACK}`;
}

function fittingSize(
  ctx: CanvasRenderingContext2D,
  line: string,
  [size, weight]: readonly [number, number],
  room: number,
  scale: number,
): number {
  ctx.font = fontOf(size, weight, scale);
  const width = ctx.measureText(line).width;
  return width <= room ? size : Math.max(size * 0.55, (size * room) / width);
}

/** Each legend label's lines, wrapped at the legend's width. */
function legendLines(ctx: CanvasRenderingContext2D, text: SlideText, scale: number): string[][] {
  ctx.font = fontOf(FONTS.legend[0], FONTS.legend[1], scale);
  return text.legend.map((e) =>
    wrapLabel(e.label, BAND.legendLabelMax, (line) => ctx.measureText(line).width / scale),
  );
}

/** What the bands hold, measured with `ctx` at `scale`, in the slide's CSS pixels. */
function measureBands(
  ctx: CanvasRenderingContext2D,
  text: SlideText,
  width: number,
  scale: number,
): BandText {
  const room = (width - 4 * BAND.margin) * scale;
  const measure = (line: string, font: readonly [number, number], fitted = false) => {
    const size = fitted ? fittingSize(ctx, line, font, room, scale) : font[0];
    ctx.font = fontOf(size, font[1], scale);
    return ctx.measureText(line).width / scale;
  };
  const labels = legendLines(ctx, text, scale);
  return {
    titleWidth: Math.max(measure(text.title, FONTS.title, true), measure(text.summary, FONTS.summary, true)),
    legendLabelWidth: Math.max(0, ...labels.flat().map((line) => measure(line, FONTS.legend))),
    legendRows: text.legend.length,
    legendLines: labels.flat().length,
    footerOneLine: measure(text.source, FONTS.footer) + measure(text.attribution, FONTS.footer) + 36 <= width,
  };
}

/** Draws the title block, legend and footer over the captured map; returns the same canvas. */
export function decorate(
  canvas: HTMLCanvasElement,
  text: SlideText,
  scale = EXPORT_PIXEL_RATIO,
): HTMLCanvasElement {
  const ctx = canvas.getContext('2d')!;
  const px = (n: number) => n * scale;
  const size = { width: canvas.width / scale, height: canvas.height / scale };
  const bands = slideBands(size, measureBands(ctx, text, size.width, scale));
  const font = (size: number, weight = 400) => fontOf(size, weight, scale);
  const fitting = (line: string, font: readonly [number, number], room: number) =>
    fittingSize(ctx, line, font, room, scale);
  const panel = ({ x, y, width, height }: { x: number; y: number; width: number; height: number }) => {
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillRect(px(x), px(y), px(width), px(height));
  };
  const room = px(size.width - 4 * BAND.margin);

  // Title and summary, top left.
  const titleSize = fitting(text.title, FONTS.title, room);
  const summarySize = fitting(text.summary, FONTS.summary, room);
  panel(bands.title);
  ctx.fillStyle = '#1b2631';
  ctx.textBaseline = 'top';
  ctx.font = font(titleSize, 700);
  ctx.fillText(text.title, px(24), px(22), room);
  ctx.font = font(summarySize);
  ctx.fillText(text.summary, px(24), px(50), room);

  // Footer: source and date, then the attributions — on one line if they fit side by side, else two.
  const { footer } = bands;
  panel(footer);
  ctx.font = font(11);
  ctx.fillStyle = '#3c4a57';
  ctx.textBaseline = 'middle';
  if (footer.height === BAND.footerOneLine) {
    ctx.fillText(text.source, px(12), canvas.height - px(14));
    ctx.textAlign = 'right';
    ctx.fillText(text.attribution, canvas.width - px(12), canvas.height - px(14));
    ctx.textAlign = 'left';
  } else {
    const footerRoom = canvas.width - px(24);
    ctx.font = font(fitting(text.source, FONTS.footer, footerRoom));
    ctx.fillText(text.source, px(12), canvas.height - px(32), footerRoom);
    ctx.font = font(fitting(text.attribution, FONTS.footer, footerRoom));
    ctx.fillText(text.attribution, px(12), canvas.height - px(13), footerRoom);
  }

  // Legend, bottom right above the footer: the group's mark as the map draws it, then the label.
  const { legend } = bands;
  if (!legend) return canvas;
  panel(legend);
  const [lx, ly] = [px(legend.x), px(legend.y)];
  const labels = legendLines(ctx, text, scale);
  let top = ly + px(5);
  text.legend.forEach((entry, i) => {
    const cy = top + px(BAND.legendRow / 2);
    paintShapes(
      ctx,
      campusShapes(entry.sector, 'labellise'),
      lx + px(15),
      cy,
      px(BAND.legendDisc / MARK.radius),
    );
    ctx.textAlign = 'left';
    ctx.fillStyle = '#1b2631';
    ctx.font = font(FONTS.legend[0]);
    const lines = labels[i] ?? [];
    lines.forEach((line, k) =>
      ctx.fillText(line, lx + px(30), cy + px(BAND.legendLine * k), px(legend.width - 38)),
    );
    top += px(BAND.legendRow + BAND.legendLine * (lines.length - 1));
  });
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * The frame of a slide-shaped picture: `bounds` (see slideLayout.ts's `slideBounds`) as large as the room
 * the title, legend and footer leave allows, centred across the slide, clear of every band.
 */
export function slideFrame(
  text: SlideText,
  bounds: Bounds,
  size: { width: number; height: number } = SLIDE_SIZE,
): CaptureFrame {
  const ctx = document.createElement('canvas').getContext('2d');
  const measured: BandText = ctx
    ? measureBands(ctx, text, size.width, 1)
    : {
        titleWidth: size.width,
        legendLabelWidth: BAND.legendLabelMax,
        legendRows: text.legend.length,
        legendLines: 2 * text.legend.length,
        footerOneLine: false,
      };
  const { padding } = composeSlide(size, slideBands(size, measured), mercatorAspect(bounds));
  return { ...size, padding, bounds };
}
