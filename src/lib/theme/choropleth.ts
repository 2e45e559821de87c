/** Choropleth classes, their legend labels and the fill expression that draws them. Pure. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { CHOROPLETH_RAMP, COLOURS } from './palette.ts';

/**
 * Choropleth classes for counts 0…max: zero has its own neutral colour, then up to five classes of
 * equal width. `thresholds[i]` is the smallest count of class i.
 */
export interface ChoroplethClasses {
  thresholds: number[];
  colours: string[];
}

export function choroplethClasses(max: number): ChoroplethClasses {
  const top = Math.max(0, Math.floor(max));
  const wanted = Math.min(CHOROPLETH_RAMP.length, top);
  const step = Math.max(1, Math.ceil(top / Math.max(1, wanted)));
  const thresholds = [0];
  for (let lower = 1; lower <= top; lower += step) thresholds.push(lower);
  const k = thresholds.length - 1;
  const last = CHOROPLETH_RAMP.length - 1;
  // Spread the k classes over the whole ramp so that few classes still contrast.
  const indices =
    k === 1 ? [Math.ceil(last / 2)] : Array.from({ length: k }, (_, i) => Math.round((i * last) / (k - 1)));
  return { thresholds, colours: [COLOURS.zero, ...indices.map((i) => CHOROPLETH_RAMP[i]!)] };
}

/** Legend labels of the classes: « 0 », « 1–3 », « 4–6 », « 7 »… */
export function choroplethLabels({ thresholds }: ChoroplethClasses, max: number): string[] {
  return thresholds.map((lower, i) => {
    const upper = i + 1 < thresholds.length ? thresholds[i + 1]! - 1 : Math.max(lower, Math.floor(max));
    return upper === lower ? `${lower}` : `${lower}–${upper}`;
  });
}

/** Fill of an area from its `count` feature-state, by class. */
export function choroplethFill({ thresholds, colours }: ChoroplethClasses): ExpressionSpecification {
  const stops = thresholds.slice(1).flatMap((t, i) => [t, colours[i + 1]!]);
  return [
    'step',
    ['coalesce', ['feature-state', 'count'], 0],
    colours[0]!,
    ...stops,
  ] as ExpressionSpecification;
}
