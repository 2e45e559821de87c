/**
 * The first view comes with the HTML (issue 22, point 1; scripts/firstViewPlugin.ts): the built
 * index.html holds the explorer rendered at build time. Without JavaScript the page is the map, the
 * summary, the legend and every Campus by name; with it, the app takes over with no warning; a page
 * that asks for another view (a query string, a kept list) never paints the built one. embed.html,
 * whose real snippets all carry options, holds a light loading state instead, right for any of them.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { KEPT_LIST_MARK } from '../src/lib/data/keptList.ts';
import { servePagesWithPolicy } from './strictCsp.ts';
import { campusScreenPosition, datasetCampusCount, waitForMapIdle } from './helpers.ts';

interface CampusJson {
  features: { properties: { id: string; name: string } }[];
}

async function datasetCampus(page: Page): Promise<CampusJson['features']> {
  const response = await page.request.get('data/campus.geojson');
  return ((await response.json()) as CampusJson).features;
}

/**
 * Holds the page's entry module (not the guard, a classic script of its own) until `release`: what
 * shows meanwhile is what the HTML and CSS paint before any of the app's JavaScript.
 */
async function holdEntry(page: Page, entry: 'index' | 'embed'): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${entry}-[^/]+\\.js$`), async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is the map with every Campus, the summary, the legend and the Campus by name', async ({
    page,
  }) => {
    await page.goto('./');
    const campus = await datasetCampus(page);
    expect(campus.length).toBeGreaterThan(0);
    const map = page.getByTestId('svg-map');
    await expect(map).toBeVisible();
    await expect(map).toHaveAttribute('data-mode', 'server');
    await expect(map.locator('g.campus')).toHaveCount(campus.length);
    await expect(map.locator('path.region')).toHaveCount(18);
    await expect(page.getByTestId('summary')).toContainText(`${campus.length} Campus · tous les groupes`);
    const legend = page.getByRole('group', { name: 'Groupes sectoriels' });
    await expect(legend.getByRole('button')).toHaveCount(11);
    await expect(legend).toContainText('Transition énergétique, éco-industrie');
    // The <noscript> list: every Campus by name, as text a reader (and a search engine) sees.
    const names = page.locator('.campus-names li strong');
    await expect(names).toHaveCount(campus.length);
    expect((await names.allTextContents()).sort()).toEqual(campus.map((f) => f.properties.name).sort());
    await expect(page.getByText('Cette carte a besoin de JavaScript')).toHaveCount(0);
    // The map's credits, as the live map's attribution gives them (GeoNames' licence asks for it).
    const credits = page.locator('.map-credits');
    await expect(credits).toBeVisible();
    await expect(credits).toContainText('GeoNames (CC BY 4.0)');
    await expect(credits).toContainText('Natural Earth');
  });

  test('on a phone the built map keeps every Campus clear of the others', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    const marks = page.getByTestId('svg-map').locator('g.campus');
    const total = (await datasetCampus(page)).length;
    await expect(marks).toHaveCount(total);
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    for (const mark of await marks.all()) {
      // The disc (r 10 in the mark's 24-unit box), not the dashed ring of an approximate position,
      // which may touch a neighbour as on the live map.
      const box = await mark.locator('circle[r="10"]').first().boundingBox();
      expect(box).not.toBeNull();
      boxes.push(box!);
    }
    // Two discs overlap when their centres are closer than their mean diameter (less a pixel of
    // anti-aliasing): touching is fine, covering is not.
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b, j) => {
        const d = Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2);
        if (d < (a.width + b.width) / 2 - 1) overlaps.push(`${i}×${i + 1 + j}: ${d.toFixed(1)} px`);
      }),
    );
    expect(overlaps).toEqual([]);
    // Not shrunk to nothing either: a disc is at least 12 px across.
    expect(Math.min(...boxes.map((b) => b.width))).toBeGreaterThanOrEqual(12);
  });

  test('embed.html is every Campus by name, with no loading state that would never end', async ({ page }) => {
    await page.goto('./embed.html?region=84');
    const total = (await datasetCampus(page)).length;
    await expect(page.locator('.campus-names li')).toHaveCount(total);
    // No map is built into embed.html: the text does not speak of one on the page.
    await expect(page.locator('.campus-names')).toContainText(
      'Cette carte a besoin de JavaScript pour s’afficher',
    );
    await expect(page.getByTestId('first-view-placeholder')).toBeHidden();
    await expect(page.getByText('Chargement des Campus')).toBeHidden();
  });

  test('the built pages carry no inline style or script (the strict CSP stays)', async ({ page }) => {
    for (const path of ['./', './embed.html']) {
      const html = await (await page.request.get(path)).text();
      expect(html).toContain('<div id="first-view">');
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).not.toMatch(/<style[\s>]/);
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    }
  });

  test('the pages ask for their scripts at low priority; embed.html carries no built map', async ({
    page,
  }) => {
    for (const path of ['./', './embed.html']) {
      const html = await (await page.request.get(path)).text();
      const scripts = html.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain('fetchpriority="low"');
    }
    const embed = await (await page.request.get('./embed.html')).text();
    expect(embed).not.toContain('data-testid="svg-map"');
    // The loading state and the <noscript> list: a few kilobytes (the built map was 100 kB).
    expect(embed.length).toBeLessThan(20_000);
  });
});

test('before the app runs, the built view is painted; then the app replaces it without a warning', async ({
  page,
}) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    // Software GL's driver notes are the machine's, not the app's.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().includes('GL Driver'))
      messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(String(e)));
  await servePagesWithPolicy(page);
  const release = await holdEntry(page, 'index');
  // Not until `load`: the held module keeps it back.
  await page.goto('./', { waitUntil: 'commit' });
  const total = await datasetCampusCount(page);
  const firstView = page.locator('#first-view');
  await expect(firstView).toBeVisible();
  await expect(firstView.getByTestId('svg-map').locator('g.campus')).toHaveCount(total);
  await expect(firstView.getByTestId('summary')).toContainText(`${total} Campus · tous les groupes`);
  await expect(page.locator('html')).toHaveClass(/first-view-pending/);
  release();
  await waitForMapIdle(page);
  await expect(firstView).toHaveCount(0);
  await expect(page.getByTestId('summary')).toContainText(`${total} Campus · tous les groupes`);
  // One set of credits: MapLibre's attribution control, the built map's line gone with it.
  await expect(page.locator('.map-credits')).toHaveCount(0);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GeoNames (CC BY 4.0)');
  // The app works as before: a Campus clicked on the map opens its card.
  const { x, y } = await campusScreenPosition(page, 'plasticampus-oyonnax');
  await page.mouse.click(x, y);
  await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', 'plasticampus-oyonnax');
  expect(messages).toEqual([]);
});

for (const [query, shows] of [
  ['?sectors=energie', /Transition énergétique/],
  ['?lang=en', /Campus · all groups/],
  ['?campus=plasticampus-oyonnax', /Campus/],
] as const) {
  test(`${query} never paints the built view, only a placeholder, then its own`, async ({ page }) => {
    const release = await holdEntry(page, 'index');
    await page.goto(`./${query}`, { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveClass(/first-view-stale/);
    await expect(page.locator('#first-view')).toBeHidden();
    await expect(page.getByText('tous les groupes')).toBeHidden();
    await expect(page.getByTestId('svg-map')).toBeHidden();
    release();
    await waitForMapIdle(page);
    await expect(page.getByTestId('summary')).toContainText(shows);
  });
}

test('a list kept in this browser: the built view (the livret) is not painted', async ({ page }) => {
  // What keptList.ts marks when it keeps a list (the list itself is not needed to see the guard act).
  await page.addInitScript((mark) => localStorage.setItem(mark, '1'), KEPT_LIST_MARK);
  const release = await holdEntry(page, 'index');
  // Not until `load`: the held module keeps it back.
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveClass(/first-view-stale/);
  await expect(page.locator('#first-view')).toBeHidden();
  release();
  await waitForMapIdle(page);
  await expect(page.locator('#first-view')).toHaveCount(0);
});

for (const [query, shows, hidden, lang] of [
  ['', 'Chargement des Campus…', 'Loading the Campus…', 'fr'],
  ['?region=53', 'Chargement des Campus…', 'Loading the Campus…', 'fr'],
  ['?region=84&lang=en&show=legend', 'Loading the Campus…', 'Chargement des Campus…', 'en'],
] as const) {
  test(`embed.html${query}: its loading state in its language before the embed runs, then the embed`, async ({
    page,
  }) => {
    const release = await holdEntry(page, 'embed');
    await page.goto(`./embed.html${query}`, { waitUntil: 'commit' });
    const placeholder = page.getByTestId('first-view-placeholder');
    await expect(placeholder).toBeVisible();
    await expect(placeholder.getByText(shows)).toBeVisible();
    await expect(placeholder.getByText(hidden)).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // Room for the map, so that the frame does not shrink to a line and grow back.
    expect((await placeholder.boundingBox())?.height).toBeGreaterThan(300);
    release();
    await expect(page.getByTestId('summary')).toContainText('Campus');
    await expect(page.locator('#first-view')).toHaveCount(0);
    await expect(page.getByTestId('embed')).toBeVisible();
  });
}
