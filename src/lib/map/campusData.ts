/**
 * The Campus source's data: the filtered Campus at their drawn position (DROM in their insets) plus, for
 * each DROM Campus, a copy at its true position, so the « go to » view of a DROM shows its Campus too.
 * Both copies share the record id: a click on either opens the same card, and feature-state (selected,
 * highlighted) lights both.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { CampusFeature, CampusProperties } from '../data/types.ts';

export function campusSourceData(
  campus: readonly CampusFeature[],
): FeatureCollection<Point, CampusProperties> {
  const trueCopies = campus
    .filter((f) => f.properties.inset)
    .map((f): CampusFeature => ({
      ...f,
      geometry: { type: 'Point', coordinates: [f.properties.true_lon, f.properties.true_lat] },
      properties: { ...f.properties, inset: false },
    }));
  return { type: 'FeatureCollection', features: [...campus, ...trueCopies] };
}
