/**
 * The département shapes the checks use (src/lib/ingest/departementShapes.ts), built from the
 * committed topology: metropolitan départements from `departements`, the five overseas ones from
 * `drom_true`, since the composite objects hold the DROM moved into their insets.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { DepartementShapes } from '../../src/lib/ingest/departementShapes.ts';

type Area = Feature<Polygon | MultiPolygon>;

export function departementShapesOf(topology: Topology): DepartementShapes {
  const departements = topology.objects['departements'] as GeometryCollection | undefined;
  const dromTrue = topology.objects['drom_true'] as GeometryCollection | undefined;
  if (!departements || !dromTrue) throw new Error('the topology has no `departements` or `drom_true` object');
  return new DepartementShapes(
    feature(topology, departements).features as Area[],
    feature(topology, dromTrue).features as Area[],
  );
}
