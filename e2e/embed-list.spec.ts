/**
 * A région's own list, hosted on its site, shown by the embed (`data=`): in the iframe (another
 * origin: the région's server allows it by CORS) and in <campus-map> (the région's own origin). A
 * server that does not allow it, or a crafted address, gives the error screen with the reason — never
 * the livret's Campus as if they were the list.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedOptionsFromSearch } from '../src/lib/embed/embedOptions.ts';
import { elementSnippet, iframeSnippet } from '../src/lib/embed/snippets.ts';
import { drawnCampusIds, waitForEmbedMapIdle } from './embedMap.ts';
import { startHostServer, type HostServer } from './hostServer.ts';

const LIST = readFileSync('e2e/fixtures/liste-hauts-de-france.csv', 'utf8');
const LIST_IDS = [
  'campus-agroalimentaire-des-flandres',
  'campus-batiment-durable',
  'campus-de-l-industrie-du-futur',
  'campus-hotellerie-cote-d-opale',
  'campus-mer-et-littoral',
];
const CSV = { 'content-type': 'text/csv; charset=utf-8' };

let host: HostServer;
test.beforeAll(async () => {
  host = await startHostServer();
  host.setPage('/listes/campus.csv', LIST, { ...CSV, 'access-control-allow-origin': '*' });
  host.setPage('/listes/sans-cors.csv', LIST, CSV);
});
test.afterAll(async () => host.close());

const page = (body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>Région</title></head><body><h1>Nos Campus</h1>${body}</body></html>`;

async function embedFrame(p: Page): Promise<Frame> {
  const find = () => p.frames().find((f) => f.url().includes('/embed.html'));
  await expect.poll(() => Boolean(find())).toBe(true);
  return find()!;
}

test('the iframe shows the list the région hosts, fetched by CORS', async ({ page: p, baseURL }) => {
  const options = embedOptionsFromSearch(`?data=${encodeURIComponent(`${host.origin}/listes/campus.csv`)}`);
  host.setPage('/iframe-list.html', page(iframeSnippet(options, baseURL!)));
  await p.goto(`${host.origin}/iframe-list.html`);
  const frame = await embedFrame(p);
  await waitForEmbedMapIdle(frame, null);
  await expect.poll(() => drawnCampusIds(frame, null)).toEqual(LIST_IDS);
  // The full app shows the livret's Campus: no link to it from a hosted list.
  await expect(frame.getByTestId('full-app-link')).toHaveCount(0);
});

test('<campus-map data=…> shows the list from the région’s own site', async ({ page: p, baseURL }) => {
  const options = embedOptionsFromSearch('?data=/listes/campus.csv&show=legend,card');
  host.setPage('/element-list.html', page(elementSnippet(options, baseURL!)));
  await p.goto(`${host.origin}/element-list.html`);
  await waitForEmbedMapIdle(p, 'campus-map');
  await expect.poll(() => drawnCampusIds(p, 'campus-map')).toEqual(LIST_IDS);
});

test('a server that does not allow the map, or an address that is not http(s), is reported', async ({
  page: p,
  baseURL,
}) => {
  const refused = embedOptionsFromSearch(
    `?data=${encodeURIComponent(`${host.origin}/listes/sans-cors.csv`)}`,
  );
  host.setPage('/iframe-refused.html', page(iframeSnippet(refused, baseURL!)));
  await p.goto(`${host.origin}/iframe-refused.html`);
  const frame = await embedFrame(p);
  await expect(
    frame.getByText(/sans-cors\.csv : network error, or the server does not allow this site \(CORS\)/),
  ).toBeVisible();

  await p.goto(`${baseURL}embed.html?data=javascript%3Aalert(1)`);
  await expect(
    p.getByText(/Fichier data : « javascript:alert\(1\) » is not an http\(s\) address/),
  ).toBeVisible();
});

test('the « Intégrer » dialog offers the list’s address, checks it, and writes it in the snippets', async ({
  page: p,
}) => {
  await p.goto('./');
  await p.getByRole('button', { name: 'Intégrer la carte dans un autre site' }).click();
  const dialog = p.getByRole('dialog', { name: 'Intégrer la carte dans votre site' });
  const field = dialog.getByLabel('Votre liste publiée (facultatif)');
  await field.fill('javascript:alert(1)');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/Cette adresse ne convient pas/)).toBeVisible();
  await field.fill(`${host.origin}/listes/campus.csv`);
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  const query = `data=${encodeURIComponent(`${host.origin}/listes/campus.csv`).replace(/%2F/g, '/')}`;
  await expect(dialog.getByTestId('embed-preview')).toHaveAttribute(
    'src',
    new RegExp(`${query.replace(/[.?]/g, '\\$&')}$`),
  );
  await expect(dialog.getByRole('textbox', { name: /élément <campus-map>/ })).toHaveValue(
    new RegExp(`<campus-map data="${host.origin}/listes/campus.csv"`.replace(/[.?]/g, '\\$&')),
  );
  // The preview is the embed itself, on the hosted list.
  const frame = p.frameLocator('[data-testid=embed-preview]');
  await expect(frame.getByTestId('summary')).toContainText('5 Campus');
});
