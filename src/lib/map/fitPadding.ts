/**
 * Padding around France (or an embed's area) when the map fits it: room for the map controls (the
 * top-left menu, the zoom buttons on the right), smaller on a phone. Shared by the MapLibre map and
 * the SVG map, so the SVG first paint and the map that replaces it frame France the same way.
 */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function fitPadding(width: number): Padding {
  const side = Math.max(8, Math.min(40, Math.round(width / 30)));
  return { top: side + 36, bottom: side + 16, left: side, right: side + 28 };
}

/** A rectangle in page pixels (what `getBoundingClientRect` gives). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function addPadding(a: Padding, b: Padding): Padding {
  return { top: a.top + b.top, right: a.right + b.right, bottom: a.bottom + b.bottom, left: a.left + b.left };
}

/**
 * How far in from each side of the map its overlays reach (an open card, a sheet): each overlay is
 * taken as docked to the side that costs the map least, so a card on the left widens the left
 * padding and a bottom sheet the bottom one. A fit with this padding keeps its target clear of them.
 */
export function coverPadding(map: Rect, covers: readonly Rect[]): Padding {
  const padding: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const c of covers) {
    const left = Math.max(c.left, map.left);
    const right = Math.min(c.right, map.right);
    const top = Math.max(c.top, map.top);
    const bottom = Math.min(c.bottom, map.bottom);
    if (right <= left || bottom <= top) continue;
    // The map area left over when the overlay is counted against each side.
    const options: [keyof Padding, number, number][] = [
      ['left', right - map.left, (width - (right - map.left)) * height],
      ['right', map.right - left, (width - (map.right - left)) * height],
      ['top', bottom - map.top, (height - (bottom - map.top)) * width],
      ['bottom', map.bottom - top, (height - (map.bottom - top)) * width],
    ];
    const [side, inset] = options.reduce((best, o) => (o[2] > best[2] ? o : best));
    padding[side] = Math.max(padding[side], Math.round(inset));
  }
  return padding;
}
