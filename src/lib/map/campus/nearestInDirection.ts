/**
 * Where an arrow key goes among the Campus drawn on the map: to the nearest one in the direction
 * pressed, on screen (→ from Valenciennes goes east, never to Cherbourg because it follows in a list).
 *
 * A candidate lies ahead of the arrow, within 45° of its axis; only when none is there does the arrow
 * reach further round, up to 60° (a symbol almost level with the start across the axis is not « that
 * way »). Among them the nearest wins, by a distance that counts the offset across the axis
 * `ACROSS_WEIGHT` times: a symbol straight ahead beats a slightly nearer one off to the side. When
 * nothing lies that way, the arrow stays where it is.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** How much more an offset across the arrow's axis costs than one along it. */
const ACROSS_WEIGHT = 2;
/** tan 45° and tan 60°: the cone searched first, and the wider one searched when it is empty. */
const NEAR_CONE = 1;
const WIDE_CONE = Math.tan(Math.PI / 3);

/** The direction of an arrow key (`KeyboardEvent.key`); undefined for any other key. */
export function arrowDirection(key: string): Direction | undefined {
  switch (key) {
    case 'ArrowRight':
      return 'right';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    default:
      return undefined;
  }
}

/** Screen coordinates: y grows downwards. */
const UNIT: Record<Direction, readonly [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  down: [0, 1],
  up: [0, -1],
};

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * The index of the point the arrow moves to from `points[from]`, or `from` itself when nothing lies in
 * that direction. Points at the very same spot as the start (rare: symbols are spread apart) follow
 * list order: after it for → and ↓, before it for ← and ↑, so none is out of reach.
 */
export function nearestInDirection(
  points: readonly ScreenPoint[],
  from: number,
  direction: Direction,
): number {
  const origin = points[from];
  if (!origin) return from;
  const [ux, uy] = UNIT[direction];
  const forward = direction === 'right' || direction === 'down';
  let best = from;
  let bestRank = Infinity;
  points.forEach((point, i) => {
    if (i === from) return;
    const dx = point.x - origin.x;
    const dy = point.y - origin.y;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    let rank: number;
    if (along === 0 && across === 0) {
      // Same spot: the list decides; the nearest in the list first, before anything further away.
      if (forward ? i < from : i > from) return;
      rank = -1 / (1 + Math.abs(i - from));
    } else if (along <= 0 || across > along * WIDE_CONE) {
      return;
    } else {
      const score = along + ACROSS_WEIGHT * across;
      // Inside the 45° cone, ranks before anything outside it.
      rank = across <= along * NEAR_CONE ? score : Number.MAX_SAFE_INTEGER / 2 + score;
    }
    if (rank < bestRank) {
      bestRank = rank;
      best = i;
    }
  });
  return best;
}
