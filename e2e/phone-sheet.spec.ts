/**
 * Phone sheets leave France in view: a sheet opens at half the map's height and what the map shows
 * (France, or what a filter leaves) is fitted again into the strip above it; a filter chosen in the
 * sheet shows at once in that strip; the bottom bar is the one tab bar; a size button grows the sheet.
 */
import { expect, test, type Page } from '@playwright/test';
import { campusSymbolPositions, waitForMapIdle } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 } });

const SYMBOL_RADIUS = 12;

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(150);
  await waitForMapIdle(page);
}

/** Ids of the Campus shown whose symbol is not drawn whole in the map strip above the sheet. */
async function hiddenBySheet(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() =>
    (window as unknown as { __explorer: { shownIds(): string[] } }).__explorer.shownIds(),
  );
  const sheet = (await page.locator('.screen > .body > aside.side').boundingBox())!;
  const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const drawn = await campusSymbolPositions(page);
  return shown.filter((id) => {
    const at = drawn[id];
    return !at || at.y + SYMBOL_RADIUS > sheet.y || at.y - SYMBOL_RADIUS < map.y;
  });
}

test('a sheet opens at half height, France refitted above it; a filter shows in that strip', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const bar = page.getByRole('navigation', { name: 'Panneaux' });
  await bar.getByRole('button', { name: 'Filtres' }).click();
  const sheet = page.locator('.screen > .body > aside.side');
  await expect(sheet).toBeVisible();
  await settle(page);

  const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const half = (await sheet.boundingBox())!;
  expect(half.height).toBeLessThanOrEqual(map.height * 0.55);
  expect(await hiddenBySheet(page)).toEqual([]);

  // The one tab bar is the bottom bar: the sheet shows the panel's name, not a second row of tabs.
  expect(await page.getByRole('tab').filter({ visible: true }).count()).toBe(0);
  await expect(sheet.getByRole('heading', { name: 'Filtres' })).toBeVisible();

  // « Mobilité » chosen in the sheet: its Campus fill the strip above it.
  await sheet
    .getByRole('button', { name: /Mobilité/ })
    .first()
    .click();
  await expect(page.locator('.summary-bar')).toContainText('7 Campus');
  await settle(page);
  expect(await hiddenBySheet(page)).toEqual([]);
  expect(page.url()).toContain('sectors=mobilite');

  // Full height on demand, and back.
  await sheet.getByRole('button', { name: 'Agrandir le panneau' }).click();
  await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(map.height * 0.8);
  await sheet.getByRole('button', { name: 'Réduire le panneau' }).click();
  await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThanOrEqual(map.height * 0.55);
  await settle(page);
  expect(await hiddenBySheet(page)).toEqual([]);
});

test('closing the sheet gives the map back its full height and frames France in it again', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const first = await campusSymbolPositions(page);
  const bar = page.getByRole('navigation', { name: 'Panneaux' });
  await bar.getByRole('button', { name: 'Graphiques' }).click();
  await settle(page);
  await bar.getByRole('button', { name: 'Carte' }).click();
  await settle(page);
  const again = await campusSymbolPositions(page);
  // Back to the first framing (within a pixel or two of rounding).
  for (const [id, at] of Object.entries(first)) {
    expect(Math.abs(again[id]!.x - at.x), id).toBeLessThan(3);
    expect(Math.abs(again[id]!.y - at.y), id).toBeLessThan(3);
  }
});
