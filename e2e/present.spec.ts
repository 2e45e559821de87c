import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

interface PracticeRecord {
  id: string;
  title: string;
  chapter: string;
  campus: string[];
}
interface CampusRecord {
  id: string;
  properties: { region: string };
  geometry: { coordinates: [number, number] };
}

const CHAPTER_ORDER = ['1', '2', '3', '4', '5', '6', 'annexe'];

// The map renders in software (SwiftShader): loading it and flying to each step takes a while.
test.describe.configure({ timeout: 120_000 });

async function practices(page: Page): Promise<PracticeRecord[]> {
  return (await (await page.request.get('data/practices.json')).json()) as PracticeRecord[];
}

async function campus(page: Page): Promise<CampusRecord[]> {
  const json = (await (await page.request.get('data/campus.geojson')).json()) as { features: CampusRecord[] };
  return json.features;
}

/** The livret's order: chapter by chapter, the annexe last, by id within a chapter. */
function tourOrder(all: PracticeRecord[]): PracticeRecord[] {
  const rank = (p: PracticeRecord) => CHAPTER_ORDER.indexOf(p.chapter);
  return [...all].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

const panel = (page: Page) => page.getByTestId('presentation');
const counter = (page: Page) => page.getByTestId('tour-counter');
const shownPractice = (page: Page) =>
  panel(page).locator('article[data-practice]').getAttribute('data-practice');

test('the practices tour visits every practice with → and ←, and Échap leaves it', async ({ page }) => {
  // Forty camera moves under a software renderer: instant moves (as with reduced motion) keep it quick.
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const all = await practices(page);
  const order = tourOrder(all);
  await page.goto('./?sectors=energie');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: /^Présenter/ }).click();

  await expect(panel(page)).toBeVisible();
  // The chrome is gone: no header, no filter panel, no charts, no bottom bar.
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByTestId('sector-chart')).toHaveCount(0);
  await expect(page.getByLabel('Filtres', { exact: true })).toHaveCount(0);

  const visited: string[] = [];
  for (let step = 1; step <= all.length; step += 1) {
    await expect(counter(page)).toHaveText(`${step} / ${all.length}`);
    await expect(page).toHaveURL(new RegExp(`[?&]present=practices&step=${step}(&|$)`));
    const id = await shownPractice(page);
    expect(id).toBe(order[step - 1]!.id);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(order[step - 1]!.title);
    visited.push(id!);
    if (step < all.length) await page.keyboard.press('ArrowRight');
  }
  expect(new Set(visited)).toEqual(new Set(all.map((p) => p.id)));

  // Past the end nothing moves; ← goes back one step.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`${all.length} / ${all.length}`);
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(`${all.length - 1} / ${all.length}`);
  await expect(page).toHaveURL(new RegExp(`step=${all.length - 1}(&|$)`));

  // Échap leaves: the explorer is back with its filters, and the URL has no presentation left.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Présenter/ })).toBeVisible();
  await expect(page).not.toHaveURL(/present=/);
  await expect(page).toHaveURL(/sectors=energie/);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('the on-screen buttons move between steps and « Quitter » leaves', async ({ page }) => {
  const all = await practices(page);
  await page.goto('./?present=practices&step=1');
  await waitForMapIdle(page);
  const previous = panel(page).getByRole('button', { name: 'Précédent' });
  await expect(previous).toBeDisabled();
  await panel(page).getByRole('button', { name: 'Suivant' }).click();
  await expect(counter(page)).toHaveText(`2 / ${all.length}`);
  await previous.click();
  await expect(counter(page)).toHaveText(`1 / ${all.length}`);
  await panel(page)
    .getByRole('button', { name: /^Quitter/ })
    .click();
  await expect(panel(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
});

test('a deep link opens its step, frames its Campus, and back/forward walk the steps', async ({ page }) => {
  const order = tourOrder(await practices(page));
  const features = await campus(page);
  const step = order.findIndex((p, i) => i >= 9 && p.campus.length > 0) + 1;
  const practice = order[step - 1]!;
  await page.goto(`./?present=practices&step=${step}`);
  await waitForMapIdle(page);
  await expect(counter(page)).toHaveText(`${step} / ${order.length}`);
  expect(await shownPractice(page)).toBe(practice.id);

  // The map flew to the practice's Campus: each is inside the view, and the view is not all of France.
  await expect
    .poll(async () => {
      await waitForMapIdle(page);
      return page.evaluate(
        (points) => {
          const map = (
            window as unknown as {
              __map: { getBounds(): { contains(p: [number, number]): boolean }; getZoom(): number };
            }
          ).__map;
          return points.every((p) => map.getBounds().contains(p)) && map.getZoom() > 5;
        },
        practice.campus.map((id) => features.find((f) => f.id === id)!.geometry.coordinates),
      );
    })
    .toBe(true);
  // Its Campus are named in the panel.
  await expect(panel(page).getByTestId('tour-campus').locator('li')).toHaveCount(practice.campus.length);

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`${step + 1} / ${order.length}`);
  await page.goBack();
  await expect(counter(page)).toHaveText(`${step} / ${order.length}`);
  expect(await shownPractice(page)).toBe(practice.id);
  await page.goForward();
  await expect(counter(page)).toHaveText(`${step + 1} / ${order.length}`);
});

test('a step past the end is brought back to the last one; a malformed step starts the tour', async ({
  page,
}) => {
  const total = (await practices(page)).length;
  await page.goto('./?present=practices&step=999');
  await expect(counter(page)).toHaveText(`${total} / ${total}`);
  await expect(page).toHaveURL(new RegExp(`step=${total}$`));
  await page.goto('./?present=practices&step=abc');
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  await page.goto('./?present=nothing&step=3');
  await expect(panel(page)).toHaveCount(0);
});

test('the régions tour shows each région with its Campus count from the dataset', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // instant camera moves: this checks the counts
  const features = await campus(page);
  const byRegion = new Map<string, number>();
  for (const f of features) byRegion.set(f.properties.region, (byRegion.get(f.properties.region) ?? 0) + 1);

  await page.goto('./?present=practices&step=4');
  await waitForMapIdle(page);
  await panel(page).getByRole('button', { name: 'Régions' }).click();
  await expect(page).toHaveURL(/present=regions&step=1/);
  await expect(counter(page)).toHaveText(`1 / ${byRegion.size}`);

  const seen = new Set<string>();
  for (let step = 1; step <= byRegion.size; step += 1) {
    await expect(counter(page)).toHaveText(`${step} / ${byRegion.size}`);
    const article = panel(page).locator('article[data-region]');
    const region = (await article.getAttribute('data-region'))!;
    const expected = byRegion.get(region)!;
    await expect(panel(page).getByTestId('tour-count')).toHaveText(`${expected} Campus`);
    // The chart draws one bar per sector group of the région, adding up to its count.
    const bars = panel(page).getByTestId('tour-chart').locator('g[data-key]');
    const values = await bars.locator('text.value').allTextContents();
    expect(values.map(Number).reduce((a, b) => a + b, 0)).toBe(expected);
    await expect(panel(page).getByTestId('tour-campus').locator('li')).toHaveCount(expected);
    seen.add(region);
    await page.keyboard.press('ArrowRight');
  }
  expect(seen).toEqual(new Set(byRegion.keys()));
});
