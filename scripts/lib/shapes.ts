/**
 * Département polygons at their TRUE position, to check that every Campus point lies where its
 * commune says. Built from the committed topology: metropolitan départements from `departements`,
 * and the five overseas ones (one département each) from `drom_true`, since the composite objects
 * hold the DROM moved into their insets.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import { INSETS } from '../../src/lib/geo/insets.ts';
import type { DepartementCheck } from '../../src/lib/ingest/validate.ts';

type Area = Feature<Polygon | MultiPolygon>;

/** The tolerance the build applies to these distances is the validation's (src/lib/ingest/validate.ts). */

export class DepartementShapes implements DepartementCheck {
  private readonly byCode = new Map<string, Area>();

  constructor(topology: Topology) {
    const departements = topology.objects['departements'] as GeometryCollection | undefined;
    const dromTrue = topology.objects['drom_true'] as GeometryCollection | undefined;
    if (!departements || !dromTrue)
      throw new Error('the topology has no `departements` or `drom_true` object');
    const overseas = new Map(INSETS.map((i) => [i.region, i.departement]));
    for (const f of feature(topology, departements).features) {
      const region = (f.properties as Record<string, unknown> | null)?.['region'];
      if (!overseas.has(String(region))) this.byCode.set(String(f.id), f as Area);
    }
    for (const f of feature(topology, dromTrue).features) {
      const dep = overseas.get(String(f.id));
      if (dep) this.byCode.set(dep, f as Area);
    }
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** 0 inside the département, otherwise the distance in km to its border; undefined for an unknown code. */
  distanceOutsideKm(code: string, lon: number, lat: number): number | undefined {
    const area = this.byCode.get(code);
    if (!area) return undefined;
    const point: [number, number] = [lon, lat];
    if (booleanPointInPolygon(point, area)) return 0;
    return Math.abs(pointToPolygonDistance(point, area, { units: 'kilometers' }));
  }
}
