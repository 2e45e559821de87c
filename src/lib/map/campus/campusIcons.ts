/**
 * The Campus symbols, drawn on a canvas at runtime (no sprite, no network): a disc in the sector's
 * colour with the sector's letter. A labelled Campus is a filled disc; a project is a white disc with
 * a thick coloured ring and a coloured letter, so status, too, never rests on colour alone.
 */
import type { CampusStatus, SectorId } from '../../model/types.ts';
import { COLOURS, SECTOR_COLOURS, SECTOR_LETTERS, letterColour } from '../../theme/palette.ts';

/** CSS pixels of the symbol. */
export const ICON_SIZE = 24;
/**
 * Device pixels per CSS pixel of the images unless the overlay asks for more (paintMarks.ts picks the
 * ratio its canvas needs: a 3× phone, a projector's larger symbols).
 */
const DEFAULT_RATIO = 2;

/** A canvas of `size` device pixels square, to draw one image on (the overlay draws it as it is). */
function imageCanvas(size: number): CanvasRenderingContext2D | null {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  return canvas.getContext('2d');
}

export function drawCampusIcon(
  sector: SectorId,
  status: CampusStatus,
  ratio = DEFAULT_RATIO,
): HTMLCanvasElement | undefined {
  const size = ICON_SIZE * ratio;
  const ctx = imageCanvas(size);
  if (!ctx) return undefined;
  const colour = SECTOR_COLOURS[sector];
  const centre = size / 2;
  const radius = size / 2 - 2 * ratio;
  ctx.beginPath();
  ctx.arc(centre, centre, radius, 0, 2 * Math.PI);
  ctx.fillStyle = status === 'projet' ? '#ffffff' : colour;
  ctx.fill();
  if (status === 'projet') {
    ctx.lineWidth = 3.5 * ratio;
    ctx.strokeStyle = colour;
    ctx.beginPath();
    ctx.arc(centre, centre, radius - 1.75 * ratio, 0, 2 * Math.PI);
    ctx.stroke();
  }
  // A white rim, then a thin dark edge, so light colours stand out on the pale land.
  ctx.lineWidth = 1.5 * ratio;
  ctx.strokeStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(centre, centre, radius + 0.5 * ratio, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.lineWidth = 0.6 * ratio;
  ctx.strokeStyle = 'rgba(27, 38, 49, 0.55)';
  ctx.beginPath();
  ctx.arc(centre, centre, radius + 1.5 * ratio, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.fillStyle =
    status === 'projet' ? (letterColour(colour) === '#ffffff' ? colour : COLOURS.ink) : letterColour(colour);
  ctx.font = `bold ${12.5 * ratio}px "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(SECTOR_LETTERS[sector], centre, centre + 0.8 * ratio);
  return ctx.canvas;
}

/** Pixel size of the ring marking an approximate position: a dashed circle around the symbol. */
export const APPROXIMATE_RING_SIZE = ICON_SIZE + 10;

/**
 * A dashed ring, the usual mark of an uncertain location, drawn around the symbol of a Campus placed
 * at its académie's seat or at a town read into the livret. Dark on a white rim, so it shows on the
 * pale land and on the sea.
 */
export function drawApproximateRing(ratio = DEFAULT_RATIO): HTMLCanvasElement | undefined {
  const size = APPROXIMATE_RING_SIZE * ratio;
  const ctx = imageCanvas(size);
  if (!ctx) return undefined;
  const centre = size / 2;
  const radius = size / 2 - 2 * ratio;
  ctx.lineWidth = 3.2 * ratio;
  ctx.strokeStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(centre, centre, radius, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.lineWidth = 1.6 * ratio;
  ctx.strokeStyle = COLOURS.ink;
  ctx.setLineDash([3 * ratio, 2.2 * ratio]);
  ctx.beginPath();
  ctx.arc(centre, centre, radius, 0, 2 * Math.PI);
  ctx.stroke();
  return ctx.canvas;
}
