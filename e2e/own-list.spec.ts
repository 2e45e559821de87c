/**
 * « Vos données »: a région opens its own list — by the file chooser and by a drop on the map — as
 * French Excel and LibreOffice save it, sees it mapped with its counts, reads each problem by line and
 * column, keeps it across a reload, and goes back to the livret's list. Under the strict CSP, and with
 * no request leaving the app's origin.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { recordViolations, servePagesWithPolicy, violations } from './strictCsp.ts';
import { renderedCampusCount } from './helpers.ts';
import { chooseFile, dropFile, outcome, showMap, shownIds, waitForList, type ListFile } from './ownList.ts';
import { ownListCsv } from '../scripts/bench/synthetic.ts';

const fixture = (name: string): ListFile => ({ name, bytes: readFileSync(`e2e/fixtures/${name}`) });
const HAUTS_DE_FRANCE = fixture('liste-hauts-de-france.csv');
const WINDOWS_1252 = fixture('liste-windows-1252.csv');
const BAD_ROWS = fixture('liste-erreurs.csv');

/** Serves the app with the strict policy; records violations and requests to other origins. */
async function strictPage(page: Page, appOrigin: string): Promise<{ outside: string[] }> {
  await servePagesWithPolicy(page);
  await recordViolations(page);
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== appOrigin) outside.push(r.url());
  });
  return { outside };
}

test('a UTF-8 « ; » list with French headers, by the chooser then by a drop: mapped, counted, kept, and left', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { outside } = await strictPage(page, new URL(baseURL!).origin);
  await page.goto('./');
  await waitForList(page, 29);

  await chooseFile(page, HAUTS_DE_FRANCE);
  expect(await outcome(page)).toContain(
    'liste-hauts-de-france.csv (CSV, UTF-8) : 5 lignes lues, 5 Campus sur la carte, 0 ligne écartée.',
  );
  await expect(page.getByTestId('own-list-problems')).toHaveCount(0);
  await showMap(page, 5);
  await expect(page.getByTestId('summary')).toContainText('5 Campus');
  await expect(page.getByTestId('own-list-origin')).toHaveText('Liste affichée : liste-hauts-de-france.csv');
  expect(await shownIds(page)).toEqual([
    'campus-agroalimentaire-des-flandres',
    'campus-batiment-durable',
    'campus-de-l-industrie-du-futur',
    'campus-hotellerie-cote-d-opale',
    'campus-mer-et-littoral',
  ]);
  // The map opens on the list (the Hauts-de-France), every Campus drawn, credited to the file.
  expect(await renderedCampusCount(page)).toBe(5);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Campus : liste-hauts-de-france.csv');
  // The charts count the list, with no livret count beside it.
  const charts = page.getByRole('complementary', { name: 'Graphiques' });
  await expect(
    charts.getByRole('button', { name: /Systèmes innovants, mécatronique.*1 sur la carte$/ }),
  ).toBeVisible();
  await expect(charts.getByText('Barre : Campus sur la carte')).toBeVisible();
  await expect(charts.getByRole('button', { name: /Hauts-de-France/ })).toContainText('5');

  // The card names the file as the source, and the commune's académie and région.
  await page.getByRole('tab', { name: 'Liste' }).click();
  await page
    .getByRole('button', { name: /Campus Mer et littoral/ })
    .first()
    .click();
  const card = page.getByTestId('campus-card');
  await expect(card).toContainText('Boulogne-sur-Mer');
  await expect(card).toContainText('Source : liste-hauts-de-france.csv');
  await expect(card).toContainText('Lille');

  // Kept across a reload (IndexedDB), then forgotten: back to the livret's 29.
  await page.reload();
  await waitForList(page, 5);
  await expect(page.getByTestId('own-list-origin')).toContainText('liste-hauts-de-france.csv');
  await page.getByTestId('back-to-livret').click();
  await waitForList(page, 29, { idle: false });
  await expect(page.getByTestId('own-list-origin')).toHaveCount(0);
  await page.reload();
  await waitForList(page, 29);

  // The same file dropped on the map.
  await dropFile(page, HAUTS_DE_FRANCE);
  expect(await outcome(page)).toContain('5 Campus sur la carte');
  await showMap(page, 5);
  expect(await renderedCampusCount(page)).toBe(5);

  expect(await violations(page)).toEqual([]);
  expect(outside).toEqual([]);
});

test('a Windows-1252 list (French Excel’s plain CSV), dropped on the map: read, and its encoding named', async ({
  page,
}) => {
  await page.goto('./');
  await waitForList(page, 29);
  await dropFile(page, WINDOWS_1252);
  expect(await outcome(page)).toContain(
    'liste-windows-1252.csv (CSV, Windows-1252) : 3 lignes lues, 3 Campus sur la carte, 0 ligne écartée.',
  );
  await showMap(page, 3);
  await page.getByRole('tab', { name: 'Liste' }).click();
  await expect(page.getByRole('button', { name: /Campus numérique œuvre « Rennes »/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Campus énergies – Bretagne/ }).first()).toBeVisible();
  expect(await renderedCampusCount(page)).toBe(3);

  // « Présenter » tours the list's régions (it has no practices): one step, Bretagne and its 3 Campus.
  await page.getByRole('button', { name: /^Présenter en plein écran/ }).click();
  const presentation = page.getByTestId('presentation');
  await expect(presentation.getByRole('group', { name: 'Visite' }).getByRole('button')).toHaveText([
    'Régions',
  ]);
  await expect(presentation.getByRole('heading', { level: 2 })).toContainText('Bretagne');
  await expect(presentation).toContainText('Étape 1 sur 1');
});

test('a list with bad rows, by the chooser: the good rows mapped, each problem listed by line and column, nothing run', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('./');
  await waitForList(page, 29);
  await chooseFile(page, BAD_ROWS);
  expect(await outcome(page)).toContain('6 lignes lues, 2 Campus sur la carte, 4 lignes écartées.');
  const problems = page.getByTestId('own-list-problems').getByRole('listitem');
  await expect(problems).toHaveText([
    'ligne 3 · commune · code commune INSEE inconnu « 99999 » — indiquez le code d’une commune actuelle',
    /^ligne 4 · secteur · groupe sectoriel inconnu « cuisine »/,
    'ligne 5 · nom · est vide — une valeur est attendue',
    /^ligne 6 · partenaires · « =HYPERLINK\("http:\/\/exemple.test"\) » ressemble à une formule de tableur/,
  ]);
  await showMap(page, 2);
  await expect(page.getByTestId('own-list-origin')).toHaveText(
    'Liste affichée : liste-erreurs.csv · 4 lignes écartées',
  );
  // The name written as HTML is shown as text, never run.
  await page.getByRole('tab', { name: 'Liste' }).click();
  await expect(page.getByRole('button', { name: /<img src=x onerror=alert\(1\)>/ }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await renderedCampusCount(page)).toBe(2);
  expect(dialogs).toEqual([]);
});

test('a file that maps nothing leaves the livret’s map as it was, and says why', async ({ page }) => {
  await page.goto('./');
  await waitForList(page, 29);
  await chooseFile(page, { name: 'notes.csv', bytes: Buffer.from('titre;auteur\nUn;Deux\n') });
  expect(await outcome(page)).toContain('notes.csv n’a pas été chargé : la carte reste telle qu’elle était.');
  await expect(page.getByTestId('own-list-problems').getByRole('listitem')).toHaveText([
    // The columns it lacks, named as the dialog asks for them (not the reader's English ids).
    'ligne 1 · en-tête · colonnes manquantes : nom, secteur, commune — l’en-tête doit nommer au moins nom, secteur, commune',
  ]);
  await page.getByRole('button', { name: 'Voir la carte' }).click();
  await expect(page.getByTestId('summary')).toContainText('29 Campus');
  await expect(page.getByTestId('own-list-origin')).toHaveCount(0);
});

test('a 10 000-row list, dropped on the map: all mapped and counted', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await waitForList(page, 29);
  const [communes, sectors] = await Promise.all([
    page.request.get('data/communes.tsv').then((r) => r.text()),
    page.request
      .get('data/sectors.json')
      .then((r) => r.json() as Promise<{ id: string; label_fr: string }[]>),
  ]);
  const big: ListFile = {
    name: 'liste-10000.csv',
    bytes: Buffer.from(ownListCsv(communes, sectors, 10_000)),
  };
  await dropFile(page, big);
  expect(await outcome(page)).toContain('10 000 lignes lues, 10 000 Campus sur la carte, 0 ligne écartée.');
  await showMap(page, 10_000);
  await expect(page.getByTestId('summary')).toContainText('10 000 Campus');
  // Every Campus is on the map, in a symbol or counted in an aggregate (the list spans France).
  expect(await renderedCampusCount(page)).toBe(10_000);
});
