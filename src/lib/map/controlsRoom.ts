/**
 * The room the map's buttons take (« France entière », « Outre-mer » at the top left, the zoom buttons
 * at the top right), for MapLibre's collision index: the région names are placed clear of them, as
 * they are of the Campus marks. MapLibre knows nothing of HTML over its canvas, so the buttons' boxes
 * become invisible symbols of the same room layer kind (a blank square image): squares as tall as a
 * button, side by side along it. Pure: ControlsRoom.svelte measures the buttons and unprojects.
 */
import type { Rect } from './fitPadding.ts';

/** Room kept around a button, CSS pixels: a name does not touch it. */
const CONTROL_MARGIN = 4;

/** A square of room, CSS pixels of the map: its centre and side. */
export interface RoomSquare {
  x: number;
  y: number;
  side: number;
}

/**
 * Squares covering each button's box (page pixels, as `getBoundingClientRect` gives them), grown by
 * `margin`, in pixels of the map whose box is `map`; buttons outside the map take no room.
 */
export function controlRoom(controls: readonly Rect[], map: Rect, margin = CONTROL_MARGIN): RoomSquare[] {
  const squares: RoomSquare[] = [];
  for (const control of controls) {
    const left = Math.max(control.left - margin, map.left) - map.left;
    const right = Math.min(control.right + margin, map.right) - map.left;
    const top = Math.max(control.top - margin, map.top) - map.top;
    const bottom = Math.min(control.bottom + margin, map.bottom) - map.top;
    if (right <= left || bottom <= top) continue;
    const [width, height] = [right - left, bottom - top];
    // Squares along the longer side, the last one flush with the end: together exactly the box.
    const side = Math.min(width, height);
    const count = Math.ceil(Math.max(width, height) / side - 1e-9);
    for (let i = 0; i < count; i++) {
      const along = Math.min(i * side, Math.max(width, height) - side) + side / 2;
      squares.push(
        width >= height
          ? { x: round(left + along), y: round(top + height / 2), side: round(side) }
          : { x: round(left + width / 2), y: round(top + along), side: round(side) },
      );
    }
  }
  return squares;
}

const round = (n: number) => Math.round(n * 10) / 10;
