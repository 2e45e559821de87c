/**
 * The faint backdrop of neighbouring countries (Natural Earth 50 m via world-atlas), so mainland
 * France and the inset column do not float in a void. Only what the national view can show is kept:
 * countries clipped to a box around France, France itself left out (our own layers draw it).
 */
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { simplifyTopology } from './simplify-topology.ts';

/** West, south, east, north: wide enough for a projector's 16:9 view of France and its insets. */
export const CONTEXT_BOUNDS: [number, number, number, number] = [-20, 33, 26, 60];
/** ISO 3166-1 numeric code of France in world-atlas. */
const FRANCE = '250';

type Country = Feature<Polygon | MultiPolygon, { name: string }>;

export function neighbouringCountries(world: Topology): Country[] {
  const countries = feature(world, world.objects['countries'] as GeometryCollection<{ name: string }>);
  const kept: Country[] = [];
  for (const f of countries.features) {
    if (
      f.id === FRANCE ||
      !f.geometry ||
      (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')
    )
      continue;
    const clipped = bboxClip(f as Country, CONTEXT_BOUNDS) as Country;
    const rings =
      clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
    if (!rings.some((polygon) => polygon.length > 0 && polygon[0]!.length >= 4)) continue;
    kept.push({
      type: 'Feature',
      id: String(f.id),
      properties: { name: f.properties.name },
      geometry: clipped.geometry,
    });
  }
  return kept.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/**
 * One topology with a `countries` object, simplified like the French layers but coarser (a pale
 * backdrop needs less detail: minWeight 4× the France layers', SIMPLIFY in scripts/build-geography.ts)
 * and quantized.
 */
export function contextTopology(countries: Country[]): Topology {
  const collection: FeatureCollection<Polygon | MultiPolygon, { name: string }> = {
    type: 'FeatureCollection',
    features: countries,
  };
  return simplifyTopology(topology({ countries: collection }) as Topology, {
    minWeight: 4e-4,
    quantization: 1e4,
  });
}
