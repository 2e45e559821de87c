/**
 * The TopoJSON of `france.topo.json` as the GeoJSON the map draws, each feature carrying its code in
 * `properties.code` (for `promoteId` and feature-state), plus the label points the pipeline computed
 * (`npm run geography`, scripts/lib/label-points.ts): no geometry library in the browser.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { frameLabelCorner } from '../geo/insets.ts';
import { pointsBounds, type Bounds } from '../geo/bounds.ts';

export type AreaGeometry = Polygon | MultiPolygon;

interface AreaProperties {
  /** INSEE code (région, département) or académie slug: the feature id, copied for `promoteId`. */
  code: string;
  name: string;
  /** INSEE région code of a département or an académie ('' for a région). */
  region: string;
  /** Where the name goes, when the pipeline stored it (régions). */
  label?: [number, number];
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
  /** The corner of each inset frame where its name is written (insets.ts `frameLabelCorner`). */
  frameLabels: LabelCollection;
  /** Neighbouring countries, a faint backdrop (empty when the dataset has none). */
  countries: AreaCollection;
}

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
          ...(isPosition(props['label']) ? { label: props['label'] } : {}),
        },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}

/** West, south, east, north of a polygon or multipolygon (outer rings are enough). */
export function geometryBounds(geometry: AreaGeometry): Bounds {
  const rings =
    geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
  return pointsBounds(rings.flatMap((ring) => ring ?? []));
}

const isPosition = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((n) => Number.isFinite(n));

/**
 * Where an area's name goes: the point the pipeline stored (inside its largest polygon), or, for a
 * topology built without it, the middle of its bounds.
 */
function labelPoint(f: Feature<AreaGeometry, AreaProperties>): [number, number] {
  if (f.properties.label) return f.properties.label;
  const [west, south, east, north] = geometryBounds(f.geometry);
  return [(west + east) / 2, (south + north) / 2];
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

function corners(geometry: AreaGeometry) {
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  const [west, south, east, north] = pointsBounds(ring ?? []);
  return { west, south, east, north };
}

function topLeft(geometry: AreaGeometry): [number, number] {
  const { west, north } = corners(geometry);
  return [west, north];
}

/** Where the right column of insets writes its names (insets.ts `frameLabelCorner`). */
function bottomRight(geometry: AreaGeometry): [number, number] {
  const { east, south } = corners(geometry);
  return [east, south];
}

/** The `countries` object of the optional backdrop topology (context.topo.json); empty without it. */
function toCountries(topology: Topology | null): AreaCollection {
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
    regionLabels: labels(mainland, labelPoint),
    frameLabels: labels(frames, (f) =>
      frameLabelCorner(f.properties.code) === 'top-left' ? topLeft(f.geometry) : bottomRight(f.geometry),
    ),
    countries: toCountries(context),
  };
}
