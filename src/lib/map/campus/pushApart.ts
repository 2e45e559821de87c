/**
 * Step 3 of the placement (placement.ts): marks that would still overlap (nearby towns: Thonon and
 * Passy at national view) are pushed apart, each by as little as needed; the placement then draws a
 * leader line from each mark moved to its true place.
 */

/** A mark as the push-apart sees it: a disc on screen, pixels. */
export interface PushedMark {
  /** Where it is drawn (moved in place). */
  px: number;
  py: number;
  r: number;
  /** Heavier marks (aggregates) move less when pushed. */
  mass: number;
}

/** Passes of the push-apart step: enough for the livret; a dense rest is what aggregation is for. */
const PUSH_PASSES = 60;

/**
 * Moves overlapping marks apart until none overlaps (or `PUSH_PASSES` passes): each overlapping pair
 * is pushed along the line between them, by the overlap, shared by their masses. Deterministic: marks
 * in a fixed order, and two marks at the very same spot part along a direction taken from their index.
 */
export function pushApart(marks: PushedMark[], gap: number): void {
  const n = marks.length;
  const maxR = marks.reduce((r, m) => Math.max(r, m.r), 0);
  const size = 2 * maxR + gap;
  const px = Float64Array.from(marks, (m) => m.px);
  const py = Float64Array.from(marks, (m) => m.py);
  const r = Float64Array.from(marks, (m) => m.r);
  const mass = Float64Array.from(marks, (m) => m.mass);
  // Marks by grid cell, keyed by small integers (cells counted from the marks' corner, so the keys
  // stay small integers that a Map hashes fast, at any zoom).
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, px[i]!);
    minY = Math.min(minY, py[i]!);
    maxX = Math.max(maxX, px[i]!);
  }
  // Room for marks pushed beyond the corner: a margin of cells on each side.
  const margin = 64;
  const stride = Math.floor((maxX - minX) / size) + 2 * margin + 2;
  const cellKey = (x: number, y: number) =>
    (Math.floor((y - minY) / size) + margin) * stride + Math.floor((x - minX) / size) + margin;
  // Each cell's marks as a linked list, in increasing index order (built from the last mark down):
  // the first mark of a cell, then each mark's next in its cell (-1 at the end). No array is made
  // per cell and pass, which at 10 000 Campus was most of the placement's garbage.
  const firstInCell = new Map<number, number>();
  const nextInCell = new Int32Array(n);
  const dirty = new Uint8Array(n);
  const next = new Uint8Array(n);
  for (let pass = 0; pass < PUSH_PASSES; pass++) {
    firstInCell.clear();
    for (let i = n - 1; i >= 0; i--) {
      const key = cellKey(px[i]!, py[i]!);
      nextInCell[i] = firstInCell.get(key) ?? -1;
      firstInCell.set(key, i);
    }
    let moved = false;
    // After the first pass, only marks that moved last time can overlap anew: the others keep the
    // distances they had when last checked.
    for (let i = 0; i < n; i++) {
      if (pass > 0 && !dirty[i]) continue;
      const base = cellKey(px[i]!, py[i]!);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          for (let j = firstInCell.get(base + dy * stride + dx) ?? -1; j !== -1; j = nextInCell[j]!) {
            if (j === i || (pass === 0 && j < i)) continue;
            const need = r[i]! + r[j]! + gap;
            let ux = px[j]! - px[i]!;
            let uy = py[j]! - py[i]!;
            const d2 = ux * ux + uy * uy;
            if (d2 >= need * need) continue;
            const d = Math.sqrt(d2);
            if (d < 1e-6) {
              const angle = (Math.min(i, j) * 2.399963 + Math.max(i, j)) % (2 * Math.PI);
              ux = Math.cos(angle) * (i < j ? 1 : -1);
              uy = Math.sin(angle) * (i < j ? 1 : -1);
            } else {
              ux /= d;
              uy /= d;
            }
            const overlap = need - d + 0.01;
            const share = mass[j]! / (mass[i]! + mass[j]!);
            px[i] = px[i]! - ux * overlap * share;
            py[i] = py[i]! - uy * overlap * share;
            px[j] = px[j]! + ux * overlap * (1 - share);
            py[j] = py[j]! + uy * overlap * (1 - share);
            next[i] = 1;
            next[j] = 1;
            moved = true;
          }
        }
    }
    dirty.set(next);
    next.fill(0);
    if (!moved) break;
  }
  marks.forEach((m, i) => {
    m.px = px[i]!;
    m.py = py[i]!;
  });
}
