import { expect, test } from '@playwright/test';
import { campusScreenPosition, drawnCampusLook, waitForMapIdle } from './helpers.ts';

type StateMap = { getFeatureState(f: object): Record<string, unknown> };
test('hovering a sector bar highlights its Campus; hovering a point highlights its bars', async ({
  page,
}) => {
  await page.goto('./?map=8.2/45.95/5.6');
  await waitForMapIdle(page);
  await page.getByTestId('sector-chart').locator('[data-sector="materiaux"]').hover();
  await expect.poll(async () => (await drawnCampusLook(page, 'plasticampus-oyonnax'))?.halo).toBe('hover');

  await page.mouse.move(5, 5);
  const { x, y } = await campusScreenPosition(page, 'plasticampus-oyonnax');
  await page.mouse.move(x, y);
  await expect(page.getByTestId('sector-chart').locator('[data-sector="materiaux"]')).toHaveClass(/hot/);
  await expect(page.getByTestId('area-chart').locator('[data-area="84"]')).toHaveClass(/hot/);
  await expect(page.locator('.map-tooltip')).toContainText("PlastiCampus d'Oyonnax");
});

test('clicking an area bar selects it and shows its own practices', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByTestId('area-chart').locator('[data-area="84"]').click();
  await expect(page).toHaveURL(/region=84/);
  const card = page.getByTestId('area-card');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Auvergne-Rhône-Alpes');
  await expect(card.getByRole('article').first()).toBeVisible();
});

test('clicking a région on the map selects it', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  // A point inside Centre-Val de Loire away from any Campus (Châteauroux).
  const position = await page.evaluate(() => {
    type M = { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
    const map = (window as unknown as { __map: M }).__map;
    const p = map.project([1.69, 46.81]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  });
  await page.mouse.click(position.x, position.y);
  await expect(page).toHaveURL(/region=24/);
  await expect(page.getByTestId('summary')).toContainText('Centre-Val de Loire');
});

test('the choropleth mode shades areas by count, with a legend, at either level', async ({ page }) => {
  await page.goto('./?sectors=energie');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Aplats par territoire' }).click();
  await expect(page.getByTestId('choropleth-legend')).toContainText('Campus par région');
  await expect(page).toHaveURL(/mode=choropleth/);
  await page.getByRole('button', { name: 'Académies', exact: true }).click();
  await expect(page.getByTestId('choropleth-legend')).toContainText('Campus par académie');
  await expect(page).toHaveURL(/level=academie/);
  await waitForMapIdle(page);
  const normandie = await page.evaluate(
    () =>
      (window as unknown as { __map: StateMap }).__map.getFeatureState({
        source: 'academies',
        id: 'normandie',
      })['count'],
  );
  const expected = await page
    .getByTestId('area-chart')
    .locator('[data-area="normandie"] .count')
    .textContent();
  expect(normandie).toBe(Number(expected));
});

test('choosing a practice shows where it happens', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Bonnes pratiques' }).click();
  await page.getByRole('searchbox', { name: 'Rechercher une pratique' }).fill('oyonnax');
  const item = page.locator('article').filter({ hasText: 'PlastiCampus' }).first();
  await item.getByRole('button', { name: 'Voir sur la carte' }).click();
  await expect(page).toHaveURL(/practice=/);
  await waitForMapIdle(page);
  await expect.poll(async () => (await drawnCampusLook(page, 'plasticampus-oyonnax'))?.halo).toBe('hover');
});

test('the app switches to English and back', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Display in English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Filters' })).toBeVisible();
  await expect(page).toHaveURL(/lang=en/);
  await page.getByRole('button', { name: 'Afficher en français' }).click();
  await expect(page.getByRole('tab', { name: 'Filtres' })).toBeVisible();
});

test('the list scrolls to the Campus selected elsewhere, and Tab enters it there', async ({ page }) => {
  // Last in alphabetical order: far below the first screenful of rows.
  await page.goto('./?panel=list&campus=plasticampus-oyonnax');
  await waitForMapIdle(page);
  const selected = page.locator('#campus-list [aria-current="true"]');
  await expect(selected).toHaveAccessibleName(/PlastiCampus/);
  await expect(selected).toBeInViewport({ ratio: 1 });
  await page.getByRole('tab', { name: 'Liste' }).focus();
  await page.keyboard.press('Tab');
  await expect(selected).toBeFocused();
});

test('on a phone the panels fold into sheets and the list is reachable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForMapIdle(page);
  await expect(page.getByTestId('sector-chart')).toBeHidden();
  await page
    .getByRole('navigation', { name: 'Panneaux' })
    .getByRole('button', { name: 'Graphiques' })
    .click();
  await expect(page.getByTestId('sector-chart')).toBeVisible();
  await page.getByRole('navigation', { name: 'Panneaux' }).getByRole('button', { name: 'Liste' }).click();
  const list = page.locator('#campus-list');
  await expect(list).toBeVisible();
  const total = await page.evaluate(
    () => (window as unknown as { __explorer: { total: number } }).__explorer.total,
  );
  // Virtualised: the rows in view are rendered, and each tells the size of the whole list.
  await expect(list.getByRole('heading')).toContainText(`(${total})`);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(total));
  expect(await list.getByRole('button').count()).toBeLessThanOrEqual(total);
  await list.getByRole('button').first().click();
  await expect(page.getByTestId('campus-card')).toBeVisible();
});
