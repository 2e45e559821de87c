/**
 * Second pure step of `npm run geography`: the 101 départements → one TopoJSON topology holding
 * départements (DROM moved into their insets), régions and académies merged from them, the inset frames
 * and the overseas régions at their true position; simplified and quantized.
 */
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { topology as buildTopology } from 'topojson-server';
import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Properties, Topology } from 'topojson-specification';
import { ACADEMIES } from '../../src/lib/geo/academies.ts';
import { REGIONS } from '../../src/lib/geo/regions.ts';
import { INSETS, isOverseas, moveGeometryToInset } from '../../src/lib/geo/insets.ts';
import { GeographyError, compareCodes, type DepartementShape } from './geography.ts';
import { withLabelPoints } from './label-points.ts';
import { simplifyTopology, type SimplifyOptions } from './simplify-topology.ts';

// Properties stored on the features of each object. Type aliases, not interfaces, so they satisfy
// GeoJSON's `{ [name: string]: any }` properties type.
type DepartementProperties = {
  name: string;
  region: string;
  academie: string;
  inset?: true;
};
type RegionProperties = {
  name: string;
  inset?: true;
  /** Where the name is written (added last, on the simplified shape: label-points.ts). */
  label?: [number, number];
};
type AcademieProperties = {
  name: string;
  region: string;
  inset?: true;
};
type FrameProperties = {
  name: string;
  departement: string;
};

/** The frame rectangle, counter-clockwise (RFC 7946); on a Mercator map its edges stay straight. */
function framePolygon([west, south, east, north]: readonly number[]): Polygon {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ] as [number, number][];
  return { type: 'Polygon', coordinates: [ring] };
}

function insetFlag(region: string): { inset?: true } {
  return isOverseas(region) ? { inset: true } : {};
}

function collection<P>(features: Feature<Geometry, P>[]): FeatureCollection<Geometry, P> {
  return { type: 'FeatureCollection', features };
}

/** Merges the département geometries selected by `belongs` into one geometry sharing their arcs. */
function mergedObject<P extends Properties>(
  topology: Topology,
  departements: GeometryCollection<DepartementProperties>,
  belongs: (properties: DepartementProperties) => boolean,
  id: string,
  properties: P,
): GeometryObject<P> {
  const parts = departements.geometries.filter((g) => {
    const properties = g.properties as DepartementProperties | undefined;
    return properties !== undefined && belongs(properties);
  });
  if (parts.length === 0) throw new GeographyError([`${id}: no département to merge`]);
  return { ...mergeArcs(topology, parts as never), id, properties } as GeometryObject<P>;
}

export type FranceObjects = {
  departements: GeometryCollection<DepartementProperties>;
  regions: GeometryCollection<RegionProperties>;
  academies: GeometryCollection<AcademieProperties>;
  frames: GeometryCollection<FrameProperties>;
  drom_true: GeometryCollection<RegionProperties>;
};

/**
 * One topology: départements (DROM moved into their insets), régions and académies merged from them (so
 * borders match exactly), the inset frames, and the overseas régions at their true position.
 */
export function buildFranceTopology(
  departements: readonly DepartementShape[],
  options: SimplifyOptions,
): Topology<FranceObjects> {
  const departementFeatures = departements.map((d): Feature<Geometry, DepartementProperties> => ({
    type: 'Feature',
    id: d.code,
    properties: { name: d.name, region: d.region, academie: d.academie, ...insetFlag(d.region) },
    geometry: moveGeometryToInset(d.geometry, d.region),
  }));
  const dromTrue = INSETS.map((inset): Feature<Geometry, RegionProperties> => {
    const shape = departements.find((d) => d.code === inset.departement);
    if (!shape) throw new GeographyError([`DROM ${inset.departement} (${inset.name}) has no shape`]);
    return { type: 'Feature', id: inset.region, properties: { name: inset.name }, geometry: shape.geometry };
  });
  const frames = INSETS.map((inset): Feature<Geometry, FrameProperties> => ({
    type: 'Feature',
    id: inset.region,
    properties: { name: inset.name, departement: inset.departement },
    geometry: framePolygon(inset.frame),
  }));

  // No quantization here: Natural Earth neighbours share exact coordinates, which is how shared arcs are
  // found; quantization happens once, after simplification.
  const topology = buildTopology({
    departements: collection(departementFeatures),
    frames: collection(frames),
    drom_true: collection(dromTrue),
  }) as unknown as Topology<FranceObjects>;

  const departementObject = topology.objects.departements;
  const sortedRegions = [...REGIONS].sort((a, b) => compareCodes(a.code, b.code));
  const sortedAcademies = [...ACADEMIES].sort((a, b) => compareCodes(a.id, b.id));
  const assembled: Topology<FranceObjects> = {
    ...topology,
    objects: {
      departements: departementObject,
      regions: {
        type: 'GeometryCollection',
        geometries: sortedRegions.map((r) =>
          mergedObject(topology, departementObject, (p) => p.region === r.code, r.code, {
            name: r.name,
            ...insetFlag(r.code),
          }),
        ),
      },
      academies: {
        type: 'GeometryCollection',
        geometries: sortedAcademies.map((a) =>
          mergedObject(topology, departementObject, (p) => p.academie === a.id, a.id, {
            name: a.name,
            region: a.region,
            ...insetFlag(a.region),
          }),
        ),
      },
      frames: topology.objects.frames,
      drom_true: topology.objects.drom_true,
    },
  };
  return withLabelPoints(simplifyTopology(assembled, options, ['drom_true']), 'regions');
}

/** Feature counts per object, for the build log. */
export function objectCounts(topology: Topology): Record<string, number> {
  return Object.fromEntries(
    Object.entries(topology.objects).map(([name, object]) => [
      name,
      object.type === 'GeometryCollection' ? object.geometries.length : 1,
    ]),
  );
}
