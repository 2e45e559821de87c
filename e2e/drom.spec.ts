import { expect, test } from '@playwright/test';
import { insetForRegion } from '../src/lib/geo/insets.ts';
import {
  campusScreenPosition,
  renderedCampusCount,
  serveWithReunionCampus,
  waitForMapIdle,
} from './helpers.ts';

/** The real dataset plus one Campus in La Réunion (the livret's own data has none). */
test.beforeEach(async ({ page }) => serveWithReunionCampus(page));

test('a DROM Campus is drawn in its inset at national view and opens its card', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const total = await page.evaluate(
    () => (window as unknown as { __explorer: { total: number } }).__explorer.total,
  );
  expect(await renderedCampusCount(page)).toBe(total);

  const { x, y } = await campusScreenPosition(page, 'e2e-reunion');
  // The point lies inside La Réunion's frame, as drawn on screen.
  const [west, south, east, north] = insetForRegion('04')!.frame;
  const corners = await page.evaluate(
    (c) => {
      type M = { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
      const map = (window as unknown as { __map: M }).__map;
      const rect = map.getCanvas().getBoundingClientRect();
      return c.map((p) => {
        const q = map.project(p);
        return { x: rect.left + q.x, y: rect.top + q.y };
      });
    },
    [
      [west, north],
      [east, south],
    ] as [number, number][],
  );
  expect(x).toBeGreaterThan(corners[0]!.x);
  expect(x).toBeLessThan(corners[1]!.x);
  expect(y).toBeGreaterThan(corners[0]!.y);
  expect(y).toBeLessThan(corners[1]!.y);
  await page.mouse.click(x, y);
  await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', 'e2e-reunion');
  await expect(page.getByTestId('campus-card')).toContainText('La Réunion');
});

test('the « go to » control shows a DROM at its true location, with its Campus', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Outre-mer' }).click();
  await page.getByRole('button', { name: 'Voir La Réunion à son emplacement réel' }).click();
  await expect(page).toHaveURL(/map=/);
  await waitForMapIdle(page);
  const center = await page.evaluate(() =>
    (window as unknown as { __map: { getCenter(): { lng: number; lat: number } } }).__map.getCenter(),
  );
  expect(center.lng).toBeCloseTo(55.5, 0);
  expect(center.lat).toBeCloseTo(-21.1, 0);
  const { x, y } = await campusScreenPosition(page, 'e2e-reunion');
  await page.mouse.click(x, y);
  await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', 'e2e-reunion');
});
