/**
 * What the app exports opens again as an own list with the same Campus: the CSV in both languages and
 * the GeoJSON. Positions, sectors, communes and the approximate marks survive the trip.
 */
import { describe, expect, it } from 'vitest';
import { campusToCsv } from './campusCsv.ts';
import { campusToGeojson } from './campusGeojson.ts';
import { readOwnList } from '../ingest/ownList.ts';
import { livretCampus, ownListContext, utf8 } from '../testing/ownListContext.ts';
import type { CampusFeature } from '../model/types.ts';

const essentials = (features: readonly CampusFeature[]) =>
  features
    .map(({ properties: p }) => ({
      id: p.id,
      name: p.name,
      sector: p.sector,
      status: p.status,
      commune: p.commune,
      region: p.region,
      lead: p.lead,
      partners: p.partners,
      aliases: p.aliases,
      sources: p.sources,
      // A position placed at an académie's seat comes back placed at that commune: the same point.
      position: [p.true_lon, p.true_lat],
      approximate: p.approximate && p.location_basis !== 'academie-seat',
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

describe('an exported list opened again', () => {
  const livret = livretCampus();
  const cases = [
    ['campus.csv (français)', campusToCsv(livret, ownListContext().sectors, 'fr')],
    ['campus.csv (English)', campusToCsv(livret, ownListContext().sectors, 'en')],
    ['campus.geojson', campusToGeojson(livret)],
  ] as const;

  it.each(cases)('%s gives back the same Campus', (name, text) => {
    const result = readOwnList({ name, bytes: utf8(text) }, ownListContext());
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.line} ${p.field} ${p.message}`).join('\n'));
    expect(result.list.problems.map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([]);
    expect(result.list.campus).toHaveLength(livret.length);
    expect(essentials(result.list.campus)).toEqual(essentials(livret));
  });
});
