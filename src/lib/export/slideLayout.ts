/**
 * The composition of a slide (DESIGN.md, « Composition »): where mapSlide.ts draws its bands (the title
 * block top left, the legend bottom right, the footer across the foot) and where the map puts what it
 * frames, centred in the room the bands leave. Pure: sizes in, rectangles and a camera padding out, in
 * the slide's CSS pixels.
 */
import { compositeBounds, mercatorY, type Bounds } from '../geo/insets.ts';
import type { Padding } from '../map/fitPadding.ts';

/** A rectangle: its top-left corner and its size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** What the bands hold, measured in the slide's CSS pixels. */
export interface BandText {
  /** The wider of the title and the summary line. */
  titleWidth: number;
  /** The widest line of the legend's labels (wrapped, see `wrapLabel`), how many entries (0: no legend) and lines. */
  legendLabelWidth: number;
  legendRows: number;
  legendLines: number;
  /** Whether the source and the attributions share one footer line. */
  footerOneLine: boolean;
}

export interface Bands {
  title: Box;
  /** Undefined when there is nothing to explain (no Campus shown). */
  legend?: Box;
  footer: Box;
}

/** The bands' geometry: outer margin, title block height, legend row height, footer heights. */
export const BAND = {
  margin: 12,
  titleHeight: 60,
  titlePadding: 12,
  legendRow: 18,
  /** Radius of a legend entry's disc (the group's mark, theme/markLook.ts). */
  legendDisc: 7.5,
  /** Each further line of a wrapped label. */
  legendLine: 14,
  /** Where a legend label wraps: a narrow legend leaves France the middle of the slide. */
  legendLabelMax: 190,
  /** Disc, gaps and padding around a legend label. */
  legendExtra: 42,
  footerOneLine: 28,
  footerTwoLines: 46,
  /** Between the legend and the footer. */
  legendGap: 10,
} as const;

export function slideBands(size: Size, text: BandText): Bands {
  const m = BAND.margin;
  const titleRoom = size.width - 4 * m;
  const footerHeight = text.footerOneLine ? BAND.footerOneLine : BAND.footerTwoLines;
  const footer = { x: 0, y: size.height - footerHeight, width: size.width, height: footerHeight };
  const title = {
    x: m,
    y: m,
    width: Math.min(text.titleWidth, titleRoom) + 2 * BAND.titlePadding,
    height: BAND.titleHeight,
  };
  if (text.legendRows === 0) return { title, footer };
  const legendWidth = Math.min(text.legendLabelWidth + BAND.legendExtra, size.width - 2 * m);
  const legendHeight =
    BAND.legendRow * text.legendRows + BAND.legendLine * (text.legendLines - text.legendRows) + 10;
  const legend = {
    x: size.width - legendWidth - m,
    y: footer.y - legendHeight - BAND.legendGap,
    width: legendWidth,
    height: legendHeight,
  };
  return { title, legend, footer };
}

/** How a framing is placed: where its box lands and the camera padding that puts it there. */
export interface Composition {
  /** Where the framed bounds land (without `around`). */
  box: Box;
  /** The padding for `cameraForBounds` that fits the bounds in `box`. */
  padding: Padding;
}

export interface ComposeOptions {
  /** Room kept around what is framed, beyond its bounds (marks drawn around their points). */
  around: number;
  /** Clear space between a band and the framing (its `around` included). */
  gap: number;
  /** How far from the slide's middle the framing may move to miss the legend, as a share of the width. */
  maxShift: number;
}

export const COMPOSE_DEFAULTS: ComposeOptions = { around: 16, gap: 8, maxShift: 0.1 };

/** Width over height of a lon/lat box as the Web-Mercator map draws it. */
export function mercatorAspect([west, south, east, north]: Bounds): number {
  return (east - west) / Math.max(1e-9, mercatorY(north) - mercatorY(south));
}

/**
 * Places a framing of aspect `aspect` (width / height on screen) as large as the room allows, clear of
 * every band: below the title, above the footer, and either above the legend or left of it. Centred
 * across the slide when it can be; moved left (by at most `maxShift` of the width) when that lets it be
 * larger than fitting above the legend would.
 */
export function composeSlide(
  size: Size,
  bands: Bands,
  aspect: number,
  options: ComposeOptions = COMPOSE_DEFAULTS,
): Composition {
  const pad = options.around + options.gap;
  const top = bands.title.y + bands.title.height + pad;
  const bottom = bands.footer.y - pad;
  const left = pad;
  const right = size.width - left;
  const middle = size.width / 2;
  /** The largest height of a box `aspect` wide per unit of height, within a room of this size. */
  const fit = (width: number, height: number) => Math.max(0, Math.min(height, width / aspect));

  // Each way of placing it: [height, centre x, top y].
  const ways: [number, number, number][] = [];
  const full = fit(right - left, bottom - top);
  const legend = bands.legend;
  if (!legend) {
    ways.push([full, middle, (top + bottom - full) / 2]);
  } else {
    // Above the legend, centred across the slide.
    const aboveBottom = legend.y - pad;
    const above = fit(right - left, aboveBottom - top);
    ways.push([above, middle, (top + aboveBottom - above) / 2]);
    // Left of the legend, centred if it fits so, else moved left (not beyond `lowest`).
    const roomRight = legend.x - pad;
    const lowest = middle - options.maxShift * size.width;
    const widest = Math.min(2 * (roomRight - lowest), roomRight - left, right - left);
    const beside = fit(widest, bottom - top);
    ways.push([beside, Math.min(middle, roomRight - (beside * aspect) / 2), (top + bottom - beside) / 2]);
  }
  const [height, centre, y] = ways.reduce((best, way) => (way[0] > best[0] ? way : best));
  const width = height * aspect;
  const box = { x: centre - width / 2, y, width, height };
  return {
    box,
    padding: {
      top: box.y,
      left: box.x,
      bottom: size.height - box.y - box.height,
      right: size.width - box.x - box.width,
    },
  };
}

/** The share of France's extent that the Campus shown must span for a slide to frame all of France. */
const NATIONAL_SPAN = 0.5;

/**
 * What a slide frames: the Campus shown (`framed`, see framingBounds.ts), or all of France (mainland,
 * Corse and the overseas insets) when they spread over half of it either way, or when none is shown.
 */
export function slideBounds(framed: Bounds | undefined): Bounds {
  const france = compositeBounds();
  if (!framed) return france;
  const spread =
    framed[2] - framed[0] >= NATIONAL_SPAN * (france[2] - france[0]) ||
    framed[3] - framed[1] >= NATIONAL_SPAN * (france[3] - france[1]);
  if (!spread) return framed;
  return [
    Math.min(framed[0], france[0]),
    Math.min(framed[1], france[1]),
    Math.max(framed[2], france[2]),
    Math.max(framed[3], france[3]),
  ];
}

/** A label's lines, broken between words so that each is at most `max` wide (a lone long word overflows). */
export function wrapLabel(label: string, max: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && width(longer) > max) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}
