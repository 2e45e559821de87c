/**
 * An embed locked on a territory stays on it: no zoom out past the view that fits it (Ctrl+wheel,
 * the − button), and long drags in any direction keep its Campus in view (all but one at most). The
 * iframe's page and the <campus-map> element (from another origin) share the code (MapRoot).
 */
import { expect, test, type Page } from '@playwright/test';
import { embedOptionsFromSearch } from '../src/lib/embed/embedOptions.ts';
import { elementSnippet } from '../src/lib/embed/snippets.ts';
import { drawnCampusIds, mapPoint, mapZoom, waitForEmbedMapIdle, type MapRef } from './embedMap.ts';
import { startHostServer, type HostServer } from './hostServer.ts';

interface CampusRecord {
  id: string;
  properties: { region: string };
}

let host: HostServer;
let auvergneRhoneAlpes: string[];

test.beforeAll(async ({ request, baseURL }) => {
  host = await startHostServer();
  const response = await request.get(new URL('data/campus.geojson', baseURL).href);
  auvergneRhoneAlpes = ((await response.json()) as { features: CampusRecord[] }).features
    .filter((f) => f.properties.region === '84')
    .map((f) => f.id)
    .sort();
});
test.afterAll(async () => host.close());

test.use({ viewport: { width: 900, height: 600 } });
// Sixteen drags, each redrawing the map with software WebGL.
test.describe.configure({ timeout: 150_000 });

/**
 * Long drags of the map, corner to corner of its canvas in the direction [sx, sy] (the view moves the
 * other way). Pressed and released inside the canvas, as a person dragging the map does.
 */
async function drag(page: Page, ref: MapRef, [sx, sy]: [number, number], times = 4): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const centre = await mapPoint(page, ref);
    const { width, height } = await canvasSize(page, ref);
    const half = { x: sx * width * 0.35, y: sy * height * 0.35 };
    await page.mouse.move(centre.x - half.x, centre.y - half.y);
    await page.mouse.down();
    await page.mouse.move(centre.x + half.x, centre.y + half.y, { steps: 8 });
    await page.mouse.up();
    // MapLibre ends a drag on the next pointer event after the button's release (a real mouse always
    // sends one): until then the map counts as moving and never goes idle.
    await page.mouse.move(centre.x + half.x - sx * 4, centre.y + half.y - sy * 4);
    await waitForEmbedMapIdle(page, ref);
  }
}

async function canvasSize(page: Page, ref: MapRef): Promise<{ width: number; height: number }> {
  return page.evaluate((selector) => {
    type M = { getCanvas(): HTMLCanvasElement };
    const host = (selector ? document.querySelector(selector) : window) as unknown as Record<string, M>;
    const { width, height } = host[selector ? 'map' : '__map']!.getCanvas().getBoundingClientRect();
    return { width, height };
  }, ref);
}

/** Ctrl+wheel outwards, as far as the map lets it. */
async function zoomOutWithWheel(page: Page, ref: MapRef): Promise<void> {
  const centre = await mapPoint(page, ref);
  await page.mouse.move(centre.x, centre.y);
  await page.keyboard.down('Control');
  for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, 400);
  await page.keyboard.up('Control');
  await page.waitForTimeout(400);
  await waitForEmbedMapIdle(page, ref);
}

async function expectTerritoryInView(page: Page, ref: MapRef, after: string): Promise<void> {
  const drawn = new Set((await drawnCampusIds(page, ref)) ?? []);
  const missing = auvergneRhoneAlpes.filter((id) => !drawn.has(id));
  expect(missing.length, `${after}: Campus out of view: ${missing.join(', ')}`).toBeLessThanOrEqual(1);
}

async function checkLock(page: Page, ref: MapRef): Promise<void> {
  await waitForEmbedMapIdle(page, ref);
  await expectTerritoryInView(page, ref, 'first view');
  const fit = await mapZoom(page, ref);

  await zoomOutWithWheel(page, ref);
  expect(await mapZoom(page, ref)).toBeGreaterThanOrEqual(fit - 0.01);
  await expectTerritoryInView(page, ref, 'Ctrl+wheel out');

  // Towards the south-east (PACA, Corse), then every other way.
  const directions: [string, [number, number]][] = [
    ['south-east', [-1, -1]],
    ['north-west', [1, 1]],
    ['north-east', [-1, 1]],
    ['south-west', [1, -1]],
  ];
  for (const [name, move] of directions) {
    await drag(page, ref, move);
    await expectTerritoryInView(page, ref, `four drags ${name}`);
  }
}

test('the iframe’s page locked on Auvergne-Rhône-Alpes stays on it', async ({ page }) => {
  await page.goto('./embed.html?region=84&show=legend');
  await checkLock(page, null);
});

test('the <campus-map> element locked on Auvergne-Rhône-Alpes stays on it', async ({ page, baseURL }) => {
  const options = embedOptionsFromSearch('?region=84&show=legend');
  host.setPage(
    '/element.html',
    `<!doctype html><html lang="fr"><body style="margin:0">${elementSnippet(options, baseURL!)}</body></html>`,
  );
  await page.goto(`${host.origin}/element.html`);
  await checkLock(page, 'campus-map');
});
