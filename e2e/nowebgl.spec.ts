import { expect, test } from '@playwright/test';
import { datasetCampusCount } from './helpers.ts';

/** A browser where WebGL context creation fails (old GPU, blocklisted driver, disabled by policy). */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(type)) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
});

test('without WebGL an SVG map shows the régions, the insets and every Campus, and the card still opens', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  const svgMap = page.getByTestId('svg-map');
  await expect(svgMap).toBeVisible();
  await expect(svgMap).toContainText('WebGL');
  expect(await svgMap.locator('path.region').count()).toBe(18);
  expect(await svgMap.locator('path.frame').count()).toBe(5);
  await expect(svgMap.locator('g.campus')).toHaveCount(await datasetCampusCount(page));
  // MapLibre's attribution control is not there: the map's credits are, in its place.
  await expect(page.locator('.map-credits')).toContainText('GeoNames (CC BY 4.0)');

  // Filtering a sector redraws the points; the keyboard opens a card.
  await page
    .getByRole('button', { name: /Matériaux, matériaux innovants/ })
    .first()
    .click();
  const json = (await (await page.request.get('data/campus.geojson')).json()) as {
    features: { properties: { sector: string } }[];
  };
  const materials = svgMap.locator('g.campus');
  await expect(materials).toHaveCount(
    json.features.filter((f) => f.properties.sector === 'materiaux').length,
  );
  await materials.first().focus();
  await page.keyboard.press('Enter');
  const id = await materials.first().getAttribute('data-campus');
  await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', id!);
  expect(errors).toEqual([]);
});
