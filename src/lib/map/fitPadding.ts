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
