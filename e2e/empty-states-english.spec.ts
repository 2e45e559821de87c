/**
 * Empty states and English (issue 21, point 8 and the small items): an overseas view with no Campus
 * says so, a basemap that cannot load falls back with a notice, files, snippets and card notes follow
 * the interface's language, counts of one are singular, and `panel=` leaves the URL back on the map.
 */
import { expect, test, type Page } from '@playwright/test';
import { serveWithReunionCampus, waitForMapIdle } from './helpers.ts';
import { chooseFile, outcome, showMap, waitForList } from './ownList.ts';

// Two maps at once (the app's and the embed preview's) in software WebGL: give the steps room.
test.describe.configure({ timeout: 120_000 });

const DATE = /\d{4}-\d{2}-\d{2}/.source;

async function goToOverseas(page: Page, name: RegExp) {
  await page.getByRole('button', { name: /^(Outre-mer|Overseas)/ }).click();
  await page.getByRole('button', { name }).click();
}

test('an overseas région with no Campus says so, and the notice goes when the map goes elsewhere', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const notices = page.getByTestId('map-notices');
  await expect(notices).toHaveAttribute('role', 'status');
  await expect(notices).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('overseas-notice')).toHaveCount(0);

  await goToOverseas(page, /Voir Guadeloupe à son emplacement réel/);
  await expect(page.getByTestId('overseas-notice')).toHaveText('Aucun Campus en Guadeloupe dans le livret');
  await goToOverseas(page, /Voir La Réunion à son emplacement réel/);
  await expect(page.getByTestId('overseas-notice')).toHaveText('Aucun Campus à La Réunion dans le livret');

  await page.getByRole('button', { name: 'France entière' }).click();
  await expect(page.getByTestId('overseas-notice')).toHaveCount(0);
});

test('in English, an overseas Campus hidden by the filters is said to be hidden, not missing', async ({
  page,
}) => {
  // The livret has no overseas Campus: serve one in La Réunion (tourism), and filter on another group.
  await serveWithReunionCampus(page);
  await page.goto('./?lang=en&sectors=energie');
  await waitForMapIdle(page);
  await goToOverseas(page, /Show La Réunion at its true location/);
  await expect(page.getByTestId('overseas-notice')).toHaveText(
    'No Campus shown in Réunion with these filters',
  );
  await goToOverseas(page, /Show Guadeloupe at its true location/);
  await expect(page.getByTestId('overseas-notice')).toHaveText('No Campus in Guadeloupe in the booklet');
});

test('the online basemap that cannot load is turned off, with a notice, and the offline map stays', async ({
  page,
}) => {
  let tileRequests = 0;
  await page.route(/tile\.openstreetmap\.org/, (route) => {
    tileRequests += 1;
    return route.abort('internetdisconnected');
  });
  await page.goto('./');
  await waitForMapIdle(page);
  const basemap = page.getByRole('checkbox', { name: /Fond de carte en ligne/ });
  await basemap.check();

  const notice = page.getByTestId('basemap-notice');
  await expect(notice).toContainText(
    'Le fond de carte en ligne n’a pas pu être chargé ; carte hors ligne affichée.',
  );
  expect(tileRequests).toBeGreaterThan(0);
  await expect(basemap).not.toBeChecked();
  await expect(page).not.toHaveURL(/basemap=/);
  // The offline layers are back: the countries drawn, the basemap's source gone.
  const layers = await page.evaluate(() => {
    type M = {
      getSource(id: string): unknown;
      getLayoutProperty(layer: string, name: string): unknown;
      getStyle(): { layers: { id: string }[] };
    };
    const map = (window as unknown as { __map: M }).__map;
    const countries = map.getStyle().layers.find((l) => l.id.startsWith('countries'));
    return {
      basemap: map.getSource('basemap') !== undefined,
      countries: countries ? map.getLayoutProperty(countries.id, 'visibility') : 'missing',
    };
  });
  expect(layers.basemap).toBe(false);
  expect(layers.countries).not.toBe('none');
  expect(layers.countries).not.toBe('missing');

  // Closing the notice takes it away.
  await notice.getByRole('button', { name: 'Fermer ce message' }).click();
  await expect(notice).toHaveCount(0);
});

test('a link with basemap=osm while offline opens on the offline map, with the notice', async ({ page }) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
  await page.goto('./?basemap=osm&lang=en');
  await expect(page.getByTestId('basemap-notice')).toContainText(
    'The online basemap could not be loaded; the offline map is shown.',
  );
  await waitForMapIdle(page);
  await expect(page).not.toHaveURL(/basemap=/);
});

test('in English, exported files have English names; in French, French ones', async ({ page }) => {
  await page.goto('./?lang=en');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: /^Export/ }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /spreadsheet \(CSV\)/ }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(new RegExp(`^campus-list-${DATE}\\.csv$`));

  await page.getByRole('button', { name: /^Export/ }).click();
  await expect(
    page.getByRole('menuitem', { name: 'Map as an image, in the map’s shape (PNG)' }),
  ).toBeVisible();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /in the map’s shape/ }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(new RegExp(`^campus-map-${DATE}\\.png$`));

  const [chart] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the chart as SVG' }).first().click(),
  ]);
  expect(chart.suggestedFilename()).toMatch(new RegExp(`^campus-chart-groups-${DATE}\\.svg$`));

  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: /^Exporter/ }).click();
  await expect(
    page.getByRole('menuitem', { name: 'Carte en image, à la forme de la carte (PNG)' }),
  ).toBeVisible();
  const [liste] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /tableur \(CSV\)/ }).click(),
  ]);
  expect(liste.suggestedFilename()).toMatch(new RegExp(`^campus-liste-${DATE}\\.csv$`));
});

test('the iframe snippet’s title follows the embed’s language', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Intégrer la carte dans un autre site' }).click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer la carte dans votre site' });
  const iframeCode = dialog.getByRole('textbox', { name: /cadre/ });
  await expect(iframeCode).toHaveValue(/title="Carte des Campus des métiers et des qualifications"/);
  await dialog.getByRole('radio', { name: 'English' }).check();
  await expect(iframeCode).toHaveValue(/title="Map of the Campus des métiers et des qualifications"/);
  await expect(iframeCode).toHaveValue(/lang=en/);
});

test('in English, a card gives the project’s own English note, whole; in French the note as written', async ({
  page,
}) => {
  await page.goto('./?campus=aeronautique-nantes-saint-nazaire&lang=en');
  const card = page.getByTestId('campus-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('card-note')).toHaveText(
    /Note:\s*Sector group deduced from the Campus’s name\. The name cites two cities and no page found gives its seat: placed in Nantes, the first one, approximate position\. Région not stated by the booklet; deduced from the town\./,
  );
  await expect(card).not.toContainText('Groupe sectoriel déduit du nom du Campus');
  await expect(card).not.toContainText('placé à Nantes');
  await expect(card.getByTestId('card-note-rest')).toHaveCount(0);

  // In French the note is as written.
  await page.goto('./?campus=aeronautique-nantes-saint-nazaire');
  await expect(page.getByTestId('card-note')).toContainText(
    'Groupe sectoriel déduit du nom du Campus. Le nom cite deux villes',
  );
});

test('in English, a note with no English of its own says the shared sentences in English, the rest marked French', async ({
  page,
}) => {
  await page.route('**/data/campus.geojson', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { features: { properties: Record<string, unknown> }[] };
    for (const f of json.features) delete f.properties['note_en'];
    await route.fulfill({ response, json });
  });
  await page.goto('./?campus=aeronautique-nantes-saint-nazaire&lang=en');
  const card = page.getByTestId('campus-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('card-note')).toHaveText(
    /Note:\s*Sector group deduced from the Campus’s name\. Région not stated by the booklet; deduced from the town\./,
  );
  await expect(card).not.toContainText('Groupe sectoriel déduit du nom du Campus');
  await expect(card).not.toContainText('Région non indiquée par le livret');
  await expect(card.getByTestId('card-note-rest')).toContainText('Details (in French)');
  await expect(card.getByTestId('card-note-rest').locator('[lang="fr"]')).toContainText('placé à Nantes');
});

test('one row left out is « 1 ligne écartée », in the dialog and the summary; « 1 row left out » in English', async ({
  page,
}) => {
  const csv = [
    'nom;secteur;commune',
    'Campus du Grand Est;energie;67482',
    'Campus code faux;numerique;99999',
  ];
  const file = { name: 'une-erreur.csv', bytes: Buffer.from(csv.join('\n') + '\n') };
  await page.goto('./');
  await waitForList(page, 29);
  await chooseFile(page, file);
  expect(await outcome(page)).toContain(
    'une-erreur.csv (CSV, UTF-8) : 2 lignes lues, 1 Campus sur la carte, 1 ligne écartée.',
  );
  await showMap(page, 1);
  await expect(page.getByTestId('own-list-origin')).toHaveText(
    'Liste affichée : une-erreur.csv · 1 ligne écartée',
  );

  await page.getByRole('button', { name: /Display in English/ }).click();
  await expect(page.getByTestId('own-list-origin')).toHaveText('List shown: une-erreur.csv · 1 row left out');
});

test('one problem past the 200 listed is « … et 1 autre problème. »', async ({ page }) => {
  const rows = ['nom;secteur;commune', 'Campus du Grand Est;energie;67482'];
  for (let i = 0; i < 201; i += 1) rows.push(`Campus faux ${i};numerique;99999`);
  await page.goto('./');
  await waitForList(page, 29);
  await chooseFile(page, { name: 'erreurs.csv', bytes: Buffer.from(rows.join('\n') + '\n') });
  expect(await outcome(page)).toContain('202 lignes lues, 1 Campus sur la carte, 201 lignes écartées.');
  await expect(page.getByTestId('own-list-dialog')).toContainText('… et 1 autre problème.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('back on the map, panel= leaves the URL', async ({ page }) => {
    await page.goto('./');
    await waitForMapIdle(page);
    const bar = page.getByRole('navigation', { name: 'Panneaux' }).last();
    await bar.getByRole('button', { name: 'Liste' }).click();
    await expect(page).toHaveURL(/panel=list/);
    await bar.getByRole('button', { name: 'Carte' }).click();
    await expect(page).not.toHaveURL(/panel=/);

    await bar.getByRole('button', { name: 'Bonnes pratiques' }).click();
    await expect(page).toHaveURL(/panel=practices/);
    await page.getByRole('button', { name: 'Fermer le panneau' }).first().click();
    await expect(page).not.toHaveURL(/panel=/);
  });
});
