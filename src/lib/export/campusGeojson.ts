/**
 * The filtered Campus as GeoJSON for a GIS: every point at its TRUE position (the DROM ones are drawn
 * in insets on our map, which would mislead anywhere else), with the record's properties.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CampusFeature, CampusProperties } from '../model/types.ts';

/** The exported properties: the drawing-only fields (inset flag, true position copy) are left out. */
type ExportedCampusProperties = Omit<CampusProperties, 'inset' | 'true_lon' | 'true_lat'>;

export function campusToGeojson(features: readonly CampusFeature[]): string {
  const collection: FeatureCollection<Point, ExportedCampusProperties> = {
    type: 'FeatureCollection',
    features: features.map((f): Feature<Point, ExportedCampusProperties> => {
      const { inset: _inset, true_lon, true_lat, ...properties } = f.properties;
      return {
        type: 'Feature',
        id: f.id,
        geometry: { type: 'Point', coordinates: [true_lon, true_lat] },
        properties,
      };
    }),
  };
  return JSON.stringify(collection, null, 1) + '\n';
}
