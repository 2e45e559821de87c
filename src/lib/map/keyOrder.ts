/**
 * The order in which the keyboard walks the Campus drawn on the map: reading order (rows of about a
 * symbol's height, top to bottom, then left to right), so ← → and ↑ ↓ move to the neighbour one sees.
 */
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

/** The index a key moves to from `index` among `count` (undefined: the key is not for moving). */
export function nextIndex(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
