import { expect, test } from '@playwright/test';
import { renderedCampusCount, waitForMapIdle } from './helpers.ts';

test('filtering a sector updates the map, the charts, the count and the URL', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const energie = page.getByRole('button', { name: /^Transition énergétique, éco-industrie/ }).first();
  await energie.click();
  await expect(page).toHaveURL(/[?&]sectors=energie(&|$)/);
  await expect(energie).toHaveAttribute('aria-pressed', 'true');

  const shownIds = await page.evaluate(() =>
    (window as unknown as { __explorer: { shownIds(): string[] } }).__explorer.shownIds(),
  );
  expect(shownIds.length).toBeGreaterThan(0);
  await expect(page.getByTestId('summary')).toHaveText(
    new RegExp(`${shownIds.length} Campus · Transition énergétique, éco-industrie`),
  );
  await waitForMapIdle(page);
  expect(await renderedCampusCount(page)).toBe(shownIds.length);

  // The sector chart marks the group as filtered and the other groups as off the map.
  const chart = page.getByTestId('sector-chart');
  await expect(chart.locator('[data-sector="energie"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(chart.locator('[data-sector="tourisme"]')).toHaveClass(/inactive/);
  // The area chart counts only that group.
  const areaTotal = await page
    .getByTestId('area-chart')
    .locator('.count')
    .allTextContents()
    .then((counts) => counts.reduce((sum, n) => sum + Number(n), 0));
  expect(areaTotal).toBe(shownIds.length);

  // Clicking a bar of the chart adds a group; the reset clears everything.
  await chart.locator('[data-sector="mobilite"]').click();
  await expect(page).toHaveURL(/sectors=mobilite,energie/);
  await page.getByRole('button', { name: 'Effacer tous les filtres et la sélection' }).click();
  await expect(page).not.toHaveURL(/sectors=/);
});

test('a deep link restores the same screen, and back/forward walk through changes', async ({ page }) => {
  const link =
    './?sectors=energie,mobilite&region=28&campus=mer-normandie-cherbourg&level=academie&map=6.5/49.2/-0.5&panel=list';
  await page.goto(link);
  await waitForMapIdle(page);
  await expect(page.getByTestId('summary')).toContainText('Normandie');
  await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', 'mer-normandie-cherbourg');
  await expect(page.getByRole('tab', { name: 'Liste' })).toHaveAttribute('aria-selected', 'true');
  const view = await page.evaluate(() => {
    const map = (
      window as unknown as { __map: { getZoom(): number; getCenter(): { lng: number; lat: number } } }
    ).__map;
    return { zoom: map.getZoom(), ...map.getCenter() };
  });
  expect(view.zoom).toBeCloseTo(6.5, 1);
  expect(view.lat).toBeCloseTo(49.2, 1);
  expect(view.lng).toBeCloseTo(-0.5, 1);
  await expect(page.getByTestId('area-chart').locator('[data-area="normandie"]')).toBeVisible();

  // A change pushes a history entry; back restores the previous state.
  await page.getByRole('tab', { name: 'Filtres' }).click();
  await page
    .getByRole('button', { name: /^Tourisme, bien-être, gastronomie/ })
    .first()
    .click();
  await expect(page).toHaveURL(/sectors=mobilite,tourisme,energie/);
  await page.goBack();
  await expect(page).toHaveURL(/sectors=mobilite,energie&/);
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Liste' })).toHaveAttribute('aria-selected', 'true');
  await page.goForward();
  await expect(page.getByRole('tab', { name: 'Filtres' })).toHaveAttribute('aria-selected', 'true');
});

test('malformed parameters are ignored, never rendered as HTML', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(
    './?q=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E&region=99&sectors=nope&map=abc&campus=%3Cb%3E',
  );
  await waitForMapIdle(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Rechercher' })).toHaveValue(
    '<img src=x onerror="window.__pwned=1">',
  );
  await expect(page).not.toHaveURL(/region=|sectors=|map=|campus=/);
  expect(errors).toEqual([]);
});

test('the search finds « Énergie » from « energie » and the keyboard walks the results', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const search = page.getByRole('combobox', { name: 'Rechercher' });
  await search.fill('energie');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toContainText(/[ÉéEe]nergie/);
  await search.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const name = (await options.first().locator('.name').textContent())!;
  await search.press('Enter');
  await expect(page.getByTestId('campus-card').getByRole('heading', { level: 2 })).toHaveText(name);
  await expect(page).toHaveURL(/q=energie/);
});

test('the keyboard reaches and operates the filters, the tabs and the list', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const entry = page.getByRole('button', { name: /^Numérique, télécommunications/ }).first();
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sectors=numerique/);
  await page.keyboard.press('Space');
  await expect(page).not.toHaveURL(/sectors=/);

  const filtersTab = page.getByRole('tab', { name: 'Filtres' });
  await filtersTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Liste' })).toBeFocused();
  await expect(page).toHaveURL(/panel=list/);
  // The list is one tab stop (roving tabindex); the arrows, Home and End move between its rows.
  const total = await page.evaluate(
    () => (window as unknown as { __explorer: { total: number } }).__explorer.total,
  );
  const row = (position: number) => page.locator(`#campus-list li[aria-posinset="${position}"] button`);
  await page.keyboard.press('Tab');
  await expect(row(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(row(total)).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(row(2)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('tab', { name: 'Liste' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(row(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('campus-card')).toBeVisible();
  await expect(page.getByTestId('campus-card').getByRole('heading', { level: 2 })).toBeFocused();
});
