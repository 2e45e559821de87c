/**
 * Département polygons at their TRUE position, to check that a Campus point lies where its commune
 * says, and to place one whose commune has no known position. The build (from the committed topology)
 * and the app (from the dataset's geography) both use this class, so a list is checked alike in both.
 *
 * The metropolitan départements come from `departements`; the five overseas ones (one département
 * each) from `drom_true`, since the composite layers hold the DROM moved into their insets.
 *
 * Plain planar geometry, no library: at the scale of a département, longitude scaled by cos(latitude)
 * measures distances near the border to within 1 % of what a geodesic would give (the test compares with turf's),
 * and an even-odd ray test does not depend on the rings' winding order, which topojson does not fix.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { DepartementCheck } from './validate.ts';
import { INSETS } from '../geo/insets.ts';
import { pointsBounds } from '../geo/bounds.ts';

type Area = Feature<Polygon | MultiPolygon, unknown>;
type Ring = Position[];

const KM_PER_DEGREE = 111.32;

export class DepartementShapes implements DepartementCheck {
  private readonly byCode = new Map<string, Ring[][]>();

  /**
   * @param departements features with the département code as `id` and the région as `properties.region`
   * @param dromTrue the five DROM at their true position, `id` the région code
   */
  constructor(departements: readonly Area[], dromTrue: readonly Area[]) {
    const overseas = new Map(INSETS.map((i) => [i.region, i.departement]));
    for (const f of departements) {
      const region = (f.properties as Record<string, unknown> | null)?.['region'];
      if (!overseas.has(String(region))) this.byCode.set(String(f.id), polygonsOf(f));
    }
    for (const f of dromTrue) {
      const dep = overseas.get(String(f.id));
      if (dep) this.byCode.set(dep, polygonsOf(f));
    }
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** 0 inside the département, otherwise the distance in km to its border; undefined for an unknown code. */
  distanceOutsideKm(code: string, lon: number, lat: number): number | undefined {
    const polygons = this.byCode.get(code);
    if (!polygons) return undefined;
    if (polygons.some((rings) => contains(rings, lon, lat))) return 0;
    const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
    let best = Infinity;
    for (const rings of polygons)
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++) {
          const [ax, ay] = ring[i - 1]!;
          const [bx, by] = ring[i]!;
          best = Math.min(
            best,
            segmentDistance(
              (ax! - lon) * kx,
              (ay! - lat) * KM_PER_DEGREE,
              (bx! - lon) * kx,
              (by! - lat) * KM_PER_DEGREE,
            ),
          );
        }
    return best;
  }

  /**
   * A point inside the département, away from its edges: on the horizontal line through the middle of
   * its largest polygon, the middle of the widest stretch that lies inside.
   */
  interiorPoint(code: string): { lon: number; lat: number } | undefined {
    const polygons = this.byCode.get(code);
    if (!polygons || polygons.length === 0) return undefined;
    const largest = polygons.reduce((a, b) => (extent(b).area > extent(a).area ? b : a));
    const { minY, maxY } = extent(largest);
    const lat = (minY + maxY) / 2;
    const crossings: number[] = [];
    for (const ring of largest)
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        if (ay! > lat !== by! > lat) crossings.push(ax! + ((lat - ay!) / (by! - ay!)) * (bx! - ax!));
      }
    crossings.sort((a, b) => a - b);
    let best: { lon: number; width: number } | undefined;
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const width = crossings[i + 1]! - crossings[i]!;
      if (!best || width > best.width) best = { lon: (crossings[i]! + crossings[i + 1]!) / 2, width };
    }
    return best && { lon: best.lon, lat };
  }
}

function polygonsOf(f: Area): Ring[][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Even-odd rule over the outer ring and its holes. */
function contains(rings: readonly Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  return inside;
}

/** Distance from the origin to the segment a–b, in the segment's units. */
function segmentDistance(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function extent(rings: readonly Ring[]): { minY: number; maxY: number; area: number } {
  const [minX, minY, maxX, maxY] = pointsBounds(rings[0] ?? []);
  return { minY, maxY, area: (maxX - minX) * (maxY - minY) };
}
