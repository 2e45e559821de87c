/**
 * From Campus records to what the placement needs (world positions, computed once per record), and
 * from a placement to the room its marks take in MapLibre's collision index.
 *
 * A DROM Campus is placed twice: in its inset (national view) and at its true place (the « go to »
 * view). Both copies share the record id, so a click on either opens the same card and a highlight
 * lights both.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CampusFeature } from '../../model/types.ts';
import { fromWorld, toWorld, type PlacedCampus, type Placement, type PlaceInput } from './placement.ts';
import { aggregateRadius } from './markGrouping.ts';
import { SYMBOL, ringRadius } from './ringSpread.ts';

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

/**
 * Whether the SVG map draws this mark too (all but the copies at a DROM's true place): the marks whose
 * leaders decide how far the symbols shrink (`placeCampus`'s `judged`), so both maps shrink alike.
 */
export const drawnBySvg = (input: PlaceInput): boolean => !input.key.endsWith('@true');

const point = (x: number, y: number): Point => {
  const [lon, lat] = fromWorld(x, y);
  return { type: 'Point', coordinates: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] };
};

/**
 * The features of the room layer (layers.ts `campusRoomLayer`): one point per mark of the placement,
 * `k` symbols wide (a Campus 1, a ring or an aggregate its image's side), a Campus on its ring by
 * `offset` (symbol units).
 */
export function roomFeatures(placement: Placement): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  const round = (n: number) => Math.round(n * 100) / 100;
  // The symbols as drawn: shrunk by the placement's factor (MapLibre scales `offset` by the size too).
  const factor = placement.symbolFactor;
  for (const group of placement.groups) {
    const side = 2 * (ringRadius(group.members.length) + SYMBOL / 2 + 2);
    features.push({
      type: 'Feature',
      geometry: point(group.x, group.y),
      properties: { k: round((side / SYMBOL) * factor), offset: [0, 0] },
    });
  }
  for (const aggregate of placement.aggregates) {
    const side = 2 * aggregateRadius(aggregate.members.length) + 4;
    features.push({
      type: 'Feature',
      geometry: point(aggregate.x, aggregate.y),
      properties: { k: round((side / SYMBOL) * factor), offset: [0, 0] },
    });
  }
  for (const placed of placement.campus) {
    features.push({
      type: 'Feature',
      geometry: point(placed.x, placed.y),
      properties: { k: factor, offset: placed.offset },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The placed mark of each Campus id: its copy in an inset, not the one at its true place. */
export function markOfCampus(placement: Placement): Map<string, PlacedCampus> {
  const marks = new Map<string, PlacedCampus>();
  for (const mark of placement.campus) if (!mark.input.key.endsWith('@true')) marks.set(mark.input.id, mark);
  return marks;
}
