/**
 * The look of a Campus mark, stated once: the map's canvas (map/campus/campusIcons.ts, markImages.ts),
 * the SVG map, the printed page and the decks (MarkGlyph.svelte, `markSvg`) and the legend's badges
 * (SectorBadge.svelte) all draw from here, so a change of size, ring or dash is made in one place.
 *
 * Everything is in « symbol units »: a Campus symbol sits in a box `MARK.box` units wide, centred on
 * (0, 0); a renderer scales the units to its pixels (the canvas by its sprites' resolution, the SVG by
 * the symbol size the placement gives).
 *
 * - a labelled Campus is a disc in its sector's colour with the sector's letter;
 * - a Campus « en projet » is a white disc in a thick ring of that colour, so status never rests on
 *   colour alone (its letter dark, or in the sector's colour when the colour is dark);
 * - a white rim, then a thin dark edge, around both, so light colours stand out on the pale land;
 * - an approximate position is a dashed ring around the symbol, dark on a white rim;
 * - the hub of Campus spread around one commune, and an aggregate's ring of sector shares.
 */
import type { CampusStatus, SectorId } from '../model/types.ts';
import { COLOURS, SECTOR_COLOURS, SECTOR_LETTERS, letterColour } from './palette.ts';

/** The fonts of the marks' letters and counts (those the offline app ships first). */
export const MARK_FONT = '"Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif';

const EDGE = 'rgba(27, 38, 49, 0.55)';

/** The marks' sizes, in symbol units. */
export const MARK = {
  /** Side of a symbol's box. */
  box: 24,
  /** Radius of the disc. */
  radius: 10,
  /** Width of a project's ring, drawn inside the disc. */
  projectRing: 3.5,
  /** The white rim: its width, and how far its middle lies outside the disc. */
  rim: { width: 1.5, offset: 0.5 },
  /** The thin dark edge outside the rim. */
  edge: { width: 0.6, offset: 1.5, colour: EDGE },
  /** The letter: its size and how far below the centre its middle sits. */
  letter: { size: 12.5, dy: 0.8 },
} as const;

/** The dashed ring of an approximate position. */
export const APPROXIMATE = {
  /** Side of its box. */
  box: 34,
  radius: 15,
  width: 1.6,
  /** Dash, then gap. */
  dash: [3, 2.2],
  /** The white under the dashes. */
  underWidth: 3.2,
} as const;

/** The hub of a ring of Campus of one commune: a dark dot on a white one, a faint circle, spokes. */
export const HUB = {
  radius: 2.6,
  rimRadius: 4,
  spoke: { width: 1.4, colour: 'rgba(27, 38, 49, 0.7)' },
  circle: { width: 1, colour: 'rgba(27, 38, 49, 0.35)' },
} as const;

/** An aggregate: a ring of sector shares around a white disc that holds the count. */
export const AGGREGATE = {
  /** The white behind the ring, beyond its radius. */
  rim: 1.5,
  /** The white disc inside, as a share of the radius. */
  inner: 0.6,
  edge: { width: 0.6, offset: 1.2, colour: EDGE },
  /** Size of the count (before the type scale). */
  textSize: 12.5,
} as const;

/** The ring around a hovered or selected Campus. */
export const HALO = {
  hover: { radius: 15, width: 2 },
  selected: { radius: 16.5, width: 3 },
  colour: COLOURS.selected,
} as const;

/** One drawn part of a mark: a circle (filled, stroked or both) or a letter, centred on (0, 0). */
export type MarkShape =
  | {
      kind: 'circle';
      r: number;
      fill?: string;
      stroke?: string;
      width?: number;
      dash?: readonly number[];
    }
  | { kind: 'letter'; text: string; size: number; dy: number; fill: string };

/** The colour of a symbol's letter: readable on the disc, or on the white of a project. */
export function markLetterColour(sector: SectorId, status: CampusStatus): string {
  const colour = SECTOR_COLOURS[sector];
  const onColour = letterColour(colour);
  if (status !== 'projet') return onColour;
  return onColour === '#ffffff' ? colour : COLOURS.ink;
}

/** A Campus symbol, from the bottom up. */
export function campusShapes(sector: SectorId, status: CampusStatus): MarkShape[] {
  const colour = SECTOR_COLOURS[sector];
  const r = MARK.radius;
  const project = status === 'projet';
  return [
    { kind: 'circle', r, fill: project ? '#ffffff' : colour },
    ...(project
      ? [
          {
            kind: 'circle',
            r: r - MARK.projectRing / 2,
            stroke: colour,
            width: MARK.projectRing,
          } as const,
        ]
      : []),
    { kind: 'circle', r: r + MARK.rim.offset, stroke: '#ffffff', width: MARK.rim.width },
    { kind: 'circle', r: r + MARK.edge.offset, stroke: MARK.edge.colour, width: MARK.edge.width },
    {
      kind: 'letter',
      text: SECTOR_LETTERS[sector],
      size: MARK.letter.size,
      dy: MARK.letter.dy,
      fill: markLetterColour(sector, status),
    },
  ];
}

/** The dashed ring of an approximate position, drawn under the symbol. */
export const APPROXIMATE_SHAPES: readonly MarkShape[] = [
  { kind: 'circle', r: APPROXIMATE.radius, stroke: '#ffffff', width: APPROXIMATE.underWidth },
  {
    kind: 'circle',
    r: APPROXIMATE.radius,
    stroke: COLOURS.ink,
    width: APPROXIMATE.width,
    dash: APPROXIMATE.dash,
  },
];

/** How far a mark's shapes reach from its centre (their outermost stroke's outer edge). */
export function shapesExtent(shapes: readonly MarkShape[]): number {
  let extent = 0;
  for (const s of shapes) {
    if (s.kind === 'circle') extent = Math.max(extent, s.r + (s.stroke ? (s.width ?? 1) / 2 : 0));
  }
  return extent;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The shapes as SVG elements, `scale` pixels per symbol unit, centred on (0, 0) (for the decks). */
export function markSvg(shapes: readonly MarkShape[], scale: number): string {
  return shapes
    .map((s) =>
      s.kind === 'circle'
        ? `<circle r="${num(s.r * scale)}" fill="${s.fill ?? 'none'}"${
            s.stroke ? ` stroke="${s.stroke}" stroke-width="${num((s.width ?? 1) * scale)}"` : ''
          }${s.dash ? ` stroke-dasharray="${s.dash.map((d) => num(d * scale)).join(' ')}"` : ''}/>`
        : `<text text-anchor="middle" dominant-baseline="central" y="${num(s.dy * scale)}" font-family="${MARK_FONT.replaceAll('"', "'")}" font-weight="700" font-size="${num(s.size * scale)}" fill="${s.fill}">${s.text}</text>`,
    )
    .join('');
}

/** Draws the shapes on a 2D canvas, centred on (`cx`, `cy`), `scale` pixels per symbol unit. */
export function paintShapes(
  ctx: CanvasRenderingContext2D,
  shapes: readonly MarkShape[],
  cx: number,
  cy: number,
  scale: number,
): void {
  for (const s of shapes) {
    if (s.kind === 'letter') {
      ctx.fillStyle = s.fill;
      ctx.font = `bold ${s.size * scale}px ${MARK_FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(s.text, cx, cy + s.dy * scale);
      continue;
    }
    if (s.fill) {
      ctx.fillStyle = s.fill;
      ctx.beginPath();
      ctx.arc(cx, cy, s.r * scale, 0, 2 * Math.PI);
      ctx.fill();
    }
    if (s.stroke) {
      ctx.lineWidth = (s.width ?? 1) * scale;
      ctx.strokeStyle = s.stroke;
      ctx.setLineDash(s.dash ? s.dash.map((d) => d * scale) : []);
      ctx.beginPath();
      ctx.arc(cx, cy, s.r * scale, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }
}
