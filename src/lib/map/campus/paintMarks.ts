/**
 * Draws one frame of the Campus overlay on a 2D canvas: leader lines, ring hubs, aggregates with their
 * count, approximate rings, halos, Campus symbols, town names. The images are those MapLibre drew
 * before (campusIcons.ts, markImages.ts), made once each and kept as canvases.
 */
import { CAMPUS_STATUSES, SECTOR_IDS, type CampusStatus, type SectorId } from '../../model/types.ts';
import { APPROXIMATE_RING_SIZE, drawApproximateRing, drawCampusIcon } from './campusIcons.ts';
import type { ScreenMarks } from './markScreen.ts';
import { MAX_SPREAD } from './placement.ts';
import {
  aggregateImageId,
  drawAggregate,
  drawHalo,
  drawSpread,
  parseAggregateImageId,
} from './markImages.ts';
import { COLOURS } from '../../theme/palette.ts';
import type { TownLabel } from './townLabels.ts';

/** Opacity of a mark that holds nothing highlighted. */
export const FADED_OPACITY = 0.28;
/** Text sizes before the type scale (CSS px). */
export const AGGREGATE_TEXT_SIZE = 12.5;
export const TOWN_TEXT_SIZE = 11.5;
export const FONT_STACK = '"Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif';

/** The images made so far, by id and resolution (device pixels per symbol unit). */
const sprites = new Map<string, HTMLCanvasElement | null>();

function sprite(
  id: string,
  ratio: number,
  make: (ratio: number) => HTMLCanvasElement | undefined,
): HTMLCanvasElement | null {
  const key = `${id}@${ratio}`;
  let found = sprites.get(key);
  if (found === undefined) {
    found = make(ratio) ?? null;
    sprites.set(key, found);
  }
  return found;
}

/** The images' resolution below which none is drawn: what they had before the pixel ratio counted. */
const MIN_SPRITE_RATIO = 2;
/** And above which none is drawn (a poster-sized export would otherwise make huge images). */
const MAX_SPRITE_RATIO = 8;

/**
 * Device pixels per symbol unit the images need to stay sharp on a canvas of `pixelRatio` device
 * pixels per CSS pixel with symbols `scale` CSS pixels per unit: a whole number, so a few sizes only
 * are ever made (a 3× phone: 3 or 4; an export at 2×: 2 or 3).
 */
export function spriteRatio(pixelRatio: number, scale: number): number {
  const wanted = Math.ceil(pixelRatio * scale - 1e-6);
  return Math.min(MAX_SPRITE_RATIO, Math.max(MIN_SPRITE_RATIO, Number.isFinite(wanted) ? wanted : 0));
}

const campusSprite = (sector: string, status: string, ratio: number) =>
  SECTOR_IDS.includes(sector as SectorId)
    ? sprite(`campus-${sector}-${status}`, ratio, (r) =>
        drawCampusIcon(sector as SectorId, status as CampusStatus, r),
      )
    : null;

/**
 * Makes the 22 Campus symbols, the approximate ring, the rings' hubs and the halos now at `ratio`
 * (~30 ms with software rendering), so the first filter or hover that needs one does not pay for it.
 */
export function prewarmSprites(ratio = MIN_SPRITE_RATIO): void {
  for (const sector of SECTOR_IDS) for (const status of CAMPUS_STATUSES) campusSprite(sector, status, ratio);
  sprite('approximate', ratio, drawApproximateRing);
  for (let n = 2; n <= MAX_SPREAD; n++) sprite(`spread-${n}`, ratio, (r) => drawSpread(n, r));
  for (const halo of ['hover', 'selected'] as const)
    sprite(`halo-${halo}`, ratio, (r) => drawHalo(halo === 'selected', r));
}

/** The image id of an aggregate's make-up, worked out once per aggregate of a placement. */
const aggregateIds = new WeakMap<ReadonlyMap<string, number>, string>();

function aggregateSprite(radius: number, bySector: ReadonlyMap<string, number>, ratio: number) {
  let id = aggregateIds.get(bySector);
  if (id === undefined) {
    id = aggregateImageId(radius, bySector);
    aggregateIds.set(bySector, id);
  }
  const parsed = parseAggregateImageId(id);
  return parsed ? sprite(id, ratio, (r) => drawAggregate(parsed.radius, parsed.slots, r)) : null;
}

/** Sides in symbol units of the images, as campusIcons.ts and markImages.ts draw them. */
const HALO_SIDE = { hover: 2 * 15 + 6, selected: 2 * 16.5 + 6 } as const;

export function measureText(ctx: CanvasRenderingContext2D, font: string) {
  const widths = new Map<string, number>();
  return (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      ctx.font = font;
      width = ctx.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}

export const townFont = (typeScale: number) => `${TOWN_TEXT_SIZE * typeScale}px ${FONT_STACK}`;

/**
 * Draws `marks` and `labels` on `ctx` (already scaled to CSS pixels), its canvas `pixelRatio` device
 * pixels per CSS pixel (the images are made at the resolution that needs).
 */
export function paintMarks(
  ctx: CanvasRenderingContext2D,
  marks: ScreenMarks,
  labels: readonly TownLabel[],
  typeScale: number,
  pixelRatio = 1,
): void {
  const { scale } = marks;
  const ratio = spriteRatio(pixelRatio, scale);
  const alpha = (faded: boolean) => (ctx.globalAlpha = faded ? FADED_OPACITY : 1);
  const image = (img: HTMLCanvasElement | null, x: number, y: number, side: number) => {
    if (img) ctx.drawImage(img, x - side / 2, y - side / 2, side, side);
  };

  ctx.globalAlpha = 0.55;
  ctx.strokeStyle = COLOURS.ink;
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  for (const [x1, y1, x2, y2] of marks.leaders) {
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  ctx.stroke();

  for (const hub of marks.hubs) {
    alpha(hub.faded);
    image(
      sprite(`spread-${hub.n}`, ratio, (r) => drawSpread(hub.n, r)),
      hub.x,
      hub.y,
      hub.size,
    );
  }

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `bold ${AGGREGATE_TEXT_SIZE * typeScale}px ${FONT_STACK}`;
  for (const aggregate of marks.aggregates) {
    alpha(aggregate.faded);
    image(
      aggregateSprite(aggregate.radius, aggregate.bySector, ratio),
      aggregate.x,
      aggregate.y,
      aggregate.size,
    );
    ctx.fillStyle = COLOURS.ink;
    ctx.fillText(String(aggregate.count), aggregate.x, aggregate.y + 0.5);
  }

  const ring = sprite('approximate', ratio, drawApproximateRing);
  const ringSide = APPROXIMATE_RING_SIZE * scale;
  for (const c of marks.campus) {
    if (!c.approximate) continue;
    alpha(c.faded);
    image(ring, c.x, c.y, ringSide);
  }
  ctx.globalAlpha = 1;
  for (const c of marks.campus) {
    if (!c.halo) continue;
    image(
      sprite(`halo-${c.halo}`, ratio, (r) => drawHalo(c.halo === 'selected', r)),
      c.x,
      c.y,
      HALO_SIDE[c.halo] * scale,
    );
  }
  for (const c of marks.campus) {
    alpha(c.faded);
    image(campusSprite(c.sector, c.status, ratio), c.x, c.y, c.size);
  }

  ctx.globalAlpha = 1;
  ctx.font = townFont(typeScale);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 2.8;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = COLOURS.ink;
  for (const label of labels) {
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillText(label.text, label.x, label.y);
  }
}
