/**
 * « Télécharger un modèle » and « Exporter » as an Excel workbook (issue 23, point 4). The template
 * (.xlsx and .csv) downloads from the « Vos données » dialog, with the reader's French headers, one
 * example row (the livret's PlastiCampus d'Oyonnax, commune 01283) and, in the workbook, a second sheet
 * with the eleven groups and the statuses; opened as it is, it maps that one Campus. The workbook
 * export holds the Campus shown, codes as text cells (their leading zero kept) and coordinates as
 * numbers, and opened again through « Vos données » it maps the same Campus with nothing reported.
 * The files are parsed here with SheetJS, in Node.
 */
import { readFile } from 'node:fs/promises';
import { read, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import { expect, test, type Download, type Page } from '@playwright/test';
import { renderedCampusCount, waitForMapIdle } from './helpers.ts';
import { outcome, showMap, shownIds, type ListFile } from './ownList.ts';

// The map renders in software (SwiftShader): loading it twice while other workers do the same takes a while.
test.describe.configure({ timeout: 120_000 });

const DATE = /\d{4}-\d{2}-\d{2}/.source;
const SECTOR_IDS = [
  'agroalimentaire',
  'chimie-biotech',
  'creation-design',
  'batiment',
  'materiaux',
  'mobilite',
  'numerique',
  'services-logistique',
  'systemes-innovants',
  'tourisme',
  'energie',
];

async function fileOf(download: Download): Promise<ListFile> {
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

async function downloading(page: Page, click: () => Promise<void>): Promise<ListFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return fileOf(download);
}

/** A sheet's rows as arrays of cells, and its cells by header and row (the header is row 1). */
function sheet(book: WorkBook, name: string) {
  const ws = book.Sheets[name]!;
  const rows = utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
  const header = rows[0] as string[];
  const cell = (column: string, row: number) =>
    ws[utils.encode_cell({ r: row - 1, c: header.indexOf(column) })] as CellObject | undefined;
  return { rows, header, cell };
}

/** Requests for SheetJS's chunk. */
function sheetJsRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/xlsx-[^/]*\.js$/.test(r.url())) requests.push(r.url());
  });
  return requests;
}

async function openDialog(page: Page) {
  await page.getByRole('button', { name: /ouvrir votre propre liste|open your own list/i }).click();
  await expect(page.getByTestId('own-list-dialog')).toBeVisible();
}

/** Chooses a file in the open dialog, as a person picks the downloaded file. */
async function choose(page: Page, file: ListFile) {
  await page.getByTestId('own-list-input').setInputFiles({
    name: file.name,
    mimeType: 'application/octet-stream',
    buffer: file.bytes,
  });
}

test('the template downloads from « Vos données » as .xlsx and .csv, and opened as it is maps its example', async ({
  page,
}) => {
  const sheetJs = sheetJsRequests(page);
  await page.goto('./');
  await waitForMapIdle(page);
  await openDialog(page);
  const template = page.getByTestId('own-list-template');
  await expect(template).toContainText('Télécharger un modèle à remplir');
  expect(sheetJs).toEqual([]);

  const xlsx = await downloading(page, () => template.getByRole('button', { name: /Excel/ }).click());
  expect(xlsx.name).toBe('campus-modele.xlsx');
  await expect(template.getByRole('status')).toHaveText('Fichier téléchargé : campus-modele.xlsx');
  expect(sheetJs.length).toBeGreaterThan(0);
  const book = read(xlsx.bytes, { type: 'buffer', cellNF: true });
  expect(book.SheetNames).toEqual(['Campus', 'Listes']);
  const campus = sheet(book, 'Campus');
  expect(campus.header).toEqual([
    'nom',
    'secteur',
    'commune',
    'ville',
    'statut',
    'académie',
    'région',
    'établissement support',
    'partenaires',
    'latitude',
    'longitude',
    'source',
  ]);
  expect(campus.rows).toHaveLength(2);
  expect(campus.cell('nom', 2)?.v).toBe("PlastiCampus d'Oyonnax");
  expect(campus.cell('commune', 2)).toMatchObject({ t: 's', v: '01283', z: '@' });
  expect(campus.cell('secteur', 2)?.v).toBe('Matériaux, matériaux innovants');
  const lists = sheet(book, 'Listes').rows;
  const groups = lists.filter((row) => SECTOR_IDS.includes(row[0] as string));
  expect(groups.map((row) => row[0])).toEqual(SECTOR_IDS);
  expect(groups.every((row) => typeof row[1] === 'string' && typeof row[2] === 'number')).toBe(true);
  expect(lists.map((row) => row[0])).toEqual(expect.arrayContaining(['labellisé', 'projet']));

  const csv = await downloading(page, () => template.getByRole('button', { name: /CSV/ }).click());
  expect(csv.name).toBe('campus-modele.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(campus.header.join(';'));
  expect(lines[1]).toContain(';01283;Oyonnax;labellisé;Lyon;Auvergne-Rhône-Alpes;');
  expect(lines.slice(2)).toEqual(['']);

  // The template opened as it is: its example, one Campus, nothing to correct.
  await choose(page, xlsx);
  expect(await outcome(page)).toBe(
    'campus-modele.xlsx (Excel, feuille « Campus ») : 1 ligne lue, 1 Campus sur la carte, 0 ligne écartée.',
  );
  await expect(page.getByTestId('own-list-problems')).toHaveCount(0);
  await showMap(page, 1);
  expect(await shownIds(page)).toEqual(['plasticampus-d-oyonnax']);
  expect(await renderedCampusCount(page)).toBe(1);
});

test('the CSV template opened as it is maps its example too', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await openDialog(page);
  const csv = await downloading(page, () =>
    page.getByTestId('own-list-template').getByRole('button', { name: /CSV/ }).click(),
  );
  await choose(page, csv);
  expect(await outcome(page)).toContain('campus-modele.csv (CSV');
  expect(await outcome(page)).toContain('1 ligne lue, 1 Campus sur la carte, 0 ligne écartée.');
  await expect(page.getByTestId('own-list-problems')).toHaveCount(0);
});

test('« Exporter » gives the Campus shown as a typed workbook, which « Vos données » reads back unchanged', async ({
  page,
}) => {
  await page.goto('./?sectors=materiaux');
  await waitForMapIdle(page);
  const ids = (await shownIds(page)).sort();
  expect(ids).toContain('plasticampus-oyonnax');
  await page.getByRole('button', { name: /^Exporter/ }).click();
  const exported = await downloading(page, () =>
    page.getByRole('menuitem', { name: /classeur Excel/ }).click(),
  );
  expect(exported.name).toMatch(new RegExp(`^campus-liste-${DATE}\\.xlsx$`));
  await expect(page.getByTestId('export-status')).toContainText(exported.name);

  const book = read(exported.bytes, { type: 'buffer', cellNF: true });
  expect(book.SheetNames).toEqual(['Campus']);
  const { rows, header, cell } = sheet(book, 'Campus');
  expect(header.slice(0, 7)).toEqual([
    'id',
    'nom',
    'autres_noms',
    'groupe',
    'statut',
    'commune_insee',
    'commune',
  ]);
  expect(
    rows
      .slice(1)
      .map((row) => row[0])
      .sort(),
  ).toEqual(ids);
  const oyonnax = rows.findIndex((row) => row[0] === 'plasticampus-oyonnax') + 1;
  expect(cell('commune_insee', oyonnax)).toMatchObject({ t: 's', v: '01283' });
  expect(cell('departement', oyonnax)).toMatchObject({ t: 's', v: '01' });
  expect(cell('region', oyonnax)).toMatchObject({ t: 's', v: 'Auvergne-Rhône-Alpes' });
  expect(cell('latitude', oyonnax)).toMatchObject({ t: 'n', v: 46.25917 });
  expect(cell('longitude', oyonnax)).toMatchObject({ t: 'n', v: 5.65727 });
  for (let r = 2; r <= rows.length; r++) {
    expect(cell('commune_insee', r)?.t).toBe('s');
    expect(cell('latitude', r)?.t).toBe('n');
  }

  // The downloaded export, opened again by the chooser: the same Campus, nothing reported.
  await openDialog(page);
  await choose(page, exported);
  expect(await outcome(page)).toBe(
    `${exported.name} (Excel, feuille « Campus ») : ${ids.length} lignes lues, ${ids.length} Campus sur la carte, 0 ligne écartée.`,
  );
  await expect(page.getByTestId('own-list-problems')).toHaveCount(0);
  await expect(page.getByTestId('own-list-notes')).toHaveCount(0);
  await showMap(page, ids.length);
  expect(await shownIds(page)).toEqual(ids);
  expect(await renderedCampusCount(page)).toBe(ids.length);
});

test('in English, the template and the export are named and headed in English', async ({ page }) => {
  await page.goto('./?lang=en');
  await waitForMapIdle(page);
  await openDialog(page);
  const template = page.getByTestId('own-list-template');
  const xlsx = await downloading(page, () => template.getByRole('button', { name: /Excel/ }).click());
  expect(xlsx.name).toBe('campus-template.xlsx');
  const book = read(xlsx.bytes, { type: 'buffer' });
  expect(book.SheetNames).toEqual(['Campus', 'Lists']);
  expect(sheet(book, 'Campus').header.slice(0, 5)).toEqual(['name', 'sector', 'commune', 'town', 'status']);
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: /^Export/ }).click();
  const exported = await downloading(page, () =>
    page.getByRole('menuitem', { name: /Excel workbook/ }).click(),
  );
  expect(exported.name).toMatch(new RegExp(`^campus-list-${DATE}\\.xlsx$`));
  const { header, rows } = sheet(read(exported.bytes, { type: 'buffer' }), 'Campus');
  expect(header.slice(0, 5)).toEqual(['id', 'name', 'other_names', 'sector_group', 'status']);
  expect(rows).toHaveLength(30);
});
