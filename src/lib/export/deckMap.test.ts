import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/loadDataset.ts';
import { COLOURS } from '../theme/palette.ts';
import { buildTours, tourSpotlight } from '../query/tour.ts';
import { slideLegend } from './slideLegend.ts';
import { stepMap } from './deckMap.ts';
import { deckSteps } from './deckModel.ts';

// The livret's own data: every step of both tours, as the decks draw them.
const data = await loadDataset('public/data/', async (url) => {
  const text = await readFile(url, 'utf8');
  return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
});

function mapOf(shown: typeof data.campus, spotlight: ReturnType<typeof tourSpotlight>) {
  const ids = new Set(spotlight.campus);
  return stepMap({
    geography: data.geography,
    shown,
    spotlight,
    legend: slideLegend(
      shown.filter((f) => ids.has(f.id)),
      (id) => id,
    ),
    attribution:
      "© Natural Earth · communes : GeoNames (CC BY 4.0) · Livret des bonnes pratiques, ministère de l'Éducation nationale",
  });
}

describe('stepMap', () => {
  const tours = buildTours(data);
  const mobility = data.campus.filter((f) => f.properties.sector === 'mobilite');
  const cases = [
    ...tours.practices.map((step) => ['practices', data.campus, step] as const),
    ...tours.regions.map((step) => ['regions', data.campus, step] as const),
    ...deckSteps('regions', mobility, data.practices, true).map(
      (step) => ['mobility', mobility, step] as const,
    ),
  ];

  it('has the 40 practices and the régions to check', () => {
    expect(tours.practices).toHaveLength(40);
    expect(tours.regions.length).toBeGreaterThan(5);
  });

  it.each(cases.map(([tour, shown, step], i) => [`${tour} step ${i}`, shown, step] as const))(
    'draws every Campus of %s, clear of the legend, the footer and the edges',
    (_label, shown, step) => {
      const spotlight = tourSpotlight(step);
      const { marks, clear, svg } = mapOf(shown, spotlight);
      // Each Campus of the step is a symbol of its own (none folded into an aggregate).
      expect(marks.aggregates).toEqual([]);
      expect(marks.campus.map((m) => m.id).sort()).toEqual([...spotlight.campus].sort());
      const r = marks.r + 2;
      for (const m of marks.campus) {
        expect(m.x - r, m.id).toBeGreaterThanOrEqual(clear.x);
        expect(m.y - r, m.id).toBeGreaterThanOrEqual(clear.y);
        expect(m.x + r, m.id).toBeLessThanOrEqual(clear.x + clear.width);
        expect(m.y + r, m.id).toBeLessThanOrEqual(clear.y + clear.height);
        const l = clear.legend;
        if (l) expect(m.x + r <= l.x || m.y + r <= l.y, `${m.id} under the legend`).toBe(true);
      }
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    },
  );

  it('draws the overseas insets on a map of all France, not on a mainland région’s', () => {
    const frame = `stroke="${COLOURS.frameLine}"`;
    const national = tours.practices.find((s) => s.kind === 'practices' && s.practice.level === 'national')!;
    expect(mapOf(data.campus, tourSpotlight(national)).svg).toContain(frame);
    const aquitaine = tours.regions.find((s) => s.kind === 'regions' && s.region === '75')!;
    expect(mapOf(data.campus, tourSpotlight(aquitaine)).svg).not.toContain(frame);
  });

  it('is the same picture for the same step (deterministic)', () => {
    const spotlight = tourSpotlight(tours.regions[0]!);
    expect(mapOf(data.campus, spotlight).svg).toBe(mapOf(data.campus, spotlight).svg);
  });

  it('frames a région step on the région: its Campus spread across the map, not a dot in France', () => {
    const step = tours.regions.find((s) => s.kind === 'regions' && s.campus.length >= 5)!;
    const { marks } = mapOf(data.campus, tourSpotlight(step));
    const xs = marks.campus.map((m) => m.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(80);
  });
});
