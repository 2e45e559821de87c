import { expect, test } from '@playwright/test';
import {
  campusScreenPosition,
  datasetCampusCount,
  drawnCampusLook,
  renderedCampusCount,
  waitForMapIdle,
} from './helpers.ts';

test('the map reaches idle and draws every Campus of the dataset', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const total = await datasetCampusCount(page);
  expect(total).toBeGreaterThan(0);
  expect(await renderedCampusCount(page)).toBe(total);
  await expect(page.getByTestId('summary')).toContainText(`${total} Campus`);
});

test('clicking a point opens the card of that Campus and highlights it', async ({ page }) => {
  // Zoomed in on Lyon and its surroundings, where points are not clustered.
  await page.goto('./?map=8.2/45.95/5.6');
  await waitForMapIdle(page);
  const { x, y } = await campusScreenPosition(page, 'plasticampus-oyonnax');
  await page.mouse.click(x, y);
  const card = page.getByTestId('campus-card');
  await expect(card).toHaveAttribute('data-campus', 'plasticampus-oyonnax');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText("PlastiCampus d'Oyonnax");
  await expect(page).toHaveURL(/campus=plasticampus-oyonnax/);
  await expect.poll(async () => (await drawnCampusLook(page, 'plasticampus-oyonnax'))?.halo).toBe('selected');
});

test('a screenshot of the map has non-blank map pixels', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const canvas = page.locator('.maplibregl-canvas');
  const png = await canvas.screenshot({ path: test.info().outputPath('map.png') });
  // Count distinct colours in the canvas, read back through the page (no image library needed).
  const distinct = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const c = document.createElement('canvas');
    c.width = image.width;
    c.height = image.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const colours = new Set<number>();
    let nonSea = 0;
    for (let i = 0; i < data.length; i += 16) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      colours.add(key);
      if (key !== 0xdde7ee) nonSea += 1;
    }
    return { colours: colours.size, nonSeaShare: nonSea / (data.length / 16) };
  }, png.toString('base64'));
  expect(distinct.colours).toBeGreaterThan(50);
  expect(distinct.nonSeaShare).toBeGreaterThan(0.2);
});

test('no request leaves the origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin + '/';
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  await page.goto('./?map=7/45.5/4.5&mode=choropleth&level=academie&lines=academies');
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Bonnes pratiques' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await waitForMapIdle(page);
  expect(outside).toEqual([]);
});

test('the région outline layer is drawn only while a région is selected (no invisible outline at every frame)', async ({
  page,
}) => {
  const focusShown = () =>
    page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return map.getLayoutProperty('regions-focus', 'visibility') !== 'none';
    });
  await page.goto('./');
  await waitForMapIdle(page);
  expect(await focusShown()).toBe(false);
  await page.goto('./?region=53');
  await waitForMapIdle(page);
  await expect.poll(focusShown).toBe(true);
  const outlined = await page.evaluate(() => {
    const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    return map.queryRenderedFeatures({ layers: ['regions-focus'] }).map((f) => f.properties.code);
  });
  expect(outlined).toContain('53');
});

test('while the camera moves MapLibre places the symbols lazily; at rest the région names are placed as from scratch', async ({
  page,
}) => {
  type PlacedMap = import('maplibre-gl').Map & { style: { placement: { fadeDuration: number } } };
  await page.goto('./');
  await waitForMapIdle(page);
  // A zoom of one level and a half: the placements MapLibre made while it moved, and the one at rest.
  const seen = await page.evaluate(
    () =>
      new Promise<{ moving: number[]; rest: number }>((resolve) => {
        const map = (window as unknown as { __map: PlacedMap }).__map;
        const moving: number[] = [];
        const onRender = () => {
          if (map.isMoving()) moving.push(map.style.placement.fadeDuration);
        };
        map.on('render', onRender);
        map.once('moveend', () =>
          map.once('idle', () => {
            map.off('render', onRender);
            resolve({ moving, rest: map.style.placement.fadeDuration });
          }),
        );
        map.easeTo({ zoom: map.getZoom() + 1.5, duration: 1500 });
      }),
  );
  // A zero fade would make MapLibre place every symbol again at every frame of the move.
  expect(seen.moving.length).toBeGreaterThan(0);
  expect(seen.moving.some((fade) => fade > 0)).toBe(true);
  // At rest, the placement is the immediate one (no fade frames after a move)...
  expect(seen.rest).toBe(0);
  const names = () =>
    page.evaluate(() => {
      const map = (window as unknown as { __map: PlacedMap }).__map;
      return map
        .queryRenderedFeatures({ layers: ['region-labels'] })
        .map((f) => String(f.properties.name))
        .sort();
    });
  const afterMove = await names();
  expect(afterMove.length).toBeGreaterThan(0);
  // ...and the names shown are those of the same view placed at once, with no move before it.
  await page.evaluate(() => {
    const map = (window as unknown as { __map: PlacedMap }).__map;
    const view = { center: map.getCenter(), zoom: map.getZoom() };
    map.jumpTo({ zoom: view.zoom - 2 });
    map.jumpTo(view);
  });
  await waitForMapIdle(page);
  expect(await names()).toEqual(afterMove);
});
