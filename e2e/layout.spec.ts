/**
 * The map shows every Campus as itself, France fills its frame, and nothing selected is hidden under a
 * panel (issue « Map: every Campus visible as itself »). Read from what MapLibre renders.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  campusSymbolPositions,
  datasetCampusCount,
  drawnCampusLook,
  renderedCampusCount,
  renderedMarks,
  waitForMapIdle,
} from './helpers.ts';

const LYON = [
  'design-habitat-auvergne-rhone-alpes',
  'lumiere-eclairage-durable-lyon',
  'textile-mode-cuir-design-auvergne-rhone-alpes',
];
/** Mainland France and Corsica (Natural Earth 10 m extent). */
const MAINLAND: [number, number, number, number] = [-5.14, 41.36, 9.56, 51.09];

/** The share of the map's width and height that mainland France covers. */
async function mainlandShare(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(([w, s, e, n]) => {
    const map = (
      window as unknown as {
        __map: { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
      }
    ).__map;
    const a = map.project([w, n]);
    const b = map.project([e, s]);
    const canvas = map.getCanvas().getBoundingClientRect();
    return { width: (b.x - a.x) / canvas.width, height: (b.y - a.y) / canvas.height };
  }, MAINLAND);
}

/** True when the page's topmost element at a point is the map's canvas (no panel, card or sheet over it). */
async function mapIsOnTop(page: Page, point: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') ?? false,
    point,
  );
}

for (const [name, viewport] of [
  ['laptop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test.describe(`${name} (${viewport.width} × ${viewport.height})`, () => {
    test.use({ viewport });

    test('every Campus is drawn as its own symbol at the first view, none aggregated', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto('./');
      await waitForMapIdle(page);
      const marks = await renderedMarks(page);
      expect(marks.aggregates).toBe(0);
      expect(marks.campus).toHaveLength(await datasetCampusCount(page));
      // No two symbols on top of each other: every pair at least a symbol's radius apart.
      const positions = Object.values(await campusSymbolPositions(page));
      for (let i = 0; i < positions.length; i++)
        for (let j = i + 1; j < positions.length; j++)
          expect(
            Math.hypot(positions[i]!.x - positions[j]!.x, positions[i]!.y - positions[j]!.y),
          ).toBeGreaterThanOrEqual(12);
      await page.screenshot({ path: test.info().outputPath(`national-${name}.png`) });
      // A filter change on the way (from the legend, in the side panel on a wide screen), and no error
      // in the page at any point.
      if (name === 'laptop') {
        await page
          .getByRole('button', { name: /^Transition énergétique, éco-industrie/ })
          .first()
          .click();
        await waitForMapIdle(page);
      }
      expect(errors).toEqual([]);
    });

    test('mainland France fills the map', async ({ page }) => {
      await page.goto('./');
      await waitForMapIdle(page);
      const share = await mainlandShare(page);
      if (name === 'laptop') expect(share.height).toBeGreaterThanOrEqual(0.6);
      else expect(share.width).toBeGreaterThanOrEqual(0.75);
    });

    test('a link to a Campus frames it clear of its card', async ({ page }) => {
      await page.goto('./?campus=egletons');
      await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', 'egletons');
      await waitForMapIdle(page);
      const at = (await campusSymbolPositions(page))['egletons'];
      expect(at, 'Égletons is drawn as its own symbol').toBeDefined();
      expect(await mapIsOnTop(page, at!)).toBe(true);
    });

    test('a link to a région frames it clear of its card', async ({ page }) => {
      await page.goto('./?region=75');
      await waitForMapIdle(page);
      // Bordeaux, Poitiers and Limoges: the région's corners in the west, the north and the east.
      for (const lonLat of [
        [-0.58, 44.84],
        [0.34, 46.58],
        [1.26, 45.83],
      ] as [number, number][]) {
        const point = await page.evaluate((c) => {
          const map = (
            window as unknown as {
              __map: {
                project(c: [number, number]): { x: number; y: number };
                getCanvas(): HTMLCanvasElement;
              };
            }
          ).__map;
          const p = map.project(c);
          const r = map.getCanvas().getBoundingClientRect();
          return { x: r.left + p.x, y: r.top + p.y };
        }, lonLat);
        expect(await mapIsOnTop(page, point), `${lonLat} is visible`).toBe(true);
      }
    });
  });
}

test('the Campus of Lyon are apart, each hoverable and clickable on its own', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const positions = await campusSymbolPositions(page);
  const lyon = LYON.map((id) => positions[id]!);
  for (let i = 0; i < lyon.length; i++)
    for (let j = i + 1; j < lyon.length; j++)
      expect(Math.hypot(lyon[i]!.x - lyon[j]!.x, lyon[i]!.y - lyon[j]!.y)).toBeGreaterThanOrEqual(12);
  for (const id of LYON) {
    const at = (await campusSymbolPositions(page))[id]!;
    await page.mouse.click(at.x, at.y);
    await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', id);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('campus-card')).toHaveCount(0);
  }
  // Zoomed in to the street, still three symbols.
  await page.goto('./?map=13/45.764/4.836');
  await waitForMapIdle(page);
  const close = await campusSymbolPositions(page);
  expect(LYON.every((id) => close[id] !== undefined)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('lyon-zoomed.png') });
});

test('a one-sector filter draws only single Campus symbols, and frames them', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page
    .getByRole('button', { name: /^Transition énergétique, éco-industrie/ })
    .first()
    .click();
  await expect(page).toHaveURL(/sectors=energie/);
  await waitForMapIdle(page);
  const marks = await renderedMarks(page);
  expect(marks.aggregates).toBe(0);
  const shown = await page.evaluate(() =>
    (window as unknown as { __explorer: { shownIds(): string[] } }).__explorer.shownIds().sort(),
  );
  expect(marks.campus).toEqual(shown);
});

test('a search that leaves one Campus frames it; Réinitialiser brings the first view back', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const zoom = () =>
    page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom());
  const first = await zoom();
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('Felletin');
  await expect(page.getByTestId('summary')).toContainText('1 Campus');
  await expect.poll(zoom).toBeGreaterThan(first + 1.5);
  await waitForMapIdle(page);
  expect(Object.keys(await campusSymbolPositions(page))).toEqual(['felletin']);
  await page.getByRole('button', { name: /Réinitialiser/ }).click();
  await expect(page.getByTestId('summary')).toContainText('29 Campus');
  await expect.poll(zoom).toBeCloseTo(first, 1);
  await expect(page).not.toHaveURL(/map=/);
});

test('the keyboard reaches every Campus on the map, rings it, and opens its card', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const keys = page.getByRole('group', { name: /Campus sur la carte/ }).getByRole('button');
  await expect(keys).toHaveCount(await datasetCampusCount(page));
  // One tab stop: the first in reading order; the arrows walk the others (each to the nearest Campus
  // in its direction on screen: e2e/keyboard-direction.spec.ts).
  await expect(keys.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await keys.first().focus();
  await page.keyboard.press('ArrowDown');
  const second = keys.and(page.locator(':focus'));
  await expect(second).toHaveCount(1);
  await expect(keys.first()).not.toBeFocused();
  const id = (await second.getAttribute('data-campus'))!;
  // Focused, the Campus is ringed on the map (its hover state) and its button sits on its symbol.
  await expect.poll(async () => (await drawnCampusLook(page, id))?.halo).toBe('hover');
  const box = (await second.boundingBox())!;
  const symbol = (await campusSymbolPositions(page))[id]!;
  expect(Math.hypot(box.x + box.width / 2 - symbol.x, box.y + box.height / 2 - symbol.y)).toBeLessThan(2);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', id);
});

/** From now on, counts MapLibre's frames and the tiles of its Campus source it (re)loads. */
async function countMapWork(page: Page): Promise<() => Promise<{ frames: number; tiles: number }>> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __map: { on(type: string, f: (e: { sourceId?: string; tile?: unknown }) => void): void };
      __work: { frames: number; tiles: number };
    };
    w.__work = { frames: 0, tiles: 0 };
    w.__map.on('render', () => (w.__work.frames += 1));
    w.__map.on('sourcedata', (e) => {
      if (e.sourceId === 'campus' && e.tile) w.__work.tiles += 1;
    });
  });
  return () =>
    page.evaluate(() => ({ ...(window as unknown as { __work: { frames: number; tiles: number } }).__work }));
}

test('hovering a sector of the legend lights its Campus without MapLibre drawing a frame', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const work = await countMapWork(page);
  await page
    .getByRole('button', { name: /^Transition énergétique, éco-industrie/ })
    .first()
    .hover();
  await expect.poll(async () => (await drawnCampusLook(page, 'egletons'))?.faded).toBe(true);
  expect(await drawnCampusLook(page, 'energie-maintenance-lorraine')).toEqual({
    halo: 'hover',
    faded: false,
  });
  expect(await work()).toEqual({ frames: 0, tiles: 0 });
});

test('a sector filter redraws the Campus overlay only: MapLibre draws no frame', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const work = await countMapWork(page);
  await page
    .getByRole('group', { name: 'Groupes sectoriels' })
    .getByRole('button', { name: /^Transition énergétique, éco-industrie/ })
    .click();
  await expect(page.getByTestId('summary')).toContainText('4 Campus');
  await expect.poll(async () => (await renderedMarks(page)).campus.length).toBe(4);
  expect(await renderedCampusCount(page)).toBe(4);
  expect(await work()).toEqual({ frames: 0, tiles: 0 });
});

test('the page itself never scrolls: the panels scroll inside, whatever their length', async ({ page }) => {
  // 30 académie bars and a territory card with seven practices are longer than the screen; their
  // visually hidden counts once escaped the scrolled panel and made the whole page scrollable.
  for (const search of ['?level=academie', '?region=75']) {
    await page.goto(`./${search}`);
    await waitForMapIdle(page);
    const { scroll, viewport } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      viewport: innerHeight,
    }));
    expect(scroll, search).toBe(viewport);
  }
});
