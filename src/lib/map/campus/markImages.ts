/**
 * The images of the Campus overlay beyond the sector symbols, drawn on a canvas at runtime (no sprite,
 * no network), in symbol units (see placement.ts) so they scale with the symbols, their look taken
 * from theme/markLook.ts:
 *
 * - the hub of a ring of n Campus: a dot at the group's place, spokes to each slot and a faint circle
 *   through them, so a spread group reads as one place;
 * - an aggregate: a ring of sector colours, each sector's arc proportional to its share (in 24ths),
 *   around a white disc where the overlay writes the count;
 * - the two halos, hovered and selected.
 *
 * Each is made the first time the overlay draws it (paintMarks.ts keeps them).
 */
import { SECTOR_IDS, type SectorId } from '../../model/types.ts';
import { COLOURS, SECTOR_COLOURS } from '../../theme/palette.ts';
import { AGGREGATE, HALO, HUB } from '../../theme/markLook.ts';
import { SYMBOL, ringRadius, slotAngle } from './ringSpread.ts';

/** Device pixels per symbol unit in the images unless the overlay asks for more (paintMarks.ts). */
const RATIO = 2;
/** Arcs of an aggregate's ring: shares are rounded to 24ths. */
const AGGREGATE_SLOTS = 24;

/**
 * An aggregate's sector shares in 24ths (largest remainders, in the sectors' order), so that aggregates
 * of the same make-up share one image.
 */
export function aggregateSlots(bySector: ReadonlyMap<string, number>): number[] {
  const total = [...bySector.values()].reduce((a, b) => a + b, 0);
  const exact = SECTOR_IDS.map((s) => ((bySector.get(s) ?? 0) * AGGREGATE_SLOTS) / Math.max(1, total));
  const slots = exact.map(Math.floor);
  let left = AGGREGATE_SLOTS - slots.reduce((a, b) => a + b, 0);
  const order = exact
    .map((v, i) => [v - Math.floor(v), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    if (exact[i]! > 0) {
      slots[i]! += 1;
      left -= 1;
    }
  }
  return slots;
}

function canvas(size: number, ratio: number): CanvasRenderingContext2D | null {
  const element = document.createElement('canvas');
  element.width = Math.ceil(size * ratio);
  element.height = Math.ceil(size * ratio);
  const ctx = element.getContext('2d');
  ctx?.scale(ratio, ratio);
  return ctx;
}

export function drawSpread(n: number, ratio = RATIO): HTMLCanvasElement | undefined {
  const r = ringRadius(n);
  const size = 2 * (r + SYMBOL / 2 + 2);
  const ctx = canvas(size, ratio);
  if (!ctx) return undefined;
  const c = size / 2;
  ctx.strokeStyle = HUB.circle.colour;
  ctx.lineWidth = HUB.circle.width;
  ctx.beginPath();
  ctx.arc(c, c, r, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.strokeStyle = HUB.spoke.colour;
  ctx.lineWidth = HUB.spoke.width;
  for (let i = 0; i < n; i++) {
    const a = slotAngle(i, n);
    ctx.beginPath();
    ctx.moveTo(c, c);
    ctx.lineTo(c + (r - SYMBOL / 2) * Math.sin(a), c - (r - SYMBOL / 2) * Math.cos(a));
    ctx.stroke();
  }
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(c, c, HUB.rimRadius, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = COLOURS.ink;
  ctx.beginPath();
  ctx.arc(c, c, HUB.radius, 0, 2 * Math.PI);
  ctx.fill();
  return ctx.canvas;
}

export function drawAggregate(
  radius: number,
  slots: readonly number[],
  ratio = RATIO,
): HTMLCanvasElement | undefined {
  const size = 2 * radius + 4;
  const ctx = canvas(size, ratio);
  if (!ctx) return undefined;
  const c = size / 2;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(c, c, radius + AGGREGATE.rim, 0, 2 * Math.PI);
  ctx.fill();
  let start = -Math.PI / 2;
  SECTOR_IDS.forEach((sector: SectorId, i) => {
    const n = slots[i] ?? 0;
    if (n === 0) return;
    const end = start + (2 * Math.PI * n) / AGGREGATE_SLOTS;
    ctx.fillStyle = SECTOR_COLOURS[sector];
    ctx.beginPath();
    ctx.moveTo(c, c);
    ctx.arc(c, c, radius, start, end);
    ctx.closePath();
    ctx.fill();
    start = end;
  });
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(c, c, radius * AGGREGATE.inner, 0, 2 * Math.PI);
  ctx.fill();
  ctx.strokeStyle = AGGREGATE.edge.colour;
  ctx.lineWidth = AGGREGATE.edge.width;
  ctx.beginPath();
  ctx.arc(c, c, radius + AGGREGATE.edge.offset, 0, 2 * Math.PI);
  ctx.stroke();
  return ctx.canvas;
}

/** Side in symbol units of a halo's image. */
export const haloSide = (kind: 'hover' | 'selected') => 2 * HALO[kind].radius + 6;

export function drawHalo(selected: boolean, ratio = RATIO): HTMLCanvasElement | undefined {
  const { radius, width } = HALO[selected ? 'selected' : 'hover'];
  const size = haloSide(selected ? 'selected' : 'hover');
  const ctx = canvas(size, ratio);
  if (!ctx) return undefined;
  ctx.strokeStyle = HALO.colour;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, radius, 0, 2 * Math.PI);
  ctx.stroke();
  return ctx.canvas;
}
