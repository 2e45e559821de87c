/**
 * The names on the printed map (PrintMapLabels.svelte): each région's name at its label point, moved
 * beside it when a Campus symbol covers it (as MapLibre's variable anchors do on screen), and each
 * overseas inset's name in its frame's top-left corner, at a size that keeps it inside its frame (long
 * names on two lines: « La / Réunion »), so that neighbouring frames' names never run into each other.
 * Text widths are estimated from the number of letters (no DOM): the estimate errs on the wide side.
 */

export interface Point {
  x: number;
  y: number;
}

/** A name placed: its lines, the middle (or left edge, `anchor: 'start'`) and top of its block. */
export interface PlacedLabel {
  key: string;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  anchor: 'middle' | 'start';
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Width of a letter, in ems, of the bold capitals the régions are named in (letter-spacing included). */
const CAPS_EM = 0.72;
/** Width of a letter, in ems, of the inset names (regular, mixed case). */
const TEXT_EM = 0.62;
const LINE_HEIGHT = 1.15;

/**
 * Splits a name into lines of at most `max` letters, at spaces and after hyphens (a word longer than
 * `max` stays whole on its line).
 */
export function wrapLines(name: string, max: number): string[] {
  const words = name.split(/(?<=-)|\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line === '' ? word : line.endsWith('-') ? line + word : `${line} ${word}`;
    if (line !== '' && joined.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = joined;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const longest = (lines: readonly string[]) => Math.max(0, ...lines.map((l) => l.length));

/** The box a block of lines takes, centred on `centre`. */
function blockBox(lines: readonly string[], size: number, centre: Point): Box {
  const width = longest(lines) * CAPS_EM * size;
  const height = lines.length * LINE_HEIGHT * size;
  return {
    left: centre.x - width / 2,
    right: centre.x + width / 2,
    top: centre.y - height / 2,
    bottom: centre.y + height / 2,
  };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const hitsCircle = (box: Box, c: Point, r: number) => {
  const dx = c.x - Math.max(box.left, Math.min(c.x, box.right));
  const dy = c.y - Math.max(box.top, Math.min(c.y, box.bottom));
  return dx * dx + dy * dy < r * r;
};

export interface RegionLabelInput {
  key: string;
  name: string;
  /** The label point, projected. */
  at: Point;
}

/**
 * The région names: at the label point when no symbol (of radius `r`, centres `symbols`) and no name
 * already placed is under it; else above, below, left or right of it, the first of those that is
 * clear; else at the label point anyway (drawn under the symbols, its halo keeping it legible).
 */
export function placeRegionLabels(
  regions: readonly RegionLabelInput[],
  symbols: readonly Point[],
  r: number,
  size: number,
  maxLetters = 12,
): PlacedLabel[] {
  const taken: Box[] = [];
  return regions.map(({ key, name, at }) => {
    const lines = wrapLines(name.toLocaleUpperCase('fr'), maxLetters);
    const box = blockBox(lines, size, at);
    const [halfW, halfH] = [(box.right - box.left) / 2, (box.bottom - box.top) / 2];
    // Beside the point, then a little further (a crowded région), never far from its own area.
    const candidates: Point[] = [at];
    for (const gap of [0.9 * size, 2.2 * size]) {
      candidates.push(
        { x: at.x, y: at.y - halfH - gap },
        { x: at.x, y: at.y + halfH + gap },
        { x: at.x - halfW - gap, y: at.y },
        { x: at.x + halfW + gap, y: at.y },
      );
    }
    const clear = (c: Point) => {
      const b = blockBox(lines, size, c);
      return !symbols.some((s) => hitsCircle(b, s, r + 1)) && !taken.some((t) => overlaps(b, t));
    };
    const centre = candidates.find(clear) ?? at;
    taken.push(blockBox(lines, size, centre));
    return {
      key,
      lines,
      x: centre.x,
      // The first baseline: the block's top plus one line (less the descent).
      y: centre.y - (lines.length * LINE_HEIGHT * size) / 2 + 0.85 * size,
      size,
      anchor: 'middle',
    };
  });
}

export interface InsetLabelInput {
  key: string;
  name: string;
  /** The frame, projected. */
  frame: Box;
}

/**
 * Each inset's name in its frame's top-left corner, at `size` or smaller so that its longest line fits
 * inside the frame (a padding of `size / 4` on each side): never across into the next frame.
 */
export function placeInsetLabels(insets: readonly InsetLabelInput[], size: number): PlacedLabel[] {
  return insets.map(({ key, name, frame }) => {
    const pad = size / 4;
    const width = frame.right - frame.left - 2 * pad;
    // One line if it fits at a readable size (three quarters of `size`), else one word a line.
    const oneLine = [name];
    const fitsOne = longest(oneLine) * TEXT_EM * size * 0.75 <= width;
    const lines = fitsOne ? oneLine : wrapLines(name, 1);
    const fitted = Math.min(size, width / Math.max(1, longest(lines) * TEXT_EM));
    return {
      key,
      lines,
      x: frame.left + pad,
      y: frame.top + pad + 0.85 * fitted,
      size: fitted,
      anchor: 'start',
    };
  });
}

/** The box a placed name takes (for tests, and for checking names do not run into each other). */
export function labelBox(label: PlacedLabel): Box {
  const em = label.anchor === 'middle' ? CAPS_EM : TEXT_EM;
  const width = longest(label.lines) * em * label.size;
  const top = label.y - 0.85 * label.size;
  const left = label.anchor === 'middle' ? label.x - width / 2 : label.x;
  return { left, right: left + width, top, bottom: top + label.lines.length * LINE_HEIGHT * label.size };
}

export { LINE_HEIGHT };
