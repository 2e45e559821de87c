/**
 * Step of `npm run geography`: where each mainland région's name is written on the map, computed
 * once here (on the simplified shapes the app draws) instead of in every visitor's browser, which
 * keeps turf out of the app's JavaScript.
 */
import { area, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Properties, Topology } from 'topojson-specification';

type AreaGeometry = Polygon | MultiPolygon;

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

/** 1e-4° is ~10 m: plenty for a label, and the file stays small. */
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * Adds `label: [lon, lat]` to the properties of each geometry of `objectName` (shapes read from the
 * topology itself, after simplification and quantization). Returns a new topology.
 */
export function withLabelPoints<T extends Topology>(topology: T, objectName: string): T {
  const object = topology.objects[objectName] as GeometryCollection<Properties> | undefined;
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`label points: the topology has no « ${objectName} » collection`);
  }
  const geometries = object.geometries.map((g) => {
    const shape = (feature(topology, g) as Feature).geometry;
    if (shape?.type !== 'Polygon' && shape?.type !== 'MultiPolygon') return g;
    const [lon, lat] = labelPoint(shape);
    return { ...g, properties: { ...g.properties, label: [round(lon), round(lat)] } };
  });
  return { ...topology, objects: { ...topology.objects, [objectName]: { ...object, geometries } } };
}
