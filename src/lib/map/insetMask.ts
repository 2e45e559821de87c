/**
 * The overseas insets in a presentation: a step that zooms on the mainland (a région, a practice's
 * Campus) would otherwise show the inset frames beside it as large, nearly empty boxes, cut by the
 * view's edge. While the view does not hold the whole inset area, and the step has nothing overseas,
 * the insets are covered with the sea (InsetMask.svelte) and their Campus are not drawn. Pure.
 */
import type { FillLayerSpecification } from 'maplibre-gl';
import type { Feature, Polygon } from 'geojson';
import { ACADEMIE_BY_ID } from '../geo/academies.ts';
import { insetFramesBounds, isOverseas, type Bounds } from '../geo/insets.ts';
import { COLOURS } from '../theme/palette.ts';
import type { Spotlight } from '../query/tour.ts';

/** Beyond the frames, in degrees: their names' halos and their outlines' width. */
const AREA_MARGIN = 0.1;

export const INSET_MASK_LAYER = 'inset-mask';
export const INSET_MASK_SOURCE = 'inset-mask';

/** The sea the five frames stand in: their union, a little grown. */
export function insetArea(): Bounds {
  const [west, south, east, north] = insetFramesBounds();
  return [west - AREA_MARGIN, south - AREA_MARGIN, east + AREA_MARGIN, north + AREA_MARGIN];
}

const contains = (outer: Bounds, inner: Bounds) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

/** Whether a step shows something overseas (a DROM Campus, région or académie). */
export function spotlightOverseas(
  spotlight: Spotlight,
  campusRegion: (id: string) => string | undefined,
): boolean {
  return (
    spotlight.campus.some((id) => isOverseas(campusRegion(id) ?? '')) ||
    spotlight.regions.some(isOverseas) ||
    spotlight.academies.some((id) => isOverseas(ACADEMIE_BY_ID.get(id)?.region ?? ''))
  );
}

/**
 * Out of a presentation, what the map is about when a région or académie is selected (the filter its
 * card shows): the map framed on a mainland area covers the insets while its view cuts them, as a
 * presentation's step does, so they are whole or not shown at all; none without a selected area.
 */
export function areaSpotlight(area: { level: 'region' | 'academie'; code: string } | null): Spotlight | null {
  if (!area) return null;
  return {
    campus: [],
    regions: area.level === 'region' ? [area.code] : [],
    academies: area.level === 'academie' ? [area.code] : [],
  };
}

/**
 * Whether the insets are hidden: only in a presentation or on a selected area (`areaSpotlight`), on a step with nothing overseas, while the view
 * (the map's bounds) does not hold the whole inset area.
 */
export function insetsHidden(spotlight: Spotlight | null, overseas: boolean, view: Bounds): boolean {
  return spotlight !== null && !overseas && !contains(view, insetArea());
}

/** The sea-coloured rectangle over the insets, and its layer (hidden until `insetsHidden`). */
export function insetMask(): { feature: Feature<Polygon>; layer: FillLayerSpecification } {
  const [west, south, east, north] = insetArea();
  return {
    feature: {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [west, south],
            [east, south],
            [east, north],
            [west, north],
            [west, south],
          ],
        ],
      },
    },
    layer: {
      id: INSET_MASK_LAYER,
      type: 'fill',
      source: INSET_MASK_SOURCE,
      layout: { visibility: 'none' },
      paint: { 'fill-color': COLOURS.sea },
    },
  };
}
