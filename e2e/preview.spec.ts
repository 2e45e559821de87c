import { expect, test } from '@playwright/test';
import { campusSymbolPositions, datasetCampusCount, renderedCampusCount, waitForMapIdle } from './helpers.ts';

/** MapLibre's chunk (the map side of the app is loaded in its own chunk, in parallel with the data). */
const MAPLIBRE_CHUNK = /\/assets\/maplibre-[^/]*\.js$/;

test('the SVG map draws France and every Campus while MapLibre loads, then gives way to it', async ({
  page,
}) => {
  // Hold MapLibre back until the preview has been seen, so the order is certain whatever the machine.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(MAPLIBRE_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const preview = page.locator('[data-testid=svg-map][data-mode=preview]');
  await expect(preview).toBeVisible();
  const total = await datasetCampusCount(page);
  // Every Campus as its own symbol, placed as the MapLibre map will place it.
  await expect(preview).toHaveAttribute('data-drawn', String(total));
  await expect(preview.locator('g.campus')).toHaveCount(total);
  const before = Object.fromEntries(
    await preview.locator('g.campus').evaluateAll((marks) =>
      marks.map((g) => {
        const r = g.getBoundingClientRect();
        return [g.getAttribute('data-campus')!, { x: r.left + r.width / 2, y: r.top + r.height / 2 }];
      }),
    ),
  ) as Record<string, { x: number; y: number }>;
  expect(await preview.locator('path.region').count()).toBe(18);
  // The preview is inert: nothing in it takes the focus or a click while it is about to go.
  expect(await preview.evaluate((el) => (el as HTMLElement).inert)).toBe(true);
  // The rest of the page works already.
  await expect(page.getByRole('heading', { name: /Campus par groupe sectoriel/i })).toBeVisible();

  release();
  await waitForMapIdle(page);
  await expect(page.locator('[data-testid=svg-map]')).toHaveCount(0);
  expect(await renderedCampusCount(page)).toBe(total);
  // No jump at the hand-over: each symbol is where the preview drew it (within a few pixels).
  const after = await campusSymbolPositions(page);
  for (const [id, at] of Object.entries(before)) {
    expect(after[id], id).toBeDefined();
    expect(Math.hypot(after[id]!.x - at.x, after[id]!.y - at.y), id).toBeLessThan(4);
  }
});

test('when MapLibre cannot be loaded, the SVG map stays, says so, and still opens cards', async ({
  page,
}) => {
  await page.route(MAPLIBRE_CHUNK, (route) => route.abort('failed'));
  await page.goto('./');
  const fallback = page.locator('[data-testid=svg-map][data-mode=fallback]');
  await expect(fallback).toBeVisible();
  await expect(fallback).toContainText('Carte simplifiée');
  const first = fallback.locator('g.campus').first();
  const name = await first.getAttribute('aria-label');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: name ?? '' })).toBeVisible();
  await expect(page).toHaveURL(/campus=/);
});
