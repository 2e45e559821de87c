/**
 * The 16:9 slide is composed like a document (DESIGN.md, « Composition »): France centred in the room
 * the title, legend and footer leave, and neither Corse nor an overseas inset under those bands.
 * Measured on the downloaded PNG: the land's colour (COLOURS.land) and the bands' (white at 90 % over
 * the map); where Corse and the insets are, from the map's camera while it draws the slide.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { INSETS, type Bounds } from '../src/lib/geo/insets.ts';
import { waitForMapIdle } from './helpers.ts';

test.describe.configure({ timeout: 120_000 });

/** [left, top, right, bottom] in the PNG's pixels. */
type Box = [number, number, number, number];

interface Measure {
  width: number;
  height: number;
  /** Columns and rows holding land (at least a few pixels of its colour). */
  land: Box;
  title: Box;
  legend: Box;
  footer: Box;
}

/** Corse, from Cap Corse to Bonifacio (Natural Earth 10 m). */
const CORSE: Bounds = [8.53, 41.36, 9.56, 43.03];

/**
 * Decodes the PNG in the page and finds the land and the three bands. Land is the régions' fill
 * (#fcfbf8, ±2); a band is white at 90 % over the map, so every channel ≥ 249. A band's row (or column)
 * is one whose pixels are nearly all band: the map's lines and the text on a band leave a few out.
 */
async function measure(page: Page, png: Buffer): Promise<Measure> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const { width, height } = bitmap;
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, width, height);
    const at = (x: number, y: number) => 4 * (y * width + x);
    const isLand = (x: number, y: number) => {
      const i = at(x, y);
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      // Warm (red above blue), as the land is: a light grey (text's edge on a band) is not land.
      return Math.abs(r - 0xfc) <= 2 && Math.abs(g - 0xfb) <= 2 && Math.abs(b - 0xf8) <= 2 && r - b >= 3;
    };
    const isBand = (x: number, y: number) => {
      const i = at(x, y);
      return data[i]! >= 249 && data[i + 1]! >= 249 && data[i + 2]! >= 249;
    };
    /** Whether nearly all the pixels of a row span (or a column span) are band. */
    const rowBand = (y: number, x0: number, x1: number) => {
      let n = 0;
      for (let x = x0; x <= x1; x += 1) if (isBand(x, y)) n += 1;
      return n >= 0.8 * (x1 - x0 + 1);
    };
    const columnBand = (x: number, y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y <= y1; y += 1) if (isBand(x, y)) n += 1;
      return n >= 0.8 * (y1 - y0 + 1);
    };

    // The footer: full-width rows up from the bottom, along its left margin (its text starts at 24).
    let footerTop = height - 1;
    while (footerTop > 0 && rowBand(footerTop - 1, 2, 20)) footerTop -= 1;
    // The title block, from (24, 24): down its left margin, right along its top margin.
    let titleBottom = 26;
    while (titleBottom < height - 1 && rowBand(titleBottom + 1, 26, 44)) titleBottom += 1;
    let titleRight = 26;
    while (titleRight < width - 1 && columnBand(titleRight + 1, 26, 40)) titleRight += 1;
    // The legend, in the bottom-right corner 20 px above the footer: up its right margin, then left
    // along its top margin.
    const legendBottom = footerTop - 21;
    let legendTop = legendBottom;
    while (legendTop > 0 && rowBand(legendTop - 1, width - 38, width - 26)) legendTop -= 1;
    let legendLeft = width - 26;
    while (legendLeft > 0 && columnBand(legendLeft - 1, legendTop + 2, legendTop + 10)) legendLeft -= 1;
    const title = [24, 24, titleRight, titleBottom];
    const legend =
      legendTop < legendBottom ? [legendLeft, legendTop, width - 25, legendBottom] : [0, 0, 0, 0];
    const footer = [0, footerTop, width - 1, height - 1];
    // Land outside the bands (the edges of the legend's discs can take the land's colour).
    const inBand = (x: number, y: number) =>
      [title, legend, footer].some(([l, t, r, b]) => x >= l! && x <= r! && y >= t! && y <= b!);
    const columns = new Array<number>(width).fill(0);
    const rows = new Array<number>(height).fill(0);
    for (let y = 0; y < height; y += 1)
      for (let x = 0; x < width; x += 1)
        if (isLand(x, y) && !inBand(x, y)) {
          columns[x]! += 1;
          rows[y]! += 1;
        }
    const first = (counts: number[]) => counts.findIndex((n) => n >= 4);
    const last = (counts: number[]) => counts.length - 1 - [...counts].reverse().findIndex((n) => n >= 4);
    const land: [number, number, number, number] = [first(columns), first(rows), last(columns), last(rows)];

    return { width, height, land, title, legend, footer } as Measure;
  }, png.toString('base64'));
}

/**
 * Records, while the map draws at the slide's size (960 × 540), where each box would be on the slide
 * (in its 1920 × 1080 pixels).
 */
async function watchSlideCamera(page: Page, boxes: Bounds[]): Promise<void> {
  await page.evaluate((boxes) => {
    interface SlideMap {
      getContainer(): HTMLElement;
      project(p: [number, number]): { x: number; y: number };
      on(type: 'render', listener: () => void): void;
    }
    const w = window as unknown as { __map: SlideMap; __slideBoxes?: number[][] };
    const map = w.__map;
    map.on('render', () => {
      const c = map.getContainer();
      if (c.clientWidth !== 960 || c.clientHeight !== 540) return;
      w.__slideBoxes = boxes.map(([west, south, east, north]) => {
        const sw = map.project([west, south]);
        const ne = map.project([east, north]);
        return [2 * sw.x, 2 * ne.y, 2 * ne.x, 2 * sw.y];
      });
    });
  }, boxes);
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

test('the slide centres France in the room the bands leave, Corse and the insets clear of them', async ({
  page,
}, info) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await watchSlideCamera(page, [CORSE, ...INSETS.map((inset) => inset.frame)]);
  await page.getByRole('button', { name: /^(Exporter|Export)/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /16:9/ }).click(),
  ]);
  const png = await readFile((await download.path())!);
  await info.attach('slide', { body: png, contentType: 'image/png' });
  if (process.env['SLIDE_PNG']) await writeFile(process.env['SLIDE_PNG'], png);
  const m = await measure(page, png);
  const boxes = (await page.evaluate(() => (window as unknown as { __slideBoxes?: Box[] }).__slideBoxes))!;
  const details = JSON.stringify({ ...m, boxes });
  expect([m.width, m.height], details).toEqual([1920, 1080]);

  // The bands are where mapSlide.ts draws them.
  expect(m.title[3] - m.title[1], details).toBeGreaterThan(100);
  expect(m.footer[1], details).toBeGreaterThan(m.height * 0.85);
  expect(m.legend[3] - m.legend[1], details).toBeGreaterThan(100);

  // France (mainland, Corse, the insets) centred across the slide, filling the room's height.
  const [left, top, right, bottom] = m.land;
  expect((left + right) / 2 / m.width, details).toBeGreaterThanOrEqual(0.4);
  expect((left + right) / 2 / m.width, details).toBeLessThanOrEqual(0.6);
  expect((bottom - top) / (m.footer[1] - m.title[3]), details).toBeGreaterThanOrEqual(0.7);

  // Corse and the five insets on the slide, under no band.
  expect(boxes, details).toHaveLength(1 + INSETS.length);
  for (const box of boxes) {
    expect(box[0], details).toBeGreaterThanOrEqual(0);
    expect(box[2], details).toBeLessThanOrEqual(m.width);
    for (const band of [m.title, m.legend, m.footer]) expect(overlaps(box, band), details).toBe(false);
  }
  // Corse's south cape is the lowest land, above the footer (not cut at its edge).
  expect(bottom, details).toBeLessThan(m.footer[1] - 8);
});
