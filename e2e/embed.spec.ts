/**
 * The map embedded in a région's site, served from ANOTHER origin (a host server on its own port) with
 * the documented snippets and a deliberately hostile stylesheet: the iframe (embed.html) and the
 * <campus-map> element (campus-map.js, shadow DOM).
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedOptionsFromSearch } from '../src/lib/embed/embedOptions.ts';
import { elementSnippet, iframeSnippet } from '../src/lib/embed/snippets.ts';
import { drawnCampusIds, mapPoint, mapZoom, onPage, waitForEmbedMapIdle } from './embedMap.ts';
import { hostilePage, startHostServer, type HostServer } from './hostServer.ts';

interface CampusRecord {
  id: string;
  properties: { region: string; sector: string; academie_2020: string };
}

let host: HostServer;
let campus: CampusRecord[];

test.beforeAll(async ({ request, baseURL }) => {
  host = await startHostServer();
  const response = await request.get(new URL('data/campus.geojson', baseURL).href);
  campus = ((await response.json()) as { features: CampusRecord[] }).features;
});
test.afterAll(async () => host.close());

const idsWhere = (keep: (p: CampusRecord['properties']) => boolean) =>
  campus
    .filter((f) => keep(f.properties))
    .map((f) => f.id)
    .sort();

/** What the host page itself looks like: none of it may change when the map arrives. */
async function hostLooks(page: Page) {
  return page.evaluate(() => ({
    h1: getComputedStyle(document.querySelector('h1')!).color,
    bodyFont: getComputedStyle(document.body).fontFamily,
    stylesheets: document.styleSheets.length,
    styleElements: document.querySelectorAll('style, link[rel="stylesheet"]').length,
    adopted: document.adoptedStyleSheets.length,
    globals: ['__map', '__explorer'].filter((name) => name in window),
  }));
}

const HOST_LOOKS = {
  h1: 'rgb(255, 0, 0)',
  bodyFont: 'serif',
  stylesheets: 1,
  styleElements: 1,
  adopted: 0,
  globals: [],
};

/** The frame of embed.html, once it has navigated there. */
async function embedFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().includes('/embed.html'));
  await expect.poll(() => Boolean(find())).toBe(true);
  return find()!;
}

/** Wheel over the map without Ctrl scrolls the page (cooperative gestures); with Ctrl it zooms the map. */
async function expectCooperativeGestures(
  page: Page,
  where: Page | Frame,
  ref: string | null,
  toPage: (p: { x: number; y: number }) => Promise<{ x: number; y: number }>,
) {
  const zoom = await mapZoom(where, ref);
  const centre = await toPage(await mapPoint(where, ref));
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(50);
  expect(await mapZoom(where, ref)).toBe(zoom);

  await page.evaluate(() => scrollTo(0, 0));
  await page.mouse.move(centre.x, centre.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => mapZoom(where, ref)).toBeGreaterThan(zoom);
  expect(await page.evaluate(() => scrollY)).toBe(0);
}

test.describe('iframe snippet', () => {
  test('locked région, preset sectors, only the chosen parts, height messages, host untouched', async ({
    page,
    baseURL,
  }) => {
    const options = embedOptionsFromSearch('?region=84&sectors=creation-design,materiaux&show=legend,list');
    const recordHeights = `<script>window.__heights = []; addEventListener('message', (e) => {
      if (e.data && e.data.type === 'campus-map:height') window.__heights.push(e.data.height); });</script>`;
    host.setPage('/iframe.html', hostilePage(recordHeights + iframeSnippet(options, baseURL!)));
    await page.goto(`${host.origin}/iframe.html`);
    const before = await hostLooks(page);
    expect(before).toEqual(HOST_LOOKS);

    const frame = await embedFrame(page);
    expect(new URL(frame.url()).origin).not.toBe(host.origin);
    await waitForEmbedMapIdle(frame, null);

    // The lock and the preset sectors: exactly the Campus of that région in those groups.
    const expected = idsWhere(
      (p) => p.region === '84' && ['creation-design', 'materiaux'].includes(p.sector),
    );
    expect(expected.length).toBeGreaterThan(1);
    await expect.poll(() => drawnCampusIds(frame, null)).toEqual(expected);

    // Legend (as the filter, presets pressed) and list shown; search, charts and card not.
    const legend = frame.getByRole('group', { name: 'Groupes sectoriels' });
    await expect(legend).toBeVisible();
    await expect(legend.getByRole('button', { name: /^Création, design/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(legend.getByRole('button', { name: /^Numérique/ })).toHaveAttribute('aria-pressed', 'false');
    await expect(frame.getByRole('heading', { name: /Campus affichés \(3\)/ })).toBeVisible();
    await expect(frame.getByRole('combobox')).toHaveCount(0);
    await expect(frame.getByTestId('sector-chart')).toHaveCount(0);
    await expect(frame.getByText(/GeoNames \(CC BY 4\.0\)/)).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Plein écran' })).toBeVisible();

    // A click on a Campus selects it, but the card is not one of the parts.
    const point = await onPage(frame, await mapPoint(frame, null, 'plasticampus-oyonnax'));
    await page.mouse.click(point.x, point.y);
    await expect(frame.locator('#campus-list [aria-current="true"]')).toHaveAccessibleName(/PlastiCampus/);
    await expect(frame.getByTestId('campus-card')).toHaveCount(0);

    // The frame is fitted to its content by the height message.
    const contentHeight = () =>
      frame.evaluate(() => Math.ceil(document.getElementById('embed')!.getBoundingClientRect().height));
    const frameHeight = () =>
      page.evaluate(() => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height));
    await expect.poll(frameHeight).toBe(await contentHeight());
    const fitted = await frameHeight();
    expect(fitted).not.toBe(560);
    expect(await page.evaluate(() => (window as unknown as { __heights: number[] }).__heights)).toContain(
      fitted,
    );

    // Narrowing the filter shortens the list: a new height is posted and the frame follows.
    await legend.getByRole('button', { name: /^Matériaux/ }).click();
    await expect(frame.getByRole('heading', { name: /Campus affichés \(2\)/ })).toBeVisible();
    await expect.poll(frameHeight).toBeLessThan(fitted);
    await expect.poll(frameHeight).toBe(await contentHeight());

    // The full app, in a new tab, at the same state: the lock as a filter.
    const link = frame.getByTestId('full-app-link');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(new URL('index.html', baseURL).href);
    expect(href.searchParams.get('region')).toBe('84');
    expect(href.searchParams.get('sectors')).toBe('creation-design');
    expect(href.searchParams.get('campus')).toBe('plasticampus-oyonnax');

    expect(await hostLooks(page)).toEqual(before);
    await expectCooperativeGestures(page, frame, null, (p) => onPage(frame, p));
  });

  test('no full-screen button when the frame may not go full screen', async ({ page, baseURL }) => {
    const snippet = iframeSnippet(embedOptionsFromSearch('?academie=grenoble&show='), baseURL!).replace(
      ' allow="fullscreen"',
      '',
    );
    host.setPage('/no-fullscreen.html', hostilePage(snippet));
    await page.goto(`${host.origin}/no-fullscreen.html`);
    const frame = await embedFrame(page);
    await waitForEmbedMapIdle(frame, null);
    await expect(frame.getByTestId('full-app-link')).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Plein écran' })).toHaveCount(0);
    // `show=` (empty): the map alone.
    await expect(frame.getByRole('group', { name: 'Groupes sectoriels' })).toHaveCount(0);
    const grenoble = campus.filter(
      (f) => (f.properties as { academie_2020?: string }).academie_2020 === 'grenoble',
    );
    await expect.poll(() => drawnCampusIds(frame, null)).toEqual(grenoble.map((f) => f.id).sort());
  });
});

test.describe('custom element', () => {
  test('shadow DOM: locked région, chosen parts, host styles untouched, attribute changes re-render', async ({
    page,
    baseURL,
  }) => {
    const options = embedOptionsFromSearch('?region=75&show=search,card,charts');
    host.setPage('/element.html', hostilePage(elementSnippet(options, baseURL!)));
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (
        !url.startsWith(host.origin) &&
        !url.startsWith(new URL(baseURL!).origin) &&
        !/^(data|blob):/.test(url)
      )
        outside.push(url);
    });
    await page.goto(`${host.origin}/element.html`);
    const element = page.locator('campus-map');
    await waitForEmbedMapIdle(page, 'campus-map');

    await expect.poll(() => drawnCampusIds(page, 'campus-map')).toEqual(idsWhere((p) => p.region === '75'));

    // Parts: search, charts and card; no legend, no list (Playwright locators pierce the open shadow root).
    await expect(element.getByRole('combobox')).toBeVisible();
    await expect(element.getByTestId('sector-chart')).toBeVisible();
    await expect(element.getByRole('group', { name: 'Groupes sectoriels' })).toHaveCount(0);
    await expect(element.getByRole('heading', { name: /Campus affichés/ })).toHaveCount(0);
    await expect(element.getByText(/GeoNames \(CC BY 4\.0\)/)).toBeVisible();
    const point = await mapPoint(page, 'campus-map', 'foret-bois-nouvelle-aquitaine');
    await page.mouse.click(point.x, point.y);
    await expect(element.getByTestId('campus-card')).toHaveAttribute(
      'data-campus',
      'foret-bois-nouvelle-aquitaine',
    );
    // A click on an empty spot (elsewhere in France) closes the card but cannot lift the lock.
    const canvas = (await element.locator('canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(canvas.x + canvas.width - 60, canvas.y + canvas.height / 2);
    await expect(element.getByTestId('campus-card')).toHaveCount(0);
    await expect(element.getByTestId('summary')).toContainText('Nouvelle-Aquitaine');
    await expect.poll(() => drawnCampusIds(page, 'campus-map')).toEqual(idsWhere((p) => p.region === '75'));

    // The host page is as it was: its heading red, its font, no stylesheet added, nothing on window.
    expect(await hostLooks(page)).toEqual(HOST_LOOKS);
    // …and its CSS does not reach the map: canvas shown, no red borders, our type and box model.
    const inside = await page.evaluate(() => {
      const root = document.querySelector('campus-map')!.shadowRoot!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      return {
        styleElements: root.querySelectorAll('style, link').length,
        adopted: root.adoptedStyleSheets.length,
        canvas: style('canvas').display,
        border: style('.maplibregl-map').borderTopWidth,
        boxSizing: style('[data-testid="embed"]').boxSizing,
        font: style('[data-testid="embed"]').fontFamily,
        rootSize: style('.campus-map').fontSize,
        titleSize: style('.title').fontSize,
      };
    });
    // Adopted stylesheets hold it all: no <style> element, even inside (a strict CSP allows this). One
    // per step at least: the reset, the first step's (the SVG map), MapLibre's chunk's, the type size.
    expect(inside.adopted).toBeGreaterThanOrEqual(4);
    expect(inside).toMatchObject({
      styleElements: 0,
      canvas: 'block',
      border: '0px',
      boxSizing: 'border-box',
      rootSize: '15px',
      titleSize: '14.25px', // 0.95rem of the map's 15px, not of the host's 10px root
    });
    expect(inside.font).toMatch(/system-ui/);

    const link = element.getByTestId('full-app-link');
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(new URL('index.html', baseURL).href);
    expect(href.searchParams.get('region')).toBe('75');

    await expectCooperativeGestures(page, page, 'campus-map', async (p) => p);
    expect(outside).toEqual([]);

    // New attributes: the element renders again with them (same dataset, a new map).
    const firstMap = await page.evaluate(() => {
      const el = document.querySelector('campus-map') as unknown as { map: object; __first?: object };
      el.__first = el.map;
      return Boolean(el.map);
    });
    expect(firstMap).toBe(true);
    await page.evaluate(() => {
      const el = document.querySelector('campus-map')!;
      el.setAttribute('sectors', 'energie');
      el.setAttribute('show', 'legend');
    });
    await page.waitForFunction(() => {
      const el = document.querySelector('campus-map') as unknown as { map: object | null; __first: object };
      return el.map !== null && el.map !== el.__first;
    });
    await waitForEmbedMapIdle(page, 'campus-map');
    await expect
      .poll(() => drawnCampusIds(page, 'campus-map'))
      .toEqual(idsWhere((p) => p.region === '75' && p.sector === 'energie'));
    await expect(element.getByRole('group', { name: 'Groupes sectoriels' })).toBeVisible();
    await expect(element.getByRole('combobox')).toHaveCount(0);
    expect(await hostLooks(page)).toEqual(HOST_LOOKS);
  });
});

test('a locked académie stays locked: a click on a neighbouring académie does not select it', async ({
  page,
}) => {
  await page.goto('./embed.html?academie=lyon&show=legend');
  await waitForEmbedMapIdle(page, null);
  const summary = page.getByTestId('summary');
  await expect(summary).toContainText('Lyon');
  const lyon = idsWhere((p) => p.academie_2020 === 'lyon');
  await expect.poll(() => drawnCampusIds(page, null)).toEqual(lyon);
  // Grenoble's académie, beside Lyon's: an area of the map, not a Campus.
  const point = await page.evaluate(() => {
    type M = { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
    const map = (window as unknown as { __map: M }).__map;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project([6.05, 45.05]);
    return {
      x: rect.left + p.x,
      y: rect.top + p.y,
      inside: p.x > 0 && p.y > 0 && p.x < rect.width && p.y < rect.height,
    };
  });
  expect(point.inside).toBe(true);
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(500);
  await expect(summary).toContainText('Lyon');
  await expect(summary).not.toContainText('Grenoble');
  expect(await drawnCampusIds(page, null)).toEqual(lyon);
});
