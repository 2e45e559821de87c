import { expect, test } from '@playwright/test';
import { campusScreenPosition, waitForMapIdle } from './helpers.ts';

/** Field values a hostile or careless record could hold; each must render as the same plain text. */
const HOSTILE = {
  name: '<img src=x onerror="window.__pwned=1">Campus <b>gras</b>',
  town: 'مدينة الاختبار',
  lead: 'Lycée 🚀🎓 « émoji »',
  partner: '<script>window.__pwned=2</script>',
  note: 'x'.repeat(900),
};

test.beforeEach(async ({ page }) => {
  await page.route('**/data/campus.geojson', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as {
      features: { id: string; properties: Record<string, unknown> }[];
    };
    const target = json.features.find((f) => f.id === 'plasticampus-oyonnax')!;
    Object.assign(target.properties, {
      name: HOSTILE.name,
      town: HOSTILE.town,
      lead: HOSTILE.lead,
      partners: [HOSTILE.partner, 'Partenaire ordinaire'],
      note: HOSTILE.note,
    });
    await route.fulfill({ response, json });
  });
});

test('HTML, scripts, right-to-left text, emoji and long strings in records render as plain text', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Zoomed in on Oyonnax so the point is drawn on its own, not in a cluster.
  await page.goto('./?campus=plasticampus-oyonnax&map=8/46.26/5.66');
  await waitForMapIdle(page);

  const card = page.getByTestId('campus-card');
  await expect(card).toContainText(HOSTILE.name);
  await expect(card).toContainText(HOSTILE.town);
  await expect(card).toContainText(HOSTILE.lead);
  await expect(card).toContainText(HOSTILE.partner);

  // The tooltip and the list show the same text, not markup.
  const { x, y } = await campusScreenPosition(page, 'plasticampus-oyonnax');
  await page.mouse.move(x, y);
  await expect(page.getByRole('tooltip')).toContainText(HOSTILE.name);
  await page.getByRole('tab', { name: 'Liste' }).click();
  await expect(page.getByRole('list').filter({ hasText: 'Campus <b>gras</b>' }).first()).toBeVisible();

  // Nothing was parsed as HTML: no injected element exists and no script ran.
  expect(await page.locator('img[src="x"], b:text("gras"), script:text("__pwned")').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The page did not grow sideways because of the 900-character note.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
