/**
 * Campus of one place (one commune) spread on a small ring around it: the ring's radius for n symbols,
 * and each slot's angle and offset. Members go in id order from the top, clockwise (placement.ts), so
 * the same Campus keeps the same spot of its ring. Sizes in « symbol units » (README.md).
 */

/** Width of a Campus symbol at icon-size 1, in CSS pixels (the images are drawn to this size). */
export const SYMBOL = 24;
/** Space left between two symbols of a ring, in symbol units. */
export const GAP = 4;
/** Most Campus one ring spreads; more at one place crowd into an aggregate. */
export const MAX_SPREAD = 10;

/** Radius of the ring that spreads `n` Campus (centre to symbol centre), in symbol units. */
export function ringRadius(n: number): number {
  if (n < 2) return 0;
  // Neighbours on the ring are one symbol plus the gap apart (the chord), and never closer to the hub
  // than 0.6 symbol, so the hub stays visible between two.
  return Math.max((SYMBOL + GAP) / (2 * Math.sin(Math.PI / n)), SYMBOL * 0.6);
}

/** Angle (radians, clockwise from the top) of slot `i` of a ring of `n`. */
export function slotAngle(i: number, n: number): number {
  return (2 * Math.PI * i) / n;
}

/** Offset of slot `i` of a ring of `n`, in symbol units ([right, down], as `icon-offset` wants it). */
export function slotOffset(i: number, n: number): [number, number] {
  const r = ringRadius(n);
  const a = slotAngle(i, n);
  return [round2(r * Math.sin(a)), round2(-r * Math.cos(a))];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
