/**
 * Where the facts come from (issue « every Campus in its right group and its real town »): the card links
 * each fact found outside the livret to its page, and an approximate position shows as a dashed ring on
 * the map, explained in the legend.
 */
import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

interface Feature {
  id: string;
  properties: { approximate: boolean; sources: { fact: string; url: string }[]; sector: string };
}

test('the card links each fact from a public page, in a new tab, and names the livret for the rest', async ({
  page,
}) => {
  await page.goto('./?campus=industrie-energies-normandie');
  const card = page.getByTestId('campus-card');
  await expect(card).toHaveAttribute('data-campus', 'industrie-energies-normandie');
  await expect(card.getByTestId('card-town')).toContainText('Cherbourg-en-Cotentin');
  const townLink = card.getByTestId('card-town').getByRole('link');
  await expect(townLink).toHaveAttribute('href', /^https:\/\/www\.ac-caen\.fr\//);
  await expect(townLink).toHaveAttribute('target', '_blank');
  await expect(townLink).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(townLink).toHaveAccessibleName('Source : ac-caen.fr (nouvel onglet)');
  await expect(card.getByTestId('card-lead')).toContainText('Alexis-de-Tocqueville');
  await expect(card.getByTestId('card-lead').getByRole('link')).toHaveAttribute(
    'href',
    /^https:\/\/regions-france\.org\//,
  );
  await expect(card).toContainText('Les autres informations viennent du livret');
  // Every link a card can show is a plain https: address.
  const hrefs = await card
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThanOrEqual(2);
  for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
  await page.screenshot({ path: test.info().outputPath('card-sourced.png') });
});

test('Égletons and Felletin are in the building group, with the page that says so', async ({ page }) => {
  await page.goto('./?campus=egletons');
  const sector = page.getByTestId('campus-card').getByTestId('card-sector');
  await expect(sector).toContainText('Infrastructures, bâtiment, éco-construction');
  await expect(sector.getByRole('link')).toHaveAttribute('href', /lagazettedescommunes\.com/);
  const groups = await page.evaluate(async () => {
    const data = (await (await fetch('./data/campus.geojson')).json()) as { features: Feature[] };
    return Object.fromEntries(
      data.features
        .filter((f) => ['egletons', 'felletin'].includes(f.id))
        .map((f) => [f.id, f.properties.sector]),
    );
  });
  expect(groups).toEqual({ egletons: 'batiment', felletin: 'batiment' });
});

test('an approximate position is said on the card and drawn with a dashed ring the legend explains', async ({
  page,
}) => {
  // Zoomed on Charente-Maritime, where the Campus are drawn one by one.
  await page.goto('./?map=8.5/45.9/-0.9&campus=aeronautique-nouvelle-aquitaine');
  await waitForMapIdle(page);
  const card = page.getByTestId('campus-card');
  await expect(card.getByTestId('card-town')).toContainText('Rochefort (position approximative)');
  await expect(card.getByTestId('card-approximate')).toContainText('commune déduite du texte du livret');
  const drawn = await page.evaluate(() => {
    type Marks = { campus: { id: string; approximate: boolean }[] };
    const canvas = document.querySelector('canvas.campus-overlay') as
      (HTMLCanvasElement & { campusMarks?: Marks }) | null;
    return canvas?.campusMarks?.campus ?? [];
  });
  // The overlay rings exactly the Campus whose position is approximate.
  const ringed = [...new Set(drawn.filter((c) => c.approximate).map((c) => c.id))];
  expect(ringed).toEqual(['aeronautique-nouvelle-aquitaine']);
  // Royan, whose town a page gives, is drawn as a point without a ring.
  const royanDrawn = drawn.some((c) => c.id === 'production-culinaire-gastronomie-nouvelle-aquitaine');
  expect(royanDrawn).toBe(true);
  await expect(page.getByTestId('symbol-key')).toContainText('Position approximative');
  // The ring is in the dataset exactly for the Campus whose position the card calls approximate.
  const approximate = await page.evaluate(async () => {
    const data = (await (await fetch('./data/campus.geojson')).json()) as { features: Feature[] };
    return data.features.filter((f) => f.properties.approximate).map((f) => f.id);
  });
  expect(approximate).toEqual([
    'aeronautique-nantes-saint-nazaire',
    'aeronautique-nouvelle-aquitaine',
    'design-habitat-auvergne-rhone-alpes',
    'ferroviaire-automobile-eco-mobilite-hauts-de-france',
    'mer-paca-toulon',
    'relation-client-paca',
  ]);
  await page.screenshot({ path: test.info().outputPath('approximate.png') });
});

test('search finds a Campus by another name', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('Poitou-Charentes');
  await expect(page.getByRole('option').first()).toContainText('Campus aéronautique Nouvelle-Aquitaine');
  await expect(page.getByTestId('summary')).toContainText('1 Campus');
});

test('« Depuis le livret »: the card of a changed Campus says each fact, its date and its page', async ({
  page,
}) => {
  await page.goto('./?campus=energies-efficacite-energetique-normandie');
  const card = page.getByTestId('campus-card');
  const since = card.getByTestId('card-since');
  await expect(since.getByRole('heading', { level: 3 })).toHaveText('Depuis le livret');
  await expect(since.getByRole('listitem')).toHaveCount(1);
  await expect(since).toContainText(
    "Fusion prévue dans Campus d'excellence international des énergies (CEINE) — 2020",
  );
  const link = since.getByRole('link');
  await expect(link).toHaveAttribute('href', /^https:\/\/regions-france\.org\//);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAccessibleName('Source : regions-france.org (nouvel onglet)');
  await page.screenshot({ path: test.info().outputPath('card-since.png') });

  // A Campus with nothing found has no such section.
  await page.goto('./?campus=bois-epinal');
  await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', 'bois-epinal');
  await expect(page.getByTestId('card-since')).toHaveCount(0);
});

test('« CEINE » finds the two Normandie energy Campus; the map keeps the livret’s places', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const search = page.getByRole('combobox', { name: 'Rechercher' });
  await search.fill('CEINE');
  const options = page.getByRole('listbox', { name: 'Rechercher' }).getByRole('option');
  await expect(options).toHaveCount(2);
  const names = (await options.locator('.name').allTextContents()).sort();
  expect(names).toEqual(
    ["Campus des énergies et de l'efficacité énergétique", 'Campus industrie des énergies Normandie'].sort(),
  );
  await expect(page).toHaveURL(/q=CEINE/);
  const places = await page.evaluate(async () => {
    type F = { id: string; properties: { town: string; since?: { kind: string; text: string }[] } };
    const data = (await (await fetch('./data/campus.geojson')).json()) as { features: F[] };
    const p = data.features.find((f) => f.id === 'plasticampus-oyonnax')!.properties;
    return { town: p.town, since: p.since?.map((f) => `${f.kind} ${f.text}`) };
  });
  // A page places the PlastiCampus at Bellignat; the map keeps it where the livret put it.
  expect(places).toEqual({ town: 'Oyonnax', since: ['excellence ', 'based_at Bellignat'] });
});
