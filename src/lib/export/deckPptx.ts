/**
 * The deck of a tour as a PowerPoint file (.pptx, 16:9), with pptxgenjs. This module and pptxgenjs (with
 * jszip) are a chunk of their own, loaded when a deck is asked for (deckRun.svelte.ts; vite.config.ts's
 * 'pptx' group keeps them out of the vendor chunk the start loads).
 *
 * Each step slide: the kicker, title, text and source line as text boxes in the left 40 % (editable in
 * PowerPoint), the step's map as a picture in the right 60 % (deckMap.ts: the SVG map framed on the step,
 * rasterised at 2× through an Image from a Blob URL — the strict CSP allows img-src blob:), and the
 * speaker notes. The title and closing slides are text only.
 */
import PptxGenJS from 'pptxgenjs';
import type { Geography } from '../data/geography.ts';
import type { CampusFeature, SectorId } from '../model/types.ts';
import { EXPORT_PIXEL_RATIO } from '../map/captureMap.ts';
import type { Deck, StepSlide } from './deckModel.ts';
import { DECK_MAP, stepMap } from './deckMap.ts';
import { svgToCanvas } from './chartExport.ts';
import { slideLegend } from './slideLegend.ts';

/** The slide in inches (PowerPoint's 16:9), and its 960 × 540 CSS pixels. */
const W = 13.333;
const H = 7.5;
const IN_PER_PX = W / 960;
const FONT = 'Liberation Sans';
const INK = '1B2631';
const MUTED = '4D5864';
const ACCENT = '1F4E8C';

export interface DeckMapData {
  geography: Geography;
  shown: readonly CampusFeature[];
  sectorLabel(id: SectorId): string;
  attribution: string;
}

export interface DeckProgress {
  /** Called before each slide is made (1-based) out of the deck's total. */
  onSlide?(n: number, total: number): void;
  signal?: AbortSignal;
}

function cancelled(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
}

/** Lets the page paint the progress between slides (a rasterised map takes a few ms). */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function titleSlide(pptx: PptxGenJS, deck: Deck) {
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', { x: 0, y: 0, w: 0.25, h: H, fill: { color: ACCENT } });
  slide.addText(deck.title.title, {
    x: 0.9,
    y: 1.6,
    w: W - 1.8,
    h: 2,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
    color: INK,
    valign: 'bottom',
    fit: 'shrink',
  });
  slide.addText(
    deck.title.lines.map((text) => ({ text, options: { breakLine: true } })),
    {
      x: 0.9,
      y: 3.9,
      w: W - 1.8,
      h: 2.2,
      fontFace: FONT,
      fontSize: 18,
      color: MUTED,
      valign: 'top',
      paraSpaceAfter: 8,
      fit: 'shrink',
    },
  );
}

function closingSlide(pptx: PptxGenJS, deck: Deck) {
  const slide = pptx.addSlide();
  slide.addShape('rect', { x: 0, y: 0, w: 0.25, h: H, fill: { color: ACCENT } });
  slide.addText(deck.closing.title, {
    x: 0.9,
    y: 0.6,
    w: W - 1.8,
    h: 0.9,
    fontFace: FONT,
    fontSize: 30,
    bold: true,
    color: INK,
  });
  slide.addText(
    deck.closing.lines.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    {
      x: 0.9,
      y: 1.7,
      w: W - 1.8,
      h: 5,
      fontFace: FONT,
      fontSize: 16,
      color: INK,
      valign: 'top',
      paraSpaceAfter: 10,
      fit: 'shrink',
    },
  );
}

async function stepSlide(pptx: PptxGenJS, step: StepSlide, map: DeckMapData) {
  const slide = pptx.addSlide();
  const left = 0.4;
  const column = (960 - DECK_MAP.width) * IN_PER_PX - 2 * left;
  slide.addText(step.kicker, {
    x: left,
    y: 0.35,
    w: column,
    h: 0.55,
    fontFace: FONT,
    fontSize: 12,
    bold: true,
    color: ACCENT,
    valign: 'top',
    fit: 'shrink',
  });
  slide.addText(step.title, {
    x: left,
    y: 0.9,
    w: column,
    h: 1.5,
    fontFace: FONT,
    fontSize: 22,
    bold: true,
    color: INK,
    valign: 'top',
    fit: 'shrink',
  });
  slide.addText(
    step.body.map((text) => ({ text, options: { breakLine: true } })),
    {
      x: left,
      y: 2.45,
      w: column,
      h: 4.0,
      fontFace: FONT,
      fontSize: 13,
      color: INK,
      valign: 'top',
      paraSpaceAfter: 6,
      fit: 'shrink',
    },
  );
  slide.addText(step.source, {
    x: left,
    y: 6.55,
    w: column,
    h: 0.7,
    fontFace: FONT,
    fontSize: 9,
    color: MUTED,
    valign: 'bottom',
    fit: 'shrink',
  });
  const ids = new Set(step.spotlight.campus);
  const { svg } = stepMap({
    geography: map.geography,
    shown: map.shown,
    spotlight: step.spotlight,
    legend: slideLegend(
      map.shown.filter((f) => ids.has(f.id)),
      map.sectorLabel,
    ),
    attribution: map.attribution,
  });
  const data = (await svgToCanvas(svg, DECK_MAP.width, DECK_MAP.height, EXPORT_PIXEL_RATIO)).toDataURL(
    'image/png',
  );
  slide.addImage({
    data,
    x: W - DECK_MAP.width * IN_PER_PX,
    y: 0,
    w: DECK_MAP.width * IN_PER_PX,
    h: H,
    altText: step.title,
  });
  slide.addNotes(step.notes.join('\n'));
}

/** The deck as a .pptx Blob; `progress.onSlide` is told of each slide, `progress.signal` stops it. */
export async function deckToPptx(deck: Deck, map: DeckMapData, progress: DeckProgress = {}): Promise<Blob> {
  const { onSlide, signal } = progress;
  const total = deck.steps.length + 2;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title.title;
  pptx.company = '';
  onSlide?.(1, total);
  titleSlide(pptx, deck);
  for (const [i, step] of deck.steps.entries()) {
    cancelled(signal);
    onSlide?.(i + 2, total);
    await nextFrame();
    await stepSlide(pptx, step, map);
  }
  cancelled(signal);
  onSlide?.(total, total);
  closingSlide(pptx, deck);
  const blob = (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
  cancelled(signal);
  return blob;
}
