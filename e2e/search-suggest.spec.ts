import { expect, test, type Page } from '@playwright/test';
import { renderedMarks, waitForMapIdle } from './helpers.ts';

const shownIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { __explorer: { shownIds(): string[] } }).__explorer.shownIds());

test('a misspelt search proposes the closest name, and the proposal shows it on the map', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('./');
  await waitForMapIdle(page);
  // The fuzzy matching is not loaded at start.
  expect(scripts.filter((path) => /SearchSuggestions/.test(path))).toEqual([]);

  const search = page.getByRole('combobox', { name: 'Rechercher' });
  await search.fill('eglteons');
  const status = page.getByTestId('search-none');
  await expect(status).toContainText('Aucun résultat');
  await expect(status).toContainText('Vouliez-vous dire : Égletons ?');
  expect(await shownIds(page)).toEqual([]);
  expect(scripts.filter((path) => /SearchSuggestions/.test(path))).toHaveLength(1);

  // The message stays under the box when the focus leaves it.
  await page.getByTestId('summary').click();
  await expect(status.getByRole('button', { name: 'Égletons' })).toBeVisible();

  await status.getByRole('button', { name: 'Égletons' }).click();
  await expect(search).toHaveValue('Égletons');
  await expect(page).toHaveURL(/[?&]q=%C3%89gletons(&|$)/);
  await expect(status).toBeEmpty();
  expect(await shownIds(page)).toEqual(['egletons']);
  await waitForMapIdle(page);
  expect((await renderedMarks(page)).campus).toEqual(['egletons']);
  // Its result is listed under the box.
  await expect(page.getByRole('option', { name: /Campus d'Égletons/ })).toBeVisible();
});

test('nonsense gets no proposal, and « Aucun résultat » stays in sight', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('xqzwvk');
  const status = page.getByTestId('search-none');
  await expect(status).toHaveText('Aucun résultat');
  await page.getByTestId('summary').click();
  await expect(status).toBeVisible();
  await expect(status.getByRole('button')).toHaveCount(0);
});

test('a link with a misspelt partner proposes it, in English too', async ({ page }) => {
  await page.goto('./?lang=en&q=enedys');
  await waitForMapIdle(page);
  const status = page.getByTestId('search-none');
  await expect(status).toContainText('No result');
  await expect(status).toContainText('Did you mean: ERDF (Enedis)?');
  await status.getByRole('button', { name: 'ERDF (Enedis)' }).click();
  await expect.poll(() => shownIds(page)).toEqual(['egletons']);
});
