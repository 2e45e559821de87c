/** The « Intégrer » dialog of the full app: options, live preview, snippets to copy. */
import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

// Two maps at once (the app's and the preview's) in software WebGL: give the steps room.
test.setTimeout(120_000);

test('choosing a région and a sector updates the preview and the snippets that are copied', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('./');
  await waitForMapIdle(page);
  const opener = page.getByRole('button', { name: 'Intégrer la carte dans un autre site' });
  await opener.click();

  const dialog = page.getByRole('dialog', { name: 'Intégrer la carte dans votre site' });
  await expect(dialog).toBeVisible();
  const area = dialog.getByLabel('Territoire');
  await expect(area).toBeFocused();

  await area.selectOption({ label: 'Bretagne' });
  await dialog.getByRole('checkbox', { name: /^Mobilité, aéronautique/ }).check();
  await dialog.getByRole('checkbox', { name: 'Graphique' }).check();

  // The live preview is embed.html with those options, and it shows them.
  const preview = dialog.getByTestId('embed-preview');
  await expect(preview).toHaveAttribute(
    'src',
    'embed.html?region=53&sectors=mobilite&show=legend,search,card,charts',
  );
  const frame = page.frameLocator('[data-testid="embed-preview"]');
  await expect(frame.getByTestId('summary')).toContainText('Bretagne');
  await expect(frame.getByTestId('sector-chart')).toBeVisible();

  // Copy the iframe snippet: « Copié », and the clipboard holds the snippet with the options.
  const appBase = new URL('./', baseURL).href;
  await dialog.getByRole('button', { name: /Copier le code : Code à coller : cadre/ }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Copié' })).toHaveCount(1);
  const iframeCode = await page.evaluate(() => navigator.clipboard.readText());
  expect(iframeCode).toContain(
    `<iframe src="${appBase}embed.html?region=53&amp;sectors=mobilite&amp;show=legend,search,card,charts"`,
  );
  expect(iframeCode).toContain("'campus-map:height'");

  await dialog.getByRole('button', { name: /Copier le code : Code à coller : élément/ }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Copié' })).toHaveCount(2);
  const elementCode = await page.evaluate(() => navigator.clipboard.readText());
  expect(elementCode).toBe(
    `<script type="module" src="${appBase}campus-map.js"></script>\n` +
      '<campus-map region="53" sectors="mobilite" show="legend,search,card,charts"></campus-map>',
  );
  // The same code is in a read-only text box, for browsers that refuse the clipboard.
  await expect(dialog.getByRole('textbox', { name: /élément <campus-map>/ })).toHaveValue(elementCode);
  await expect(dialog.getByRole('textbox', { name: /élément <campus-map>/ })).not.toBeEditable();

  // A new choice makes the old confirmation wrong.
  await dialog.getByRole('radio', { name: 'English' }).check();
  await expect(dialog.getByRole('status').filter({ hasText: 'Copié' })).toHaveCount(0);
  await expect(preview).toHaveAttribute('src', /&lang=en$/);

  // Échap closes the dialog and gives the focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the dialog starts from what the map shows', async ({ page }) => {
  await page.goto('./?sectors=tourisme&academie=grenoble&lang=en');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Embed the map in another site' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed the map in your site' });
  await expect(dialog.getByLabel('Area')).toHaveValue('academie:grenoble');
  await expect(dialog.getByRole('checkbox', { name: /^Tourism/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(dialog.getByTestId('embed-preview')).toHaveAttribute(
    'src',
    'embed.html?academie=grenoble&sectors=tourisme&lang=en',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
