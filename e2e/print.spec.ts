/**
 * The printed pages (issue 21, point 3): the map on page 1 is the SVG map in vectors — all France,
 * Corse and the five overseas insets inside the page's map box, every Campus shown drawn as a symbol,
 * the régions named — the same for Ctrl+P (`beforeprint`) and « Imprimer »; two A4 landscape pages,
 * no bitmap of the map, nothing past the list's end.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

interface ExplorerProbe {
  __explorer: { shownIds(): string[] };
}

// The map renders in software (SwiftShader): loading it while other workers do the same takes a while.
test.describe.configure({ timeout: 120_000 });

const shownIds = (page: Page) =>
  page.evaluate(() => (window as unknown as ExplorerProbe).__explorer.shownIds());

type Rect = { x: number; y: number; width: number; height: number };
const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** What page 1's map holds, once print media is on; returns its viewBox. */
async function expectVectorMap(page: Page): Promise<string> {
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toBeVisible();
  const map = sheet.getByTestId('print-map');
  const svg = map.locator('svg');
  await expect(svg).toBeVisible();
  // No bitmap of the map: no canvas anywhere in the sheet.
  await expect(sheet.locator('canvas')).toHaveCount(0);

  // Every Campus shown is a vector symbol, and only those.
  const shown = await shownIds(page);
  expect(shown.length).toBeGreaterThan(0);
  const drawn = await svg
    .locator('g.campus[data-campus]')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-campus')));
  const inAggregates = await svg
    .locator('g.aggregate')
    .evaluateAll((gs) => gs.reduce((n, g) => n + Number(g.getAttribute('data-count')), 0));
  expect(new Set(drawn).size + inAggregates).toBe(shown.length);
  for (const id of drawn) expect(shown).toContain(id);
  await expect(map).toHaveAttribute('data-drawn', String(shown.length));

  // The régions named (the thirteen of the mainland), the insets named too.
  const names = await svg.locator('text.region-label').allTextContents();
  expect(names).toHaveLength(13);
  expect(names.join(' ')).toContain('BRETAGNE');
  expect(names.join(' ')).toContain('CORSE');
  await expect(svg.locator('text.inset-label')).toHaveCount(5);

  // Corse and the five insets (frames and names) inside the page's map box.
  const box = (await sheet.locator('.map').boundingBox())!;
  const corse = (await svg.locator('path.region[aria-label="Corse"]').boundingBox())!;
  expect(within(corse, box)).toBe(true);
  const frames = await svg.locator('path.frame').all();
  expect(frames).toHaveLength(5);
  for (const frame of frames) expect(within((await frame.boundingBox())!, box)).toBe(true);
  // Each inset's name inside its own frame: no name runs into the next.
  for (const frame of frames) {
    const f = (await frame.boundingBox())!;
    const inside = [];
    for (const label of await svg.locator('text.inset-label').all()) {
      if (within((await label.boundingBox())!, f)) inside.push(label);
    }
    expect(inside).toHaveLength(1);
  }
  return (await svg.getAttribute('viewBox'))!;
}

async function pdfPages(page: Page): Promise<string> {
  const pdf = (await page.pdf({ format: 'A4', landscape: true })).toString('latin1');
  // The map's page, then the charts and the list: nothing after it (an empty grey page, a spill).
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
  return pdf;
}

test('Ctrl+P prints the map in vectors: all France, Corse and the insets, the régions named', async ({
  page,
}) => {
  await page.goto('./?sectors=energie,tourisme,mobilite');
  await waitForMapIdle(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expectVectorMap(page);
  const pdf = await pdfPages(page);
  // Vectors, not a picture of the map: no image in the PDF.
  expect(pdf).not.toMatch(/\/Subtype\s*\/Image/);
  // On paper the page is white to its end (the app's grey background is not printed below the list).
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
});

test('« Imprimer » prints the same page, whatever the window’s shape and the view', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      const w = window as unknown as { printed?: number };
      w.printed = (w.printed ?? 0) + 1;
      dispatchEvent(new Event('beforeprint'));
    };
  });
  await page.setViewportSize({ width: 600, height: 900 });
  // Zoomed into one région on screen: the printed page is still all France.
  await page.goto('./?region=84');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: /^Exporter/ }).click();
  await page.getByRole('menuitem', { name: /Imprimer/ }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed), { timeout: 30_000 })
    .toBe(1);
  await page.emulateMedia({ media: 'print' });
  const viewBox = await expectVectorMap(page);
  await pdfPages(page);

  // The same drawing as Ctrl+P's from a wide window.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  expect(await expectVectorMap(page)).toBe(viewBox);
});
