/**
 * How far to move the map so that what a person just acted on (a Campus clicked, its symbol tapped or
 * chosen with Entrée) stays visible beside the card or sheet that opens for it. The camera keeps its
 * zoom and moves only when it must: a target already clear of the card and the controls stays put
 * (moving a map under the pointer that just clicked it is disorienting), a covered one is carried
 * the shortest way into the free part of the map, with a margin.
 */
import type { Padding, Rect } from './fitPadding.ts';

/** The free part of a map of `width` × `height` CSS px once `padding` is taken off each side. */
export function roomRect(width: number, height: number, padding: Padding): Rect {
  return {
    left: padding.left,
    top: padding.top,
    right: Math.max(padding.left, width - padding.right),
    bottom: Math.max(padding.top, height - padding.bottom),
  };
}

/** Shift on one axis moving [lo, hi] inside [min, max] (centred when it cannot fit). */
function axisShift(lo: number, hi: number, min: number, max: number): number {
  if (hi - lo >= max - min) return (min + max) / 2 - (lo + hi) / 2;
  if (lo < min) return min - lo;
  if (hi > max) return max - hi;
  return 0;
}

/**
 * The screen shift [dx, dy] (CSS px; the target moves by it) that brings `target` inside `room` with
 * `margin` to spare, or null when it is already inside the room.
 */
export function revealShift(target: Rect, room: Rect, margin = 12): [number, number] | null {
  const inner: Rect = {
    left: room.left + margin,
    top: room.top + margin,
    right: room.right - margin,
    bottom: room.bottom - margin,
  };
  // A room narrower than the margins: aim at its middle.
  if (inner.right < inner.left) inner.left = inner.right = (room.left + room.right) / 2;
  if (inner.bottom < inner.top) inner.top = inner.bottom = (room.top + room.bottom) / 2;
  const dx = axisShift(target.left, target.right, inner.left, inner.right);
  const dy = axisShift(target.top, target.bottom, inner.top, inner.bottom);
  if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) return null;
  return [dx, dy];
}

/** The box of a symbol of `radius` px drawn at screen point [x, y]. */
export function pointBox([x, y]: [number, number], radius: number): Rect {
  return { left: x - radius, top: y - radius, right: x + radius, bottom: y + radius };
}
