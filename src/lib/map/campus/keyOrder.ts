/**
 * The keyboard among the Campus drawn on the map. Their buttons come in reading order (rows of about a
 * symbol's height, top to bottom, then left to right): what a screen reader lists, and what Home and End
 * go to the ends of. The arrows go to the nearest Campus in the direction pressed (nearestInDirection.ts).
 */
import { arrowDirection, nearestInDirection } from './nearestInDirection.ts';

export interface KeyPoint {
  id: string;
  x: number;
  y: number;
}

export function readingOrder<T extends KeyPoint>(points: readonly T[], rowHeight = 24): T[] {
  return [...points].sort(
    (a, b) =>
      Math.floor(a.y / rowHeight) - Math.floor(b.y / rowHeight) || a.x - b.x || (a.id < b.id ? -1 : 1),
  );
}

/**
 * The index a key moves to from `index` among `points` (in reading order): the arrows to the nearest in
 * their direction (or `index` itself when none lies there), Home and End to the first and the last.
 * Undefined: the key is not for moving.
 */
export function nextIndex(key: string, index: number, points: readonly KeyPoint[]): number | undefined {
  const count = points.length;
  if (count === 0) return undefined;
  const direction = arrowDirection(key);
  if (direction) return nearestInDirection(points, Math.min(index, count - 1), direction);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
