/**
 * The Campus source's data: the filtered Campus at their drawn position (DROM in their insets) plus, for
 * each DROM Campus, a copy at its true position, so the « go to » view of a DROM shows its Campus too.
 * Both copies share the record id: a click on either opens the same card, and feature-state (selected,
 * highlighted) lights both.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { CampusFeature, CampusProperties, SectorId } from '../data/types.ts';
import { clusterSectorKey } from './style.ts';

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

/**
 * How many Campus of a cluster pass the sector filter, from the per-sector counts the source keeps
 * (`clusterProperties`): the same number the cluster's label shows (`clusterShownCount`).
 */
export function shownInCluster(properties: Record<string, unknown>, sectors: readonly SectorId[]): number {
  if (sectors.length === 0) return Number(properties['point_count'] ?? 0);
  return sectors.reduce((sum, sector) => sum + Number(properties[clusterSectorKey(sector)] ?? 0), 0);
}

/**
 * Whether two lists hold the same Campus in the same order. The explorer already hands back the same
 * array when its content has not changed (filterFacets' `keepUnchanged`); the map checks again
 * because a `setData` it could have skipped costs sending, indexing and clustering every Campus,
 * and comparing ids costs well under a millisecond at 10 000.
 */
export function sameCampus(a: readonly CampusFeature[], b: readonly CampusFeature[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}
