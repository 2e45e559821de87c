/** Shared steps of the end-to-end specs: wait for the map, read what it renders. */
import { expect, type Page } from '@playwright/test';
import { toInset } from '../src/lib/geo/insets.ts';

interface TestMap {
  loaded(): boolean;
  isMoving(): boolean;
  once(type: string, listener: () => void): void;
}

/** Waits until `window.__map` exists and is idle (style loaded, tiles and symbols placed). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __map?: TestMap }).__map), null, {
    timeout: 30_000,
  });
  // The MapLibre map has taken over from the SVG preview (it draws one frame as it shows itself).
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=svg-map][data-mode=preview]'),
    null,
    {
      timeout: 30_000,
    },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: TestMap }).__map;
        const idle = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', () => resolve()));
        // Give pending data (setData) a frame to be picked up before deciding the map is idle.
        requestAnimationFrame(() => requestAnimationFrame(idle));
      }),
  );
}

/**
 * What the Campus overlay drew in its last frame (src/lib/map/campus/campusOverlay.ts): its canvas carries
 * `campusMarks`, in CSS pixels of the map's canvas. Only marks in (or just around) the viewport.
 */
interface DrawnMarks {
  campus: { id: string; x: number; y: number }[];
  hubs: unknown[];
  aggregates: { id: string; count: number; x: number; y: number }[];
}

/**
 * Campus the map currently draws in the viewport: each Campus symbol once (a DROM Campus has a copy at
 * its true place), plus the count of each aggregate (only where thousands crowd).
 */
export async function renderedCampusCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas.campus-overlay') as
      (HTMLCanvasElement & { campusMarks?: DrawnMarks }) | null;
    const marks = canvas?.campusMarks;
    if (!marks) return 0;
    const { width, height } = canvas.getBoundingClientRect();
    const inside = (m: { x: number; y: number }) => m.x >= 0 && m.y >= 0 && m.x <= width && m.y <= height;
    const ids = new Set(marks.campus.filter(inside).map((c) => c.id));
    return ids.size + marks.aggregates.filter(inside).reduce((n, a) => n + a.count, 0);
  });
}

/** What the map draws in the viewport, by kind: Campus symbols (ids), ring hubs, aggregates. */
export async function renderedMarks(
  page: Page,
): Promise<{ campus: string[]; hubs: number; aggregates: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas.campus-overlay') as
      (HTMLCanvasElement & { campusMarks?: DrawnMarks }) | null;
    const marks = canvas?.campusMarks;
    if (!marks) return { campus: [], hubs: 0, aggregates: 0 };
    const { width, height } = canvas.getBoundingClientRect();
    const inside = (m: { x: number; y: number }) => m.x >= 0 && m.y >= 0 && m.x <= width && m.y <= height;
    return {
      campus: [...new Set(marks.campus.filter(inside).map((c) => c.id))].sort(),
      hubs: (marks.hubs as { x: number; y: number }[]).filter(inside).length,
      aggregates: marks.aggregates.filter(inside).length,
    };
  });
}

/** How the overlay drew a Campus in its last frame (its halo and fading), or null if not drawn. */
export async function drawnCampusLook(
  page: Page,
  id: string,
): Promise<{ halo: 'hover' | 'selected' | null; faded: boolean } | null> {
  return page.evaluate((campus) => {
    type Marks = { campus: { id: string; halo: 'hover' | 'selected' | null; faded: boolean }[] };
    const canvas = document.querySelector('canvas.campus-overlay') as
      (HTMLCanvasElement & { campusMarks?: Marks }) | null;
    const mark = canvas?.campusMarks?.campus.find((c) => c.id === campus);
    return mark ? { halo: mark.halo, faded: mark.faded } : null;
  }, id);
}

/** Page positions of the Campus symbols drawn in the viewport, by id. */
export async function campusSymbolPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas.campus-overlay') as
      (HTMLCanvasElement & { campusMarks?: DrawnMarks }) | null;
    const positions: Record<string, { x: number; y: number }> = {};
    if (!canvas?.campusMarks) return positions;
    const rect = canvas.getBoundingClientRect();
    for (const c of canvas.campusMarks.campus) {
      if (c.x < 0 || c.y < 0 || c.x > rect.width || c.y > rect.height) continue;
      positions[c.id] ??= { x: rect.left + c.x, y: rect.top + c.y };
    }
    return positions;
  });
}

/** Screen position (page pixels) of a rendered Campus symbol, by id (on its ring if it has one). */
export async function campusScreenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = (await campusSymbolPositions(page))[id];
  expect(position, `Campus ${id} is drawn as a symbol`).toBeDefined();
  return position!;
}

export async function datasetCampusCount(page: Page): Promise<number> {
  const response = await page.request.get('data/campus.geojson');
  const json = (await response.json()) as { features: unknown[] };
  return json.features.length;
}

/** Saint-Denis de La Réunion, where the test Campus of `serveWithReunionCampus` stands. */
const REUNION: [number, number] = [55.4481, -20.8823];

/**
 * Serves the real dataset plus one tourism Campus in La Réunion (in its inset, with its true place),
 * since the livret's own data has none overseas.
 */
export async function serveWithReunionCampus(page: Page): Promise<void> {
  await page.route('**/data/campus.geojson', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as {
      features: { id: string; properties: Record<string, unknown> }[];
    };
    const template = json.features[0]!;
    json.features.push({
      ...template,
      id: 'e2e-reunion',
      geometry: { type: 'Point', coordinates: toInset(REUNION, '04') },
      properties: {
        ...template.properties,
        id: 'e2e-reunion',
        name: 'Campus d’essai de La Réunion',
        sector: 'tourisme',
        town: 'Saint-Denis',
        departement: '974',
        region: '04',
        academie: 'la-reunion',
        academie_2020: 'la-reunion',
        practices: [],
        chapters: [],
        true_lon: REUNION[0],
        true_lat: REUNION[1],
        inset: true,
      },
    } as unknown as (typeof json.features)[number]);
    await route.fulfill({ response, json });
  });
}
