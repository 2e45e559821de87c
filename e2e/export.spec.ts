import { readFile } from 'node:fs/promises';
import { dsvFormat } from 'd3-dsv';
import { expect, test, type Download, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

interface ExplorerProbe {
  __explorer: { shownIds(): string[] };
}

const DATE = /\d{4}-\d{2}-\d{2}/.source;

// The map renders in software (SwiftShader): loading it while other workers do the same takes a while.
test.describe.configure({ timeout: 120_000 });

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Decodes a PNG in the page and counts the distinct colours in its middle (a box of `share` of each
 * side, centred): on the map that is France, away from the title, legend and footer drawn over it, so
 * a blank capture gives one colour there.
 */
async function distinctColours(page: Page, png: Buffer, share = 1): Promise<number> {
  return page.evaluate(
    async ({ base64, share }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const [w, h] = [Math.round(bitmap.width * share), Math.round(bitmap.height * share)];
      const { data } = ctx.getImageData((bitmap.width - w) / 2, (bitmap.height - h) / 2, w, h);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return colours.size;
    },
    { base64: png.toString('base64'), share },
  );
}

async function exportFromMenu(page: Page, item: RegExp): Promise<Download> {
  await page.getByRole('button', { name: /^(Exporter|Export)/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return download;
}

const shownIds = (page: Page) =>
  page.evaluate(() => (window as unknown as ExplorerProbe).__explorer.shownIds());

test('the map PNG is twice the map’s size, dated, and not blank', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const size = await page.evaluate(() => {
    const container = (window as unknown as { __map: { getContainer(): HTMLElement } }).__map.getContainer();
    return { width: container.clientWidth, height: container.clientHeight };
  });
  const download = await exportFromMenu(page, /forme de la carte/);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^campus-carte-${DATE}\\.png$`));
  await expect(page.getByTestId('export-status')).toContainText(download.suggestedFilename());
  const png = await bytesOf(download);
  expect(pngSize(png)).toEqual({ width: size.width * 2, height: size.height * 2 });
  // A map (sea, land, borders, coloured symbols, anti-aliased labels) has thousands of colours. Its
  // middle, clear of the title, legend and footer, holds France: a blank capture would give one colour.
  expect(await distinctColours(page, png)).toBeGreaterThan(1000);
  expect(await distinctColours(page, png, 0.4)).toBeGreaterThan(100);
});

test('the menu works from the keyboard', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const trigger = page.getByRole('button', { name: /^Exporter/ });
  await trigger.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: /Imprimer/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(trigger).toBeFocused();
  await expect(trigger).toHaveAttribute('aria-expanded', 'false');
});

test('CSV and GeoJSON hold exactly the Campus shown', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByTestId('sector-chart').locator('[data-sector="mobilite"]').click();
  await expect(page).toHaveURL(/sectors=mobilite/);
  const ids = await shownIds(page);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(
    await page.evaluate(() => (window as unknown as { __explorer: { total: number } }).__explorer.total),
  );

  const csvDownload = await exportFromMenu(page, /CSV/);
  expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^campus-liste-${DATE}\\.csv$`));
  const csv = await bytesOf(csvDownload);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: a French Excel reads the accents
  const text = csv.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]!.split(';')[0]).toBe('id');
  const rows = dsvFormat(';').parse(text.replace(/\r\n/g, '\n'));
  expect(rows.map((r) => r['id'])).toEqual(ids);
  expect(new Set(rows.map((r) => r['groupe']))).toEqual(
    new Set(['Mobilité, aéronautique, transports terrestres et maritimes']),
  );

  const geojsonDownload = await exportFromMenu(page, /GeoJSON/);
  expect(geojsonDownload.suggestedFilename()).toMatch(new RegExp(`^campus-liste-${DATE}\\.geojson$`));
  const geojson = JSON.parse((await bytesOf(geojsonDownload)).toString('utf8')) as {
    type: string;
    features: { id: string; geometry: { coordinates: [number, number] }; properties: { sector: string } }[];
  };
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features.map((f) => f.id)).toEqual(ids);
  expect(geojson.features.every((f) => f.properties.sector === 'mobilite')).toBe(true);
  // True positions: every point lies within France or its overseas régions, none in an inset frame.
  const dataset = (await (await page.request.get('data/campus.geojson')).json()) as {
    features: { id: string; properties: { true_lon: number; true_lat: number } }[];
  };
  for (const f of geojson.features) {
    const record = dataset.features.find((d) => d.id === f.id)!;
    expect(f.geometry.coordinates).toEqual([record.properties.true_lon, record.properties.true_lat]);
  }
});

test('the exports carry what became of a Campus since the livret, with its page', async ({ page }) => {
  await page.goto('./?q=CEINE');
  await waitForMapIdle(page);
  const csv = (await bytesOf(await exportFromMenu(page, /CSV/))).subarray(3).toString('utf8');
  const rows = dsvFormat(';').parse(csv.replace(/\r\n/g, '\n'));
  expect(rows.columns.at(-1)).toBe('depuis_le_livret');
  expect(rows.map((r) => r['id']).sort()).toEqual([
    'energies-efficacite-energetique-normandie',
    'industrie-energies-normandie',
  ]);
  for (const row of rows) {
    expect(row['depuis_le_livret']).toBe(
      "merger_planned:2020:Campus d'excellence international des énergies (CEINE)",
    );
    expect(row['sources_publiques']).toContain('since=https://regions-france.org/');
  }
  const geojson = JSON.parse((await bytesOf(await exportFromMenu(page, /GeoJSON/))).toString('utf8')) as {
    features: { properties: { since: { kind: string; date: string; url: string }[] } }[];
  };
  for (const f of geojson.features)
    expect(f.properties.since.map((s) => [s.kind, s.date])).toEqual([['merger_planned', '2020']]);
});

test('in English, the CSV has English headers and values, comma-separated', async ({ page }) => {
  await page.goto('./?lang=en&sectors=mobilite');
  await waitForMapIdle(page);
  const csv = (await bytesOf(await exportFromMenu(page, /CSV/))).subarray(3).toString('utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^id,name,other_names,sector_group,status,/);
  const rows = dsvFormat(',').parse(csv.replace(/\r\n/g, '\n'));
  expect(rows.length).toBe((await shownIds(page)).length);
  expect(new Set(rows.map((r) => r['sector_group']))).toEqual(
    new Set(['Mobility, aeronautics, land and sea transport']),
  );
  expect(rows.every((r) => ['labelled', 'project'].includes(r['status']!))).toBe(true);
});

test('a chart downloads as an SVG holding its bar labels, and as a PNG twice its size', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const chart = page.getByTestId('sector-chart');
  const labels = await chart.locator('.name').allTextContents();
  expect(labels).toHaveLength(11);

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Télécharger le graphique en SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toMatch(new RegExp(`^campus-graphique-groupes-${DATE}\\.svg$`));
  const svg = (await bytesOf(svgDownload)).toString('utf8');
  // Parsed by the browser as XML: well-formed, an <svg> root, every bar label as text.
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.tagName,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      bars: doc.querySelectorAll('g[data-key]').length,
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.bars).toBe(11);
  for (const label of labels) expect(parsed.texts).toContain(label.trim());

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Télécharger le graphique en PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  expect(pngSize(await bytesOf(pngDownload))).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
});

test('printing gives A4 landscape pages, the map on the first, the interface nowhere', async ({ page }) => {
  await page.goto('./?sectors=energie,tourisme');
  await waitForMapIdle(page);
  const pdf = await page.pdf({ landscape: true, format: 'A4', preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  // The map's page, then the charts and the list.
  expect(text.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
  // A4 landscape: 842 × 595 points.
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/)!;
  expect(Math.round(Number(box[1]))).toBe(842);
  expect(Math.round(Number(box[2]))).toBe(595);

  // In print media only the sheet shows: title, the map (in SVG: e2e/print.spec.ts), legend, both
  // charts, the Campus list; no buttons.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId('print-map').locator('svg')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Exporter/ })).toBeHidden();
  await expect(page.getByTestId('sector-chart')).toBeHidden();
  const shown = await shownIds(page);
  await expect(sheet.locator('ol > li')).toHaveCount(shown.length);
  await expect(sheet.locator('figure')).toHaveCount(2);
});

test('the printed charts are those of the Campus shown, as the title counts them', async ({ page }) => {
  await page.goto('./?sectors=mobilite,batiment&region=75');
  await waitForMapIdle(page);
  const summary = await page.getByTestId('summary').textContent();
  const n = Number(summary!.match(/(\d+) Campus/)![1]);
  expect(n).toBeGreaterThan(0);
  const sheet = page.getByTestId('print-sheet');
  // The sheet's code comes at the first sign of a person, or with print media (PrintSheetLoader).
  await page.emulateMedia({ media: 'print' });
  await expect(sheet.locator('figure')).toHaveCount(2);
  const [sectorChart, areaChart] = [sheet.locator('figure').nth(0), sheet.locator('figure').nth(1)];
  // The two chosen groups only, their bars summing to the Campus shown.
  const sectorKeys = await sectorChart
    .locator('g[data-key]')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')));
  expect(sectorKeys.sort()).toEqual(['batiment', 'mobilite']);
  const values = async (figure: typeof sectorChart) =>
    (await figure.locator('text.value').allTextContents()).map((v) => Number(v.replace(/\D.*$/, '')));
  expect((await values(sectorChart)).reduce((a, b) => a + b, 0)).toBe(n);
  // One région, Nouvelle-Aquitaine, with that count (the screen's chart keeps the others for comparison).
  await expect(areaChart.locator('g[data-key]')).toHaveCount(1);
  await expect(areaChart.locator('g[data-key="75"]')).toHaveCount(1);
  expect(await values(areaChart)).toEqual([n]);
});

test('« Imprimer » prints the page’s map without touching the screen’s', async ({ page }) => {
  // The print dialog itself is the browser's: count the calls, then print as it would.
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await page.setViewportSize({ width: 600, height: 900 });
  await page.goto('./');
  await waitForMapIdle(page);
  const screenMap = (await page.locator('.maplibregl-map').boundingBox())!;
  expect(screenMap.width / screenMap.height).toBeLessThan(1); // a portrait window
  await page.getByRole('button', { name: /^Exporter/ }).click();
  await page.getByRole('menuitem', { name: /Imprimer/ }).click();
  // The print sheet's chunk is normally there already; under a loaded CI machine it may take a while.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed), { timeout: 30_000 })
    .toBe(1);
  await page.pdf({ landscape: true, format: 'A4', preferCSSPageSize: true });
  // The page's map is drawn in the page's shape (landscape, whatever the window's), in SVG.
  await page.emulateMedia({ media: 'print' });
  const viewBox = (await page.getByTestId('print-map').locator('svg').getAttribute('viewBox'))!;
  const [, , width, height] = viewBox.split(' ').map(Number);
  expect(width! / height!).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'screen' });
  // The screen's map is as it was.
  const after = (await page.locator('.maplibregl-map').boundingBox())!;
  expect(after).toEqual(screenMap);
});

test('the slide PNG is 1920 × 1080 and not blank; the screen-shaped one stays', async ({ page }) => {
  await page.goto('./?sectors=mobilite');
  await waitForMapIdle(page);
  const view = await page.evaluate(() =>
    (window as unknown as { __map: { getCenter(): unknown } }).__map.getCenter(),
  );
  const download = await exportFromMenu(page, /16:9/);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^campus-carte-16x9-${DATE}\\.png$`));
  const png = await bytesOf(download);
  expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
  expect(await distinctColours(page, png)).toBeGreaterThan(1000);
  expect(await distinctColours(page, png, 0.4)).toBeGreaterThan(100);
  // The map on screen has not moved.
  expect(
    await page.evaluate(() => (window as unknown as { __map: { getCenter(): unknown } }).__map.getCenter()),
  ).toEqual(view);
  await expect(page.getByRole('menuitem')).toHaveCount(0);
});
