/**
 * Embeds under strict Content-Security-Policies: embed.html served with the app's strict policy (only
 * `frame-ancestors` opened to the région's site), and <campus-map> on a host page whose own policy
 * allows our origin for scripts and data but no inline style at all.
 */
import { expect, test } from '@playwright/test';
import { embedOptionsFromSearch } from '../src/lib/embed/embedOptions.ts';
import { elementSnippet, iframeSnippet } from '../src/lib/embed/snippets.ts';
import { drawnCampusIds, waitForEmbedMapIdle } from './embedMap.ts';
import { startHostServer, type HostServer } from './hostServer.ts';
import { recordViolations, violations } from './strictCsp.ts';

let host: HostServer;
let region75: string[];

test.beforeAll(async ({ request, baseURL }) => {
  host = await startHostServer();
  const response = await request.get(new URL('data/campus.geojson', baseURL).href);
  const { features } = (await response.json()) as {
    features: { id: string; properties: { region: string } }[];
  };
  region75 = features
    .filter((f) => f.properties.region === '75')
    .map((f) => f.id)
    .sort();
});
test.afterAll(async () => host.close());

const plainPage = (body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>Région</title></head><body><h1>La Région</h1>${body}</body></html>`;

test('embed.html runs under the strict policy, framed by another origin', async ({ page, baseURL }) => {
  const appPolicy = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `frame-ancestors ${host.origin}`,
  ].join('; ');
  await page.route(/\/embed\.html/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': appPolicy },
    });
  });
  await recordViolations(page);
  // The host's own inline listener stays (the host's page has no policy here).
  host.setPage('/csp-iframe.html', plainPage(iframeSnippet(embedOptionsFromSearch('?region=75'), baseURL!)));
  await page.goto(`${host.origin}/csp-iframe.html`);
  await expect.poll(() => page.frames().some((f) => f.url().includes('/embed.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/embed.html'))!;
  await waitForEmbedMapIdle(frame, null);
  await expect.poll(() => drawnCampusIds(frame, null)).toEqual(region75);
  expect(await violations(frame)).toEqual([]);
});

test('<campus-map> runs on a host page that forbids inline styles', async ({ page, baseURL }) => {
  const app = new URL(baseURL!).origin;
  const hostPolicy = [
    "default-src 'self'",
    `script-src 'self' ${app}`,
    `connect-src 'self' ${app}`,
    // MapLibre starts its worker from a blob that imports the worker script from our origin (Chromium
    // checks that import against worker-src too).
    `worker-src blob: ${app}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
  ].join('; ');
  host.setPage(
    '/csp-element.html',
    plainPage(elementSnippet(embedOptionsFromSearch('?region=75'), baseURL!)),
    {
      'content-security-policy': hostPolicy,
    },
  );
  await recordViolations(page);
  await page.goto(`${host.origin}/csp-element.html`);
  await waitForEmbedMapIdle(page, 'campus-map');
  await expect.poll(() => drawnCampusIds(page, 'campus-map')).toEqual(region75);
  // Styled all the same: the interface has its type and the map its size.
  const title = page.locator('campus-map').locator('.title');
  await expect(title).toHaveCSS('font-weight', '700');
  expect(
    (await page.locator('campus-map').locator('canvas.maplibregl-canvas').boundingBox())!.height,
  ).toBeGreaterThan(300);
  expect(await violations(page)).toEqual([]);
});
