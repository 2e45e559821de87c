/**
 * The tours' slide decks (issue 23, point 1): downloaded from « Exporter » and from the presentation,
 * unzipped and read — one slide per step between a title slide and a closing slide, the step's texts,
 * one picture per step slide, speaker notes — following the filters. Under the strict CSP (the map's
 * picture goes through a Blob URL and an Image).
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test, type Download, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';
import { recordViolations, servePagesWithPolicy, violations } from './strictCsp.ts';

test.describe.configure({ timeout: 180_000 });

const DATE = /\d{4}-\d{2}-\d{2}/.source;

interface Practice {
  id: string;
  title: string;
  campus: string[];
}
interface CampusFile {
  features: { id: string; properties: { region: string; sector: string } }[];
}

const practices = JSON.parse(await readFile('public/data/practices.json', 'utf8')) as Practice[];
const campus = (JSON.parse(await readFile('public/data/campus.geojson', 'utf8')) as CampusFile).features;
const regionsOf = (sector?: string) =>
  new Set(campus.filter((f) => !sector || f.properties.sector === sector).map((f) => f.properties.region));

/** The deck's slides in order: each one's text, its rels and its notes' text. */
async function readDeck(download: Download) {
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const slideFiles = Object.keys(zip.files)
    .map((name) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  const text = (xml: string) =>
    [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((m) => m[1]!)
      .join(' ')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const slides = [];
  for (const n of slideFiles) {
    const rels = await read(`ppt/slides/_rels/slide${n}.xml.rels`);
    const notesName = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    slides.push({
      text: text(await read(`ppt/slides/slide${n}.xml`)),
      pictures: [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => m[1]!),
      notes: notesName ? text(await read(`ppt/notesSlides/${notesName}`)) : '',
    });
  }
  const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'));
  return { slides, media };
}

async function deckFromMenu(page: Page, item: RegExp): Promise<Download> {
  await page.getByRole('button', { name: /^(Exporter|Export)/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return download;
}

test('the practices deck: a slide per practice, with its map, texts, source and notes', async ({ page }) => {
  await servePagesWithPolicy(page);
  await recordViolations(page);
  await page.goto('./');
  await waitForMapIdle(page);
  const download = await deckFromMenu(page, /visite des bonnes pratiques/);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^campus-diaporama-bonnes-pratiques-${DATE}\\.pptx$`),
  );
  await expect(page.getByTestId('export-status')).toContainText(download.suggestedFilename());

  const { slides, media } = await readDeck(download);
  expect(slides).toHaveLength(practices.length + 2);
  const [first, ...rest] = slides;
  const closing = rest.pop()!;
  expect(first!.text).toContain('Les bonnes pratiques des Campus des métiers et des qualifications');
  expect(first!.text).toContain(`${practices.length} étapes`);
  expect(first!.text).toContain('Sans filtre');
  expect(first!.pictures).toEqual([]);
  // Every practice once, each with its source line, one picture and notes with its chapter and links.
  for (const practice of practices) {
    const slide = rest.find((s) => s.text.includes(practice.title));
    expect(slide, practice.title).toBeDefined();
  }
  for (const slide of rest) {
    expect(slide.text).toMatch(/Source dans le livret : (ch\. \d|annexe) — /);
    expect(slide.pictures).toHaveLength(1);
    expect(slide.notes).toMatch(/Chapitre : (Chapitre \d|Annexe)/);
    expect(slide.notes).toContain('Rubrique du livret : ');
    expect(slide.notes).toMatch(/Cette étape sur la carte : http:\/\/[^ ]+\?present=practices&step=\d+/);
  }
  expect(new Set(rest.map((s) => s.pictures[0])).size).toBe(practices.length);
  expect(media.length).toBeGreaterThanOrEqual(practices.length);
  expect(closing.text).toContain('Sources et licences');
  expect(closing.text).toContain('Natural Earth — domaine public');
  expect(closing.text).toContain('GeoNames — CC BY 4.0');
  expect(closing.text).toContain('Livret des bonnes pratiques');
  expect(await violations(page)).toEqual([]);
});

test('the régions deck from the presentation, in its tour and language', async ({ page }) => {
  await page.goto('./?present=regions&step=2&lang=en');
  await expect(page.getByTestId('presentation')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Download the slide deck (.pptx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^campus-slides-regions-${DATE}\\.pptx$`));
  await expect(page.getByTestId('deck-status')).toContainText(download.suggestedFilename());
  const { slides } = await readDeck(download);
  expect(slides).toHaveLength(regionsOf().size + 2);
  expect(slides[0]!.text).toContain('région by région');
  // The first région with a Campus in INSEE order (the livret has none in Île-de-France).
  expect(slides[1]!.text).toContain('Centre-Val de Loire');
  expect(slides[1]!.text).toMatch(/Source: Livret des bonnes pratiques/);
  expect(slides[1]!.pictures).toHaveLength(1);
  expect(slides[1]!.notes).toContain('?present=regions&step=1&lang=en');
  expect(slides.at(-1)!.text).toContain('Sources and licences');
});

test('with a sector filter, fewer slides: the régions and practices of that group', async ({ page }) => {
  await page.goto('./?sectors=mobilite');
  await waitForMapIdle(page);
  const regions = await readDeck(await deckFromMenu(page, /visite des régions/));
  expect(regions.slides).toHaveLength(regionsOf('mobilite').size + 2);
  expect(regions.slides.length).toBeLessThan(regionsOf().size + 2);
  expect(regions.slides[0]!.text).toContain('Filtres :');
  const mobility = new Set(campus.filter((f) => f.properties.sector === 'mobilite').map((f) => f.id));
  const named = practices.filter((p) => p.campus.some((id) => mobility.has(id)));
  const deck = await readDeck(await deckFromMenu(page, /visite des bonnes pratiques/));
  expect(deck.slides).toHaveLength(named.length + 2);
  for (const slide of deck.slides.slice(1, -1)) expect(slide.pictures).toHaveLength(1);
});

test('one deck at a time: progress in a live region, and « Annuler » stops it', async ({ page }) => {
  await page.goto('./?present=practices&step=1');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.getByRole('button', { name: 'Télécharger le diaporama (.pptx)' }).click();
  const status = page.getByTestId('deck-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText(/Diapositive \d+ \/ 42…/);
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(status).toHaveText('Diaporama annulé.');
  await expect(page.getByRole('button', { name: 'Télécharger le diaporama (.pptx)' })).toBeVisible();
});
