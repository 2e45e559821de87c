/**
 * The moment of action: a Campus clicked on the map (or chosen with Entrée on the map's Campus stop)
 * stays visible beside the card that opens for it. The map moves only when the card covers the
 * Campus, keeps its zoom, and a Campus already clear of the card does not move at all.
 */
import { expect, test, type Page } from '@playwright/test';
import { campusScreenPosition, waitForMapIdle } from './helpers.ts';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const SYMBOL_RADIUS = 12;

/** The card's box, once it is open. */
async function cardBox(page: Page): Promise<Box> {
  const card = page.locator('.card-slot');
  await expect(card).toBeVisible();
  const box = (await card.boundingBox())!;
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

async function mapBox(page: Page): Promise<Box> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

const zoomOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom());

/** Waits for the card to open and the camera to settle (its ease, then the overlay's frame). */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('.card-slot')).toBeVisible();
  await page.waitForTimeout(100);
  await waitForMapIdle(page);
}

/** The Campus's symbol lies in the map, clear of the card. */
async function expectClearOfCard(page: Page, id: string): Promise<void> {
  const card = await cardBox(page);
  const map = await mapBox(page);
  const at = await campusScreenPosition(page, id);
  const overlapsCard =
    at.x + SYMBOL_RADIUS > card.left &&
    at.x - SYMBOL_RADIUS < card.right &&
    at.y + SYMBOL_RADIUS > card.top &&
    at.y - SYMBOL_RADIUS < card.bottom;
  expect(overlapsCard, `${id} at ${at.x},${at.y} is under the card ${JSON.stringify(card)}`).toBe(false);
  expect(at.x - SYMBOL_RADIUS).toBeGreaterThanOrEqual(map.left);
  expect(at.x + SYMBOL_RADIUS).toBeLessThanOrEqual(map.right);
  expect(at.y - SYMBOL_RADIUS).toBeGreaterThanOrEqual(map.top);
  expect(at.y + SYMBOL_RADIUS).toBeLessThanOrEqual(map.bottom);
}

for (const [width, height] of [
  [1440, 900],
  [1920, 1080],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const id of [
      'mer-bretagne-brest',
      'energies-efficacite-energetique-normandie',
      'foret-bois-nouvelle-aquitaine',
    ]) {
      test(`a click on ${id} opens its card beside it, at the same zoom`, async ({ page }) => {
        await page.goto('./');
        await waitForMapIdle(page);
        const zoom = await zoomOf(page);
        const at = await campusScreenPosition(page, id);
        await page.mouse.click(at.x, at.y);
        await settle(page);
        await expect(page.locator('.card-slot h2').first()).toBeVisible();
        await expectClearOfCard(page, id);
        expect(await zoomOf(page)).toBeCloseTo(zoom, 5);
        // The move is in the link: the shared view shows the Campus clear of its card too.
        expect(page.url()).toContain(`campus=${id}`);
      });
    }

    test('Entrée on the map’s Campus stop opens Brest’s card beside Brest', async ({ page }) => {
      await page.goto('./');
      await waitForMapIdle(page);
      const key = page.locator('button[data-campus="mer-bretagne-brest"]');
      await key.focus();
      await page.keyboard.press('Enter');
      await settle(page);
      await expectClearOfCard(page, 'mer-bretagne-brest');
    });

    test('a Campus already clear of the card does not move', async ({ page }) => {
      await page.goto('./');
      await waitForMapIdle(page);
      // Lyon's Campus, in the east: far from the card docked on the left.
      const id = 'lumiere-eclairage-durable-lyon';
      const before = await campusScreenPosition(page, id);
      await page.mouse.click(before.x, before.y);
      await settle(page);
      const after = await campusScreenPosition(page, id);
      expect(Math.abs(after.x - before.x)).toBeLessThan(1);
      expect(Math.abs(after.y - before.y)).toBeLessThan(1);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a tapped Campus stays above the card’s sheet', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    // The southernmost Campus on the mainland: the sheet rising from the bottom covers it.
    const id = 'mer-paca-toulon';
    const at = await campusScreenPosition(page, id);
    await page.mouse.click(at.x, at.y);
    await settle(page);
    await expectClearOfCard(page, id);
  });
});
