/**
 * Phone cartography (issue 21, point 5), at 390 × 844, France's first view: symbols pushed apart stay
 * near their towns (no leader longer than two symbol widths); the overseas insets' names never meet and
 * lie inside the map; no région name under the map's buttons, even where a view puts one there; and a
 * framing (a phone's sheet, a filter) shows the insets whole or not at all.
 */
import { expect, test, type Page } from '@playwright/test';
import { INSETS } from '../src/lib/geo/insets.ts';
import { waitForMapIdle } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 } });

interface TestMap {
  project(lonLat: [number, number]): { x: number; y: number };
  unproject(point: [number, number]): { lng: number; lat: number };
  queryRenderedFeatures(
    geometry: [number, number] | [[number, number], [number, number]],
    options: { layers: string[] },
  ): { properties: Record<string, unknown> }[];
  querySourceFeatures(source: string): { properties: Record<string, unknown>; geometry: unknown }[];
  jumpTo(options: { center?: [number, number]; zoom?: number }): void;
  getCanvas(): HTMLCanvasElement;
}

type Box = { left: number; top: number; right: number; bottom: number };

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(150);
  await waitForMapIdle(page);
}

/** The leader lines the overlay drew ([town x, y, symbol x, y], CSS px) and its symbols' width. */
async function leaders(page: Page): Promise<{ lines: number[][]; width: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas.campus-overlay') as HTMLCanvasElement & {
      campusMarks?: { leaders: number[][]; campus: { size: number }[] };
    };
    const marks = canvas.campusMarks!;
    return { lines: marks.leaders, width: Math.min(...marks.campus.map((c) => c.size)) };
  });
}

/**
 * The box each inset name takes (MapLibre's own, as `queryRenderedFeatures` answers it), CSS px of the
 * map, by région code, found by probing every pixel around the frames; and the points where two
 * names answer at once.
 */
async function insetNameBoxes(
  page: Page,
  frames: [number, number, number, number][],
): Promise<{ boxes: Record<string, Box>; shared: number }> {
  return page.evaluate((frames) => {
    const map = (window as unknown as { __map: TestMap }).__map;
    const corners = frames.flatMap(([w, s, e, n]) => [map.project([w, n]), map.project([e, s])]);
    const x0 = Math.floor(Math.min(...corners.map((p) => p.x))) - 30;
    const x1 = Math.ceil(Math.max(...corners.map((p) => p.x))) + 30;
    const y0 = Math.floor(Math.min(...corners.map((p) => p.y))) - 30;
    const y1 = Math.ceil(Math.max(...corners.map((p) => p.y))) + 30;
    const boxes: Record<string, { left: number; top: number; right: number; bottom: number }> = {};
    let shared = 0;
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) {
        const hits = map.queryRenderedFeatures([x, y], { layers: ['inset-frame-labels'] });
        const codes = new Set(hits.map((f) => String(f.properties['code'])));
        if (codes.size > 1) shared++;
        for (const code of codes) {
          const b = (boxes[code] ??= { left: x, top: y, right: x, bottom: y });
          [b.left, b.top, b.right, b.bottom] = [
            Math.min(b.left, x),
            Math.min(b.top, y),
            Math.max(b.right, x),
            Math.max(b.bottom, y),
          ];
        }
      }
    return { boxes, shared };
  }, frames);
}

/** The map's buttons (« France entière », « Outre-mer », zoom), CSS px of the map. */
async function buttonBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { __map: TestMap }).__map;
    const origin = map.getCanvas().getBoundingClientRect();
    const buttons = document.querySelectorAll(
      '.map-top-left button, .maplibregl-ctrl-top-right .maplibregl-ctrl',
    );
    return [...buttons].map((b) => {
      const r = b.getBoundingClientRect();
      return {
        left: r.left - origin.left,
        top: r.top - origin.top,
        right: r.right - origin.left,
        bottom: r.bottom - origin.top,
      };
    });
  });
}

/** Région names MapLibre placed over any of `boxes` (CSS px of the map). */
async function regionNamesUnder(page: Page, boxes: Box[]): Promise<string[]> {
  return page.evaluate((boxes) => {
    const map = (window as unknown as { __map: TestMap }).__map;
    return boxes.flatMap((b) =>
      map
        .queryRenderedFeatures(
          [
            [b.left, b.top],
            [b.right, b.bottom],
          ],
          { layers: ['region-labels'] },
        )
        .map((f) => String(f.properties['name'])),
    );
  }, boxes);
}

const frames = INSETS.map((inset) => inset.frame);

test('first view: every pushed symbol within two symbol widths of its town', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const { lines, width } = await leaders(page);
  expect(width).toBeGreaterThanOrEqual(16);
  const long = lines
    .map(([x1, y1, x2, y2]) => Math.hypot(x2! - x1!, y2! - y1!))
    .filter((length) => length > 2 * width + 0.5);
  expect(long, `leaders longer than 2 × ${width.toFixed(1)} px`).toEqual([]);
});

test('first view: the inset names never meet and lie inside the map', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const { boxes, shared } = await insetNameBoxes(page, frames);
  expect(Object.keys(boxes).sort()).toEqual(INSETS.map((inset) => inset.region).sort());
  expect(shared, 'points where two inset names overlap').toBe(0);
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  for (const [code, box] of Object.entries(boxes)) {
    expect(box.left, code).toBeGreaterThan(0);
    expect(box.top, code).toBeGreaterThan(0);
    expect(box.right, code).toBeLessThan(canvas.width);
    expect(box.bottom, code).toBeLessThan(canvas.height);
  }
});

test('région names clear of the map’s buttons, even where a view puts « Bretagne » under one', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const buttons = await buttonBoxes(page);
  expect(buttons.length).toBeGreaterThanOrEqual(3);
  expect(await regionNamesUnder(page, buttons)).toEqual([]);

  // Zoomed in one level, Bretagne's label point right under « France entière ».
  const [fitFrance] = buttons;
  await page.evaluate(
    ([x, y]) => {
      const map = (window as unknown as { __map: TestMap }).__map;
      const label = map.querySourceFeatures('region-labels').find((f) => f.properties['code'] === '53')!;
      const at = (label.geometry as { coordinates: [number, number] }).coordinates;
      const { width, height } = map.getCanvas().getBoundingClientRect();
      map.jumpTo({ center: at, zoom: 5 });
      const centre = map.unproject([width - x, height - y]);
      map.jumpTo({ center: [centre.lng, centre.lat] });
    },
    [(fitFrance!.left + fitFrance!.right) / 2, (fitFrance!.top + fitFrance!.bottom) / 2] as const,
  );
  await settle(page);
  expect(await regionNamesUnder(page, await buttonBoxes(page))).toEqual([]);
});

/**
 * How the inset frames lie in the strip of the map above `bottom` (page px; the map's bottom when no
 * sheet): all whole, all out of it, or covered with the sea (InsetMask); else cut.
 */
async function insetsInStrip(page: Page, bottom?: number): Promise<'whole' | 'out' | 'covered' | 'cut'> {
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const strip = { right: canvas.width, bottom: (bottom ?? canvas.y + canvas.height) - canvas.y };
  return page.evaluate(
    ({ frames, strip }) => {
      const map = (
        window as unknown as { __map: TestMap & { getLayoutProperty(l: string, p: string): unknown } }
      ).__map;
      if (map.getLayoutProperty('inset-mask', 'visibility') === 'visible') return 'covered';
      const corners = frames.map(([w, s, e, n]) => [map.project([w, n]), map.project([e, s])] as const);
      const whole = corners.every(
        ([tl, br]) => tl.x >= 0 && tl.y >= 0 && br.x <= strip.right && br.y <= strip.bottom,
      );
      const out = corners.every(
        ([tl, br]) => br.x <= 0 || tl.x >= strip.right || br.y <= 0 || tl.y >= strip.bottom,
      );
      return whole ? 'whole' : out ? 'out' : 'cut';
    },
    { frames, strip },
  );
}

test('a framing shows the insets whole or not at all: a sheet, a filter, a région', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  expect(await insetsInStrip(page)).toBe('whole');
  const filters = page.getByRole('complementary', { name: 'Filtres' });
  await page.getByRole('navigation', { name: 'Panneaux' }).getByRole('button', { name: 'Filtres' }).click();
  await expect(filters).toBeVisible();
  await settle(page);
  expect(await insetsInStrip(page, (await filters.boundingBox())!.y)).not.toBe('cut');

  // A région selected (its link): Bretagne and Nouvelle-Aquitaine are framed beside the insets.
  for (const region of ['53', '75']) {
    await page.goto(`./?region=${region}`);
    await waitForMapIdle(page);
    await settle(page);
    expect(await insetsInStrip(page), `région ${region}`).not.toBe('cut');
  }
});
