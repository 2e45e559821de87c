/**
 * Draws one frame of the Campus overlay on a 2D canvas: leader lines, ring hubs, aggregates with their
 * count, approximate rings, halos, Campus symbols, town names. The images are those MapLibre drew
 * before (campusIcons.ts, markImages.ts, their look from theme/markLook.ts), made once each and kept as canvases.
 */
import { CAMPUS_STATUSES, SECTOR_IDS, type CampusStatus, type SectorId } from '../../model/types.ts';
import { drawApproximateRing, drawCampusIcon } from './campusIcons.ts';
import type { ScreenMarks } from './markScreen.ts';
import { MAX_SPREAD } from './ringSpread.ts';
import { aggregateSlots, drawAggregate, drawHalo, drawSpread, haloSide } from './markImages.ts';
import { COLOURS } from '../../theme/palette.ts';
import { AGGREGATE, APPROXIMATE, MARK_FONT } from '../../theme/markLook.ts';
import type { TownLabel } from './townLabels.ts';

/** Opacity of a mark that holds nothing highlighted. */
export const FADED_OPACITY = 0.28;
/** Size of the town names before the type scale (CSS px). */
const TOWN_TEXT_SIZE = 11.5;

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

/** An aggregate's shares in 24ths, worked out once per aggregate of a placement. */
const aggregateMakeUps = new WeakMap<ReadonlyMap<string, number>, number[]>();

function aggregateSprite(radius: number, bySector: ReadonlyMap<string, number>, ratio: number) {
  let slots = aggregateMakeUps.get(bySector);
  if (slots === undefined) {
    slots = aggregateSlots(bySector);
    aggregateMakeUps.set(bySector, slots);
  }
  // Aggregates of the same radius and make-up share one image.
  return sprite(`aggregate-${radius}-${slots.join('.')}`, ratio, (r) => drawAggregate(radius, slots, r));
}

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

export const townFont = (typeScale: number) => `${TOWN_TEXT_SIZE * typeScale}px ${MARK_FONT}`;

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
  ctx.font = `bold ${AGGREGATE.textSize * typeScale}px ${MARK_FONT}`;
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
  const ringSide = APPROXIMATE.box * scale;
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
      haloSide(c.halo) * scale,
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
