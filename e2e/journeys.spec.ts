/**
 * Journeys as a user meets them (issue « Journeys: the phone, the région view, print, history, embeds
 * and English »): each check failed before its fix.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en.ts';
import { fr } from '../src/lib/i18n/fr.ts';
import { campusScreenPosition, campusSymbolPositions, waitForMapIdle } from './helpers.ts';

/**
 * Whether the element on top at the centre of the visible part of `locator` (a card taller than the
 * screen scrolls) is inside it: nothing covers it.
 */
async function onTop(page: Page, locator: Locator): Promise<boolean> {
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  const [top, bottom] = [Math.max(0, box.y), Math.min(viewport.height, box.y + box.height)];
  return locator.evaluate(
    (element, [x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit !== null && (element === hit || element.contains(hit));
    },
    [box.x + box.width / 2, (top + bottom) / 2],
  );
}

test.describe('phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a Campus tapped in « Liste » opens its card over the map, not under the list', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Liste' }).click();
    await page.locator('#campus-list button.item').first().click();
    const card = page.getByTestId('campus-card');
    await expect(card).toBeVisible();
    expect(await onTop(page, card)).toBe(true);
    await expect(page.getByRole('navigation').getByRole('button', { name: 'Carte' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('« Voir sur la carte » of a practice shows the map with it', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Bonnes pratiques' }).click();
    await page.getByRole('button', { name: 'Voir sur la carte' }).first().click();
    await expect(page).toHaveURL(/practice=/);
    // The map is no longer under the sheet: its middle band is the map's, top to bottom.
    const container = page.locator('.maplibregl-map');
    const box = (await container.boundingBox())!;
    const uncovered = await container.evaluate(
      (element, points) =>
        points.map(([x, y]) => {
          const top = document.elementFromPoint(x!, y!);
          return top !== null && element.contains(top);
        }),
      [0.3, 0.5, 0.7].map((f) => [box.x + box.width / 2, box.y + box.height * f]),
    );
    expect(uncovered).toEqual([true, true, true]);
  });
});

test('typing a search makes one history entry, not one per keystroke', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const before = await page.evaluate(() => history.length);
  const search = page.getByRole('combobox', { name: 'Rechercher' });
  await search.click();
  await search.pressSequentially('felletin', { delay: 60 });
  await expect(page).toHaveURL(/q=felletin/);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // Enter commits it; the next word typed is a new entry.
  await search.press('Enter');
  await search.press('Space');
  await search.pressSequentially('creuse', { delay: 60 });
  await expect(page).toHaveURL(/q=felletin(%20|\+)creuse/);
  expect(await page.evaluate(() => history.length)).toBe(before + 2);
  await page.goBack();
  await expect(page).toHaveURL(/q=felletin($|&)/);
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
});

test('an embedded map locked on a région cannot be dragged away from it', async ({ page }) => {
  await page.goto('./embed.html?region=75');
  await page.waitForFunction(() => Boolean((window as unknown as { __map?: unknown }).__map));
  await waitForMapIdle(page);
  const east = () =>
    page.evaluate(() =>
      (window as unknown as { __map: { getBounds(): { getEast(): number } } }).__map.getBounds().getEast(),
    );
  const first = await east();
  const canvas = page.locator('canvas.maplibregl-canvas');
  const box = (await canvas.boundingBox())!;
  // Drag west five times, far: the map would travel to the east of Europe.
  for (let i = 0; i < 5; i++) {
    await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  // The lock is the fitted view with a sliver of slack (cameraBounds.ts): the view may move east by
  // that sliver, never by a région's width.
  expect((await east()) - first).toBeLessThan(1);
  expect(await east()).toBeGreaterThanOrEqual(first);
});

test('no comma stands alone on its line in the practices’ « Où » lists', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Bonnes pratiques' }).click();
  await expect(page.locator('article .where').first()).toBeVisible();
  const where = await page.evaluate(() =>
    [...document.querySelectorAll('article .where')].map((element) => ({
      places: element.querySelectorAll('button.link').length,
      items: element.querySelectorAll('li').length,
      // Text outside the names: the label, and nothing else (no separators to wrap alone).
      loose: [...element.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent!.trim())
        .filter((text) => text !== ''),
    })),
  );
  const several = where.filter((w) => w.places > 1);
  expect(several.length).toBeGreaterThan(0);
  // Each place is an item of its own line; no comma is left between them.
  for (const w of several) {
    expect(w.items).toBe(w.places);
    expect(w.loose.join('')).not.toContain(',');
  }
});

test('while the map loads, its notice does not cover the map credits', async ({ page }) => {
  // MapLibre's worker held back: the map is created (with its credits) but not ready, the preview stays.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/maplibre-gl-worker.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const notice = page.getByTestId('svg-map').getByRole('status');
  const credits = page.locator('.maplibregl-ctrl-attrib');
  await expect(notice).toBeVisible();
  await expect(credits).toBeVisible();
  const [a, b] = [(await notice.boundingBox())!, (await credits.boundingBox())!];
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlap).toBe(false);
  release();
});

test('in English, the zoom buttons and the map’s own name are English too', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Display in English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom out' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoomer', exact: true })).toHaveCount(0);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute('aria-label', /^Interactive map/);
  // And back.
  await page.getByRole('button', { name: 'Afficher en français' }).click();
  await expect(page.getByRole('button', { name: 'Zoomer', exact: true })).toBeVisible();
});

/**
 * The pieces of the French interface's texts that English does not share (placeholders cut out, short
 * ones left: « Campus », « id »…), to find in what an English page names its controls.
 */
function frenchOnlyPieces(): string[] {
  const english = Object.values(en);
  const pieces = new Set<string>();
  for (const french of Object.values(fr)) {
    for (const piece of french.split(/\{[^}]*\}/).map((p) => p.trim())) {
      if (piece.length >= 6 && !english.some((text) => text.includes(piece))) pieces.add(piece);
    }
  }
  return [...pieces];
}

test('in English, no control is named in French, and the page says the livret’s texts are French', async ({
  page,
}) => {
  await page.goto('./?lang=en&campus=egletons');
  await waitForMapIdle(page);
  await expect(page.getByTestId('source-language-note')).toContainText('French');
  await page.getByRole('button', { name: /^Export/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  const snapshot = await page.locator('body').ariaSnapshot();
  const names = [
    ...snapshot.matchAll(
      /- (?:button|link|tab|menuitem|combobox|textbox|searchbox|checkbox|radio|navigation|region|complementary|img) "([^"]+)"/g,
    ),
  ].map((m) => m[1]!);
  expect(names.length).toBeGreaterThan(30);
  const pieces = frenchOnlyPieces();
  const french = names.flatMap((name) =>
    pieces.filter((piece) => name.includes(piece)).map((p) => `${name} ← ${p}`),
  );
  expect(french).toEqual([]);
});

test('a région’s card gives its Campus by sector and all its practices, its Campus’ included', async ({
  page,
}) => {
  await page.goto('./?region=75');
  await waitForMapIdle(page);
  const card = page.getByTestId('area-card');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Nouvelle-Aquitaine');
  // Five Campus in four groups, each a button that opens its card.
  const groups = card.locator('.group');
  await expect(groups).toHaveCount(4);
  await expect(groups.locator('li')).toHaveCount(5);
  await expect(card.locator('.group[data-sector="batiment"] li')).toHaveCount(2);
  // Its académie-level practice and the six of its Campus (before: only the académie-level one).
  await expect(card.locator('.practice')).toHaveCount(7);
  await card.locator('.group').getByRole('button', { name: 'Campus forêt-bois Nouvelle-Aquitaine' }).click();
  await expect(page.getByTestId('campus-card')).toHaveAttribute(
    'data-campus',
    'foret-bois-nouvelle-aquitaine',
  );
});

test('the practices view follows the région and académie filters, and says so', async ({ page }) => {
  await page.goto('./?region=75&academie=poitiers&panel=practices');
  await waitForMapIdle(page);
  const view = page.locator('#tabpanel');
  await expect(view.getByTestId('practices-scope')).toContainText('Poitiers');
  const titles = await view.locator('.practice .title').allTextContents();
  expect(titles).toHaveLength(4);
  // Without the filter, the livret's 40 again.
  await page.goto('./?panel=practices');
  await expect(page.locator('#tabpanel .practice')).toHaveCount(40);
  await expect(page.getByTestId('practices-scope')).toHaveCount(0);
});

test('under an académie filter, the région chart counts what the summary counts', async ({ page }) => {
  await page.goto('./?academie=bordeaux');
  await waitForMapIdle(page);
  await expect(page.getByTestId('summary')).toContainText('1 Campus');
  const bar = page.getByTestId('area-chart').locator('[data-area="75"] .count');
  await expect(bar).toHaveText('1');
  // Under its own filter the chart keeps the others for comparison, and says so.
  await page.goto('./?region=75');
  await waitForMapIdle(page);
  await expect(page.getByTestId('area-chart-hint')).toContainText('reste comptée pour comparer');
  await expect(page.getByTestId('area-chart').locator('[data-area="84"] .count')).not.toHaveText('0');
});

test.describe('phone, a card open', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the map above the card shows the map, not the page’s background', async ({ page }) => {
    await page.goto('./?region=75');
    await waitForMapIdle(page);
    await expect(page.getByTestId('area-card')).toBeVisible();
    const map = (await page.locator('.maplibregl-map').boundingBox())!;
    const card = (await page.locator('.card-slot').boundingBox())!;
    expect(card.y).toBeGreaterThan(map.y + 150);
    // The whole page as the screen shows it (a clipped capture composites differently).
    const png = await page.screenshot({ path: test.info().outputPath('region-card-phone.png') });
    const strip = await page.evaluate(
      async ({ base64, top, bottom }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [image.width, image.height];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const { data } = ctx.getImageData(0, top, c.width, bottom - top);
        const background = getComputedStyle(document.documentElement)
          .backgroundColor.match(/\d+/g)!
          .map(Number);
        let pageColoured = 0;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
          if (data[i] === background[0] && data[i + 1] === background[1] && data[i + 2] === background[2])
            pageColoured += 1;
        }
        return { colours: colours.size, pageShare: pageColoured / (data.length / 4) };
      },
      { base64: png.toString('base64'), top: Math.round(map.y + 50), bottom: Math.round(card.y - 5) },
    );
    expect(strip.pageShare).toBeLessThan(0.05);
    expect(strip.colours).toBeGreaterThan(30);
  });
});

test.describe('projector (1920 × 1080)', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('every step of the practices tour shows its source line whole, clear of the buttons', async ({
    page,
  }) => {
    // Forty steps, each read back: more than the default minute on a loaded CI machine.
    test.setTimeout(180_000);
    await page.goto('./?present=practices&step=1');
    await expect(page.getByTestId('tour-counter')).toContainText('1');
    const total = Number((await page.getByTestId('tour-counter').textContent())!.split('/')[1]);
    expect(total).toBe(40);
    for (let step = 1; step <= total; step++) {
      await expect(page).toHaveURL(new RegExp(`step=${step}(&|$)`));
      const source = page.getByTestId('tour-step').locator('.source');
      const seen = await source.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const scroller = element.closest('[data-testid="tour-step"]')!.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return box.top >= scroller.top - 0.5 && box.bottom <= scroller.bottom + 0.5 && element.contains(top);
      });
      expect(seen, `step ${step}`).toBe(true);
      await page.keyboard.press('ArrowRight');
    }
  });
});

test.describe('narrow window, with a mouse', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the tooltip of a Campus near either edge stays whole on screen', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    const positions = Object.values(await campusSymbolPositions(page));
    const byX = positions.sort((a, b) => a.x - b.x);
    // The leftmost and rightmost marks, and the ones a quarter in from each side.
    const quarter = Math.floor(byX.length / 4);
    for (const { x, y } of [byX[0]!, byX[quarter]!, byX.at(-1 - quarter)!, byX.at(-1)!]) {
      await page.mouse.move(x, y);
      const tooltip = page.locator('.map-tooltip');
      await expect(tooltip).toBeVisible();
      const box = (await tooltip.boundingBox())!;
      expect(box.x, `tooltip of the mark at ${Math.round(x)}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `tooltip of the mark at ${Math.round(x)}`).toBeLessThanOrEqual(390);
      await page.mouse.move(195, 5);
      await expect(tooltip).toHaveCount(0);
    }
  });
});

test.describe('phone, by touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header keeps the title to two lines beside its actions', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    const title = page.locator('header.header h1');
    const lines = await title.evaluate((h1) => {
      const style = getComputedStyle(h1);
      return Math.round(h1.getBoundingClientRect().height / parseFloat(style.lineHeight));
    });
    expect(lines).toBeLessThanOrEqual(2);
    // Every action is on screen, beside the title, none over another.
    const boxes = await page
      .locator('header.header > .titles, header.header button:visible')
      .evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      );
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (const [i, a] of boxes.entries()) {
      expect(a.right).toBeLessThanOrEqual(390);
      for (const b of boxes.slice(i + 1))
        expect(a.right <= b.left + 0.5 || b.right <= a.left + 0.5).toBe(true);
    }
    // The language switch reads « EN » there; its name stays whole.
    const english = page.getByRole('button', { name: 'Display in English' });
    await expect(english.locator('.short-label')).toHaveText('EN');
    expect((await english.boundingBox())!.width).toBeLessThan(48);
  });

  test('the presentation shows no keyboard hint on a phone', async ({ page }) => {
    await page.goto('./?present=practices&step=1');
    await expect(page.getByTestId('tour-counter')).toBeVisible();
    await expect(page.getByText('Flèches ← → pour naviguer')).toBeHidden();
  });

  test('a Campus tapped on the map opens its card and leaves no tooltip behind', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    const { x, y } = await campusScreenPosition(page, 'egletons');
    await page.touchscreen.tap(x, y);
    await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', 'egletons');
    await page.waitForTimeout(300);
    await expect(page.locator('.map-tooltip')).toHaveCount(0);
  });
});
