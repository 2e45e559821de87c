/**
 * From the Campus shown to the features of the map's Campus source: each Campus placed (alone, or on
 * the ring of its place, see placement.ts), the hub of each ring, the aggregates where thousands of
 * Campus crowd, and the leader lines of marks pushed aside. Every feature carries an `id` (promoted for
 * feature-state): a Campus's record id, or `@hub-N` / `@aggregate-N` / `@leader-N`.
 *
 * A DROM Campus is placed twice: in its inset (national view) and at its true place (the « go to »
 * view). Both copies share the record id, so a click on either opens the same card and feature-state
 * lights both.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { CampusFeature } from '../data/types.ts';
import { aggregateImageId, spreadImageId } from './markImages.ts';
import {
  SYMBOL,
  aggregateRadius,
  fromWorld,
  ringRadius,
  toWorld,
  type Placement,
  type PlaceInput,
} from './placement.ts';

export type MarkKind = 'campus' | 'hub' | 'aggregate' | 'leader';

/** A Campus to place, with what its mark needs. */
export interface CampusInput extends PlaceInput {
  campus: CampusFeature;
}

/** World positions, computed once per Campus record (10 000 records: no trigonometry per change). */
const worldOf = new WeakMap<CampusFeature, { drawn: [number, number]; real?: [number, number] }>();

function worldPositions(f: CampusFeature) {
  let known = worldOf.get(f);
  if (!known) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    known = {
      drawn: toWorld(lon, lat),
      real: f.properties.inset ? toWorld(f.properties.true_lon, f.properties.true_lat) : undefined,
    };
    worldOf.set(f, known);
  }
  return known;
}

/**
 * The marks to place: one per Campus, and for a DROM Campus a second one at its true place (the map's
 * « go to » view; the SVG map, which has no such view, leaves it out).
 */
export function placeInputs(campus: readonly CampusFeature[], { trueCopies = true } = {}): CampusInput[] {
  const inputs: CampusInput[] = [];
  for (const f of campus) {
    const { drawn, real } = worldPositions(f);
    const base = { id: f.id, sector: f.properties.sector, campus: f };
    inputs.push({ ...base, key: f.id, x: drawn[0], y: drawn[1] });
    if (real && trueCopies) inputs.push({ ...base, key: `${f.id}@true`, x: real[0], y: real[1] });
  }
  return inputs;
}

/** Text size (px, before the type scale) of the town names, to put them under their mark. */
export const TOWN_LABEL_SIZE = 11.5;

const point = (x: number, y: number): Point => {
  const [lon, lat] = fromWorld(x, y);
  return { type: 'Point', coordinates: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] };
};

/** Towns of a group's Campus, each once, in member order: « Lyon », « Thonon-les-Bains · Passy ». */
function townsOf(members: readonly PlaceInput[]): string {
  const towns = [...new Set(members.map((m) => (m as CampusInput).campus.properties.town))];
  return towns.length > 2 ? `${towns.slice(0, 2).join(' · ')}…` : towns.join(' · ');
}

/**
 * The source's features for a placement. `labelScale` is the symbol size in pixels per symbol unit
 * over the text size, so a town name sits just below its mark (in ems).
 */
export function markFeatures(
  placement: Placement,
  labelScale: number,
): FeatureCollection<Point | LineString> {
  const features: Feature<Point | LineString>[] = [];
  // Leader lines first (drawn under the marks): from a true place to where its mark was pushed.
  placement.leaders.forEach((leader, i) => {
    features.push({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [point(...leader.from).coordinates, point(...leader.to).coordinates],
      },
      properties: { id: `@leader-${i}`, kind: 'leader' },
    });
  });
  const below = (units: number) => Math.round(((units * labelScale) / TOWN_LABEL_SIZE + 0.25) * 100) / 100;
  placement.groups.forEach((group, i) => {
    features.push({
      type: 'Feature',
      geometry: point(group.x, group.y),
      properties: {
        id: `@hub-${i}`,
        kind: 'hub',
        n: group.members.length,
        image: spreadImageId(group.members.length),
        town: townsOf(group.members),
        labelOffset: below(ringRadius(group.members.length) + SYMBOL / 2),
      },
    });
  });
  placement.aggregates.forEach((aggregate, i) => {
    const radius = aggregateRadius(aggregate.members.length);
    features.push({
      type: 'Feature',
      geometry: point(aggregate.x, aggregate.y),
      properties: {
        id: `@aggregate-${i}`,
        kind: 'aggregate',
        count: aggregate.members.length,
        image: aggregateImageId(radius, aggregate.bySector),
      },
    });
  });
  for (const placed of placement.campus) {
    const p = (placed.input as CampusInput).campus.properties;
    features.push({
      type: 'Feature',
      geometry: point(placed.x, placed.y),
      properties: {
        id: placed.input.id,
        kind: 'campus',
        sector: p.sector,
        status: p.status,
        approximate: p.approximate === true,
        offset: placed.offset,
        // Alone, a Campus names its town; on a ring, the hub does.
        town: placed.group < 0 ? p.town : '',
        labelOffset: below(SYMBOL / 2),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The Campus ids an aggregate stands for, and what it holds for its tooltip. */
export function aggregateMembers(placement: Placement, featureId: string): PlaceInput[] {
  const match = /^@aggregate-(\d+)$/.exec(featureId);
  return match ? (placement.aggregates[Number(match[1])]?.members ?? []) : [];
}
