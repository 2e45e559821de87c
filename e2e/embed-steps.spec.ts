/**
 * `<campus-map>` loads in two steps (vite.element.config.ts): campus-map.js and the chunk it imports
 * statically paint the SVG map, within the budget; MapLibre's chunks come afterwards, from the
 * script's own origin (the host page is on another), with their styles in a second adopted sheet.
 */
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { embedOptionsFromSearch } from '../src/lib/embed/embedOptions.ts';
import { elementSnippet } from '../src/lib/embed/snippets.ts';
import { ELEMENT_FIRST_STEP_GZIP, firstStepFiles } from '../scripts/bench/elementBytes.ts';
import { drawnCampusIds, waitForEmbedMapIdle } from './embedMap.ts';
import { startHostServer, type HostServer } from './hostServer.ts';

/** The chunks of the second step: MapLibre's view and MapLibre (the element build names them so). */
const MAPLIBRE_CHUNKS = /\/assets\/campus-map-(?:MapLibreView|maplibre)-[^/]*\.js$/;

let host: HostServer;
let auvergneRhoneAlpes: string[];

test.beforeAll(async ({ request, baseURL }) => {
  host = await startHostServer();
  const response = await request.get(new URL('data/campus.geojson', baseURL).href);
  type Record = { id: string; properties: { region: string } };
  auvergneRhoneAlpes = ((await response.json()) as { features: Record[] }).features
    .filter((f) => f.properties.region === '84')
    .map((f) => f.id)
    .sort();
});
test.afterAll(async () => host.close());

test('the first step (campus-map.js and its static imports) is within the budget, MapLibre not in it', async ({
  request,
  baseURL,
}) => {
  const files = await firstStepFiles(new URL('campus-map.js', baseURL).href, async (url) => {
    const response = await request.get(url);
    expect(response.ok(), url).toBe(true);
    return response.body();
  });
  const gzip = files.reduce((sum, f) => sum + gzipSync(f.bytes, { level: 9 }).length, 0);
  expect(files.length).toBeGreaterThan(1); // the facade and what it imports
  expect(gzip).toBeLessThanOrEqual(ELEMENT_FIRST_STEP_GZIP);
  for (const { url, bytes } of files) {
    expect(url).not.toMatch(MAPLIBRE_CHUNKS);
    // MapLibre's own code (one of its error messages) is not in the first step.
    expect(Buffer.from(bytes).toString()).not.toContain('Style is not done loading');
  }
});

test('the SVG map paints while MapLibre is held back, then MapLibre takes over from our origin', async ({
  page,
  baseURL,
}) => {
  const app = new URL(baseURL!).origin;
  host.setPage(
    '/steps.html',
    `<!doctype html><html lang="fr"><head><meta charset="utf-8" /><title>Région</title></head><body>
      <h1>Nos Campus</h1>
      ${elementSnippet(embedOptionsFromSearch('?region=84&show=legend'), baseURL!)}
    </body></html>`,
  );
  const chunks: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(MAPLIBRE_CHUNKS, async (route) => {
    chunks.push(route.request().url());
    asked();
    await released;
    await route.continue();
  });

  await page.goto(`${host.origin}/steps.html`);
  const element = page.locator('campus-map');
  const svg = element.locator('[data-testid=svg-map][data-mode=preview]');
  // The second step has been asked for, and is held: the first paints on its own.
  await requested;
  await expect(svg).toBeVisible();
  const marks = svg.locator('g.campus');
  await expect
    .poll(async () => (await marks.evaluateAll((gs) => gs.map((g) => g.dataset['campus']))).sort())
    .toEqual(auvergneRhoneAlpes);
  // Styled by the first step's sheet: the map has its height, the title its weight.
  expect((await svg.boundingBox())!.height).toBeGreaterThan(300);
  await expect(element.locator('.title')).toHaveCSS('font-weight', '700');
  const sheets = () =>
    page.evaluate(() => document.querySelector('campus-map')!.shadowRoot!.adoptedStyleSheets.length);
  // The reset, the first step's styles, the type size; MapLibre's come with its chunk.
  expect(await sheets()).toBe(3);
  expect(
    await page.evaluate(() => (document.querySelector('campus-map') as unknown as { map: unknown }).map),
  ).toBeNull();
  await expect(element.locator('canvas.maplibregl-canvas')).toHaveCount(0);

  release();
  await waitForEmbedMapIdle(page, 'campus-map');
  await expect.poll(() => drawnCampusIds(page, 'campus-map')).toEqual(auvergneRhoneAlpes);
  await expect(element.locator('[data-testid=svg-map]')).toHaveCount(0);
  expect(await sheets()).toBeGreaterThanOrEqual(4);
  // MapLibre's styles (its chunk's sheet) apply inside the shadow root.
  await expect(element.locator('canvas.maplibregl-canvas')).toHaveCSS('position', 'absolute');
  // Both chunks came from the script's origin, not the host page's; the host page got no stylesheet.
  expect(chunks.length).toBeGreaterThanOrEqual(2);
  for (const url of chunks) expect(new URL(url).origin).toBe(app);
  expect(await page.evaluate(() => document.querySelectorAll('style, link[rel=stylesheet]').length)).toBe(0);
});
