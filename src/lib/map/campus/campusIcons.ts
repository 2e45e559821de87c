/**
 * The Campus symbols and the approximate-position ring as canvas images, drawn at runtime (no sprite,
 * no network) from the one statement of the mark's look (theme/markLook.ts), which the SVG map and the
 * legend draw from too. paintMarks.ts keeps the images and draws them on the overlay.
 */
import type { CampusStatus, SectorId } from '../../model/types.ts';
import {
  APPROXIMATE,
  APPROXIMATE_SHAPES,
  MARK,
  campusShapes,
  paintShapes,
  type MarkShape,
} from '../../theme/markLook.ts';

/**
 * Device pixels per CSS pixel of the images unless the overlay asks for more (paintMarks.ts picks the
 * ratio its canvas needs: a 3× phone, a projector's larger symbols).
 */
const DEFAULT_RATIO = 2;

/** A canvas `box` symbol units square at `ratio` device pixels per unit, with `shapes` in its middle. */
function image(shapes: readonly MarkShape[], box: number, ratio: number): HTMLCanvasElement | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = box * ratio;
  canvas.height = box * ratio;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  paintShapes(ctx, shapes, (box * ratio) / 2, (box * ratio) / 2, ratio);
  return canvas;
}

export function drawCampusIcon(
  sector: SectorId,
  status: CampusStatus,
  ratio = DEFAULT_RATIO,
): HTMLCanvasElement | undefined {
  return image(campusShapes(sector, status), MARK.box, ratio);
}

/**
 * The dashed ring, the usual mark of an uncertain location, drawn around the symbol of a Campus placed
 * at its académie's seat or at a town read into the livret.
 */
export function drawApproximateRing(ratio = DEFAULT_RATIO): HTMLCanvasElement | undefined {
  return image(APPROXIMATE_SHAPES, APPROXIMATE.box, ratio);
}
