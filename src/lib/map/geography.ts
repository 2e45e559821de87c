/**
 * The TopoJSON of `france.topo.json` as the GeoJSON the map draws, each feature carrying its code in
 * `properties.code` (for `promoteId` and feature-state), plus label points computed once.
 */
import { area, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type AreaGeometry = Polygon | MultiPolygon;

export interface AreaProperties {
  /** INSEE code (région, département) or académie slug: the feature id, copied for `promoteId`. */
  code: string;
  name: string;
  /** INSEE région code of a département or an académie ('' for a région). */
  region: string;
}

export type AreaCollection = FeatureCollection<AreaGeometry, AreaProperties>;
export type LabelCollection = FeatureCollection<Point, AreaProperties>;

export interface Geography {
  regions: AreaCollection;
  departements: AreaCollection;
  academies: AreaCollection;
  /** The five DROM inset frames, keyed by région code. */
  frames: AreaCollection;
  /** The five DROM at their true position, keyed by région code. */
  dromTrue: AreaCollection;
  regionLabels: LabelCollection;
  /** Top-left corner of each inset frame, where its name is written. */
  frameLabels: LabelCollection;
  /** Neighbouring countries, a faint backdrop (empty when the dataset has none). */
  countries: AreaCollection;
}

export const TOPOLOGY_OBJECTS = ['departements', 'regions', 'academies', 'frames', 'drom_true'] as const;

function collection(topology: Topology, name: string): AreaCollection {
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`the topology has no « ${name} » object`);
  }
  const fc = feature(topology, object) as FeatureCollection;
  const features = fc.features.flatMap((f): Feature<AreaGeometry, AreaProperties>[] => {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) return [];
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const code = String(f.id ?? props['code'] ?? '');
    return [
      {
        type: 'Feature',
        id: code,
        geometry: f.geometry,
        properties: {
          code,
          name: typeof props['name'] === 'string' ? props['name'] : code,
          region: typeof props['region'] === 'string' ? props['region'] : '',
        },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}

/** The largest polygon of an area: where its label goes (mainland, not an island). */
function largestPolygon(geometry: AreaGeometry): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  const polygons = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return polygons.reduce((best, p) => (area(p) > area(best) ? p : best));
}

/** A point inside the area's largest polygon: its centroid when that falls inside, else a point on it. */
export function labelPoint(geometry: AreaGeometry): [number, number] {
  const polygon = largestPolygon(geometry);
  const c = centroid(polygon).geometry.coordinates as [number, number];
  if (booleanPointInPolygon(c, polygon)) return c;
  return pointOnFeature(polygon).geometry.coordinates as [number, number];
}

function labels(
  areas: AreaCollection,
  place: (f: Feature<AreaGeometry, AreaProperties>) => [number, number],
) {
  return {
    type: 'FeatureCollection' as const,
    features: areas.features.map((f) => ({
      type: 'Feature' as const,
      id: f.properties.code,
      geometry: { type: 'Point' as const, coordinates: place(f) },
      properties: f.properties,
    })),
  };
}

function topLeft(geometry: AreaGeometry): [number, number] {
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  const xs = (ring ?? []).map((p) => p[0]!);
  const ys = (ring ?? []).map((p) => p[1]!);
  return [Math.min(...xs), Math.max(...ys)];
}

/** The `countries` object of the optional backdrop topology (context.topo.json); empty without it. */
export function toCountries(topology: Topology | null): AreaCollection {
  if (!topology?.objects['countries']) return { type: 'FeatureCollection', features: [] };
  return collection(topology, 'countries');
}

/** Converts the topology; throws a readable error when an expected object is missing. */
export function toGeography(
  topology: Topology,
  overseas: ReadonlySet<string>,
  context: Topology | null = null,
): Geography {
  const regions = collection(topology, 'regions');
  const frames = collection(topology, 'frames');
  const mainland: AreaCollection = {
    type: 'FeatureCollection',
    features: regions.features.filter((f) => !overseas.has(f.properties.code)),
  };
  return {
    regions,
    departements: collection(topology, 'departements'),
    academies: collection(topology, 'academies'),
    frames,
    dromTrue: collection(topology, 'drom_true'),
    regionLabels: labels(mainland, (f) => labelPoint(f.geometry)),
    frameLabels: labels(frames, (f) => topLeft(f.geometry)),
    countries: toCountries(context),
  };
}
