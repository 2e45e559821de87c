/**
 * What no first view needs is not loaded with the page (issue 22, point 3): the print sheet comes at the
 * first sign of a person (PrintSheetLoader), the cards, the list and the practices when one of them is
 * to be shown (ui/loadReadingParts.ts), the copy of the map for the PNG exports at the first export
 * (map/loadCaptureMap.ts). A part whose code is slow says so; one whose code fails says why and retries.
 */
import { expect, test, type Page } from '@playwright/test';
import { datasetCampusCount, waitForMapIdle } from './helpers.ts';

test.describe.configure({ timeout: 120_000 });

/** The app's JavaScript files requested from now on, by their name without the hash. */
function scriptsRequested(page: Page): Set<string> {
  const names = new Set<string>();
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    const name = file.match(/^(.+)-[\w-]{8}\.js$/)?.[1];
    if (name) names.add(name);
  });
  return names;
}

test('the print sheet, the cards, the list and the export capture are not loaded with the page', async ({
  page,
}) => {
  const scripts = scriptsRequested(page);
  await page.goto('./');
  await waitForMapIdle(page);
  // Past the moment the print sheet used to come (the page idle).
  await page.waitForTimeout(2500);
  expect(scripts.has('index')).toBe(true); // the page's entry: the check sees what is requested
  for (const part of ['PrintSheet', 'readingParts', 'captureMap', 'ExportMenuList'])
    expect(scripts.has(part), part).toBe(false);
  await expect(page.getByTestId('print-sheet')).toHaveCount(0);

  // The first key (the Ctrl of a Ctrl+P) brings the print sheet.
  await page.keyboard.down('Control');
  await page.keyboard.up('Control');
  await expect(page.getByTestId('print-sheet')).toHaveCount(1);
  expect(scripts.has('PrintSheet')).toBe(true);

  // The list's tab brings the list.
  await page.getByRole('tab', { name: 'Liste' }).click();
  await expect(page.getByRole('tabpanel').getByRole('listitem').first()).toBeVisible();
  expect(scripts.has('readingParts')).toBe(true);
});

test('the SVG map’s code is not loaded while the built first view’s map stands in for MapLibre', async ({
  page,
}) => {
  const scripts = scriptsRequested(page);
  await page.goto('./');
  await waitForMapIdle(page);
  await page.waitForTimeout(1000);
  expect(scripts.has('index')).toBe(true);
  // SvgMap.svelte's chunk, and d3-geo's (with the projection): neither is needed at start.
  for (const part of ['SvgMap', 'svgProjection']) expect(scripts.has(part), part).toBe(false);

  // A page with no built view for it (a query string) draws the live SVG map while MapLibre loads.
  await page.goto('./?sectors=energie');
  await waitForMapIdle(page);
  expect(scripts.has('SvgMap')).toBe(true);
});

/** MapLibre's chunk held back until the returned function is called: the preview stays. */
async function holdMapLibre(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/maplibre-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the SVG map loads when the state leaves the built view’s before MapLibre is there', async ({
  page,
}) => {
  const release = await holdMapLibre(page);
  const scripts = scriptsRequested(page);
  await page.goto('./');
  // The built map, taken into the live explorer as its preview: every Campus, inert.
  const preview = page.locator('[data-testid=svg-map][data-mode=preview]');
  await expect(preview).toBeVisible();
  await expect(page.locator('#first-view')).toHaveCount(0);
  const total = Number(await preview.getAttribute('data-drawn'));
  expect(scripts.has('SvgMap')).toBe(false);
  // A filter: the built map no longer shows the state, the live SVG map does.
  await page
    .getByRole('button', { name: /^Transition énergétique, éco-industrie/ })
    .first()
    .click();
  await expect.poll(() => scripts.has('SvgMap')).toBe(true);
  await expect(preview.locator('g.campus')).not.toHaveCount(total);
  await expect(preview.locator('g.campus').first()).toBeVisible();
  release();
  await waitForMapIdle(page);
});

test('a dataset other than the one the page was built from: its own preview, never the built marks', async ({
  page,
}) => {
  // data/ replaced without a rebuild (the bench serves its 10 000 Campus so): one Campus fewer here.
  await page.route(/\/data\/campus\.geojson$/, async (route) => {
    const json = (await (await route.fetch()).json()) as { features: unknown[] };
    await route.fulfill({ json: { ...json, features: json.features.slice(1) } });
  });
  const release = await holdMapLibre(page);
  const scripts = scriptsRequested(page);
  await page.goto('./');
  const total = await datasetCampusCount(page);
  // The live SVG map, loaded for it, draws the Campus loaded: one fewer than the built view's.
  const preview = page.locator('[data-testid=svg-map][data-mode=preview]');
  await expect(preview).toBeVisible();
  await expect(preview).not.toHaveAttribute('data-dataset', /.+/);
  await expect(preview.locator('g.campus')).toHaveCount(total - 1);
  expect(scripts.has('SvgMap')).toBe(true);
  release();
  await waitForMapIdle(page);
});

test('a card whose code is slow says it is loading, then shows', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/readingParts-[\w-]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./?campus=egletons');
  const slot = page.locator('.card-slot');
  await expect(slot.getByRole('status')).toHaveText('Chargement…');
  release();
  await expect(slot.getByTestId('campus-card')).toHaveAttribute('data-campus', 'egletons');
  await expect(slot.getByRole('status')).toHaveCount(0);
});

test('a card whose code fails says why, and « Réessayer » loads it', async ({ page }) => {
  let fail = true;
  let refused = 0;
  await page.route(/readingParts-[\w-]{8}\.js$/, (route) => {
    if (!fail) return route.continue();
    refused += 1;
    return route.abort();
  });
  await page.goto('./?campus=egletons');
  const slot = page.locator('.card-slot');
  await expect(slot.getByRole('alert')).toContainText('n’a pas pu être chargée');
  // The first sign of a person tries once more (MapArea): let that fail too, then retry by hand.
  const before = refused;
  await page.keyboard.press('Shift');
  await expect.poll(() => refused).toBeGreaterThan(before);
  await page.waitForTimeout(500); // the retry's failure lands; nothing tries on its own after it
  await expect(slot.getByRole('alert')).toContainText('n’a pas pu être chargée');
  fail = false;
  await slot.getByRole('button', { name: 'Réessayer' }).click();
  await expect(slot.getByTestId('campus-card')).toHaveAttribute('data-campus', 'egletons');
});

test('« Exporter » whose entries fail to load says why in the menu, and « Réessayer » loads them', async ({
  page,
}) => {
  let fail = true;
  await page.route(/ExportMenuList-[\w-]{8}\.js$/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto('./');
  await waitForMapIdle(page);
  const trigger = page.getByRole('button', { name: /^Exporter/ });
  await trigger.click();
  const menu = page.locator('.export');
  await expect(menu.getByRole('alert')).toContainText('n’a pas pu être chargée');
  await expect(page.getByRole('menuitem')).toHaveCount(0);
  fail = false;
  await menu.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByRole('menuitem', { name: /Imprimer/ })).toBeVisible();
  await expect(menu.getByRole('alert')).toHaveCount(0);
});

test('« Exporter » says « Chargement… » while its entries load, then focuses the first', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/ExportMenuList-[\w-]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await waitForMapIdle(page);
  const trigger = page.getByRole('button', { name: /^Exporter/ });
  await trigger.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.export').getByRole('status').first()).toHaveText('Chargement…');
  release();
  await expect(page.getByRole('menuitem').first()).toBeFocused();
});
