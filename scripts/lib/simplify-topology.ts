/**
 * Visvalingam simplification of a topology (topojson-simplify) that never erases an island: a ring made
 * of one or two arcs would otherwise shrink to its arc endpoints and vanish, which is exactly what
 * happens to Martinique, Mayotte or Belle-Île at national-view weights.
 */
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type {
  Arc,
  ArcIndexes,
  GeometryObject,
  Objects,
  Positions,
  Properties,
  Topology,
} from 'topojson-specification';
import { mercatorY } from '../../src/lib/geo/insets.ts';

export interface SimplifyOptions {
  /** Smallest triangle area kept, in squared Web-Mercator degrees (what the eye sees on the map). */
  minWeight: number;
  /** Quantization of the written file (grid steps across the topology's bounding box). */
  quantization: number;
}

/**
 * Distinct vertices every ring keeps: four, so a frame stays a rectangle and an island a small
 * quadrilateral rather than a sliver (a ring needs only three to stay a polygon).
 */
const MIN_RING_VERTICES = 4;

/** Triangle area in Web-Mercator space, so the threshold means the same on screen at every latitude. */
export function mercatorTriangleArea(triangle: number[][]): number {
  const [a, b, c] = triangle.map((p) => [p[0]!, mercatorY(p[1]!)] as const);
  return Math.abs((a![0] - c![0]) * (b![1] - a![1]) - (a![0] - b![0]) * (c![1] - a![1])) / 2;
}

function arcIndex(index: number): number {
  return index < 0 ? ~index : index;
}

/** Every ring (as a list of arc references) of a geometry object. */
export function ringsOf(geometry: GeometryObject<Properties>): ArcIndexes[] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.arcs;
    case 'MultiPolygon':
      return geometry.arcs.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(ringsOf);
    default:
      return [];
  }
}

/** The `count` interior points of a ring's arcs with the highest weights (the last Visvalingam drops). */
function strongestInteriorPoints(arcs: readonly Positions[][], ring: readonly number[], count: number) {
  return ring
    .flatMap((arc) =>
      arcs[arc]!.slice(1, -1).map((point, i) => ({ arc, index: i + 1, weight: point[2] ?? 0 })),
    )
    .sort((a, b) => b.weight - a.weight || a.arc - b.arc || a.index - b.index)
    .slice(0, count);
}

/**
 * Arc point indexes to keep whatever the threshold: enough interior points for each ring of fewer than
 * four arcs to keep four vertices, and every point of the arcs of `fullDetailObjects`.
 */
export function protectedPoints(
  topology: Topology,
  fullDetailObjects: readonly string[] = [],
): Map<number, Set<number>> {
  const kept = new Map<number, Set<number>>();
  const keep = (arc: number, indexes: Iterable<number>) => {
    const set = kept.get(arc) ?? new Set<number>();
    for (const index of indexes) set.add(index);
    kept.set(arc, set);
  };
  for (const [name, object] of Object.entries(topology.objects)) {
    for (const ring of ringsOf(object)) {
      const arcs = ring.map(arcIndex);
      if (fullDetailObjects.includes(name)) {
        for (const arc of arcs) keep(arc, topology.arcs[arc]!.keys());
      } else if (arcs.length < MIN_RING_VERTICES) {
        // Each arc brings one distinct vertex (its start); interior points make up the rest.
        const strongest = strongestInteriorPoints(topology.arcs, arcs, MIN_RING_VERTICES - arcs.length);
        for (const { arc, index } of strongest) keep(arc, [index]);
      }
    }
  }
  return kept;
}

/** Gives the protected points an infinite weight in a presimplified topology (returns a copy). */
function protect(weighted: Topology, kept: Map<number, Set<number>>): Topology {
  const arcs: Arc[] = weighted.arcs.map((arc, arcIdx) =>
    arc.map((point, pointIdx) =>
      kept.get(arcIdx)?.has(pointIdx) ? [point[0]!, point[1]!, Infinity] : [...point],
    ),
  );
  return { ...weighted, arcs };
}

/**
 * Presimplify (Web-Mercator triangle areas), protect small rings and `fullDetailObjects`, drop points
 * under `minWeight`, then quantize once. The input must not be quantized.
 */
export function simplifyTopology<T extends Objects<Properties>>(
  topology: Topology<T>,
  { minWeight, quantization }: SimplifyOptions,
  fullDetailObjects: readonly string[] = [],
): Topology<T> {
  // topojson-simplify's typings want properties that are never null; ours are GeoJSON's.
  const weighted = presimplify(topology as unknown as Topology<Objects>, mercatorTriangleArea);
  const kept = protectedPoints(weighted, fullDetailObjects);
  const simplified = simplify(protect(weighted, kept) as Topology<Objects>, minWeight);
  return quantize(simplified, quantization) as unknown as Topology<T>;
}
