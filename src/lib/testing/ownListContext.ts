/**
 * What reading an own list needs, built as the app builds it: the commune gazetteer and the sectors
 * `npm run data` wrote (the test command builds them first), and the département shapes of the
 * committed topology.
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { CommuneGazetteer } from '../data/communes.ts';
import { DepartementShapes } from '../ingest/departementShapes.ts';
import type { OwnListContext } from '../ingest/ownList.ts';
import type { CampusFeature, Sector } from '../model/types.ts';

type Area = Feature<Polygon | MultiPolygon>;

let cached: OwnListContext | undefined;

export function ownListContext(): OwnListContext {
  if (cached) return cached;
  const topology = JSON.parse(readFileSync('data/france.topo.json', 'utf8')) as Topology;
  const areas = (name: string) =>
    feature(topology, topology.objects[name] as GeometryCollection).features as Area[];
  cached = {
    gazetteer: CommuneGazetteer.fromText(readFileSync('public/data/communes.tsv', 'utf8')),
    shapes: new DepartementShapes(areas('departements'), areas('drom_true')),
    sectors: JSON.parse(readFileSync('public/data/sectors.json', 'utf8')) as Sector[],
  };
  return cached;
}

/** The livret's Campus as `npm run data` wrote them. */
export function livretCampus(): CampusFeature[] {
  return (JSON.parse(readFileSync('public/data/campus.geojson', 'utf8')) as { features: CampusFeature[] })
    .features;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
