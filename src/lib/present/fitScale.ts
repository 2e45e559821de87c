/**
 * The type scale at which a tour step fits its pane: a projector never needs scrolling (DESIGN.md,
 * « Composition »). The step is set at full size when it fits, else at the largest scale that fits,
 * found by halving the interval; no smaller than `min` (beyond that the pane scrolls, as a last resort).
 * Pure: `fits` sets the scale and says whether the step fits (the component measures the pane).
 */

/** The smallest scale a step is set at: half the presentation's type is still read from the back row. */
export const MIN_STEP_SCALE = 0.5;

/** How close to the largest fitting scale the search gets. */
export const STEP_SCALE_PRECISION = 0.02;

export function fitScale(
  fits: (scale: number) => boolean,
  min = MIN_STEP_SCALE,
  precision = STEP_SCALE_PRECISION,
): number {
  if (fits(1)) return 1;
  if (!fits(min)) return min;
  let [low, high] = [min, 1];
  while (high - low > precision) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}
