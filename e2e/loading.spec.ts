import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

test('a dataset that fails to load shows a clear error, and the retry loads it', async ({ page }) => {
  let fail = true;
  await page.route('**/data/practices.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Les données n’ont pas pu être chargées.');
  await expect(alert).toContainText('practices.json');
  await expect(alert).toContainText('HTTP 503');
  fail = false;
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await waitForMapIdle(page);
  await expect(page.getByTestId('summary')).toContainText('Campus');
});

// With a query string the view built into the HTML is not this page's (see prerender.spec.ts): the
// loading screen stands in its place until the dataset is there.
test('a loading state is shown while the dataset arrives', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/campus.geojson', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./?sectors=energie');
  await expect(page.getByRole('status')).toContainText('Chargement des Campus');
  release();
  await waitForMapIdle(page);
});
