/**
 * « Vos données » with a région's workbook: the same list as Excel saves it (.xlsx), as LibreOffice
 * Calc saves it (.ods) and as Excel's « Texte Unicode » (UTF-16, tabs), each opened by the chooser and
 * by a drop on the map. Each has a bad row (an unknown commune code, on the sheet's row 6) and a formula
 * (row 7): the five good Campus are mapped, the bad row is reported by its row number and the column as
 * the file heads it, the formula is read as its saved value. Then the workbooks that must change
 * nothing: an empty first sheet (until another sheet is chosen), a password, a file that is no list.
 * SheetJS comes only with the first workbook. Fixtures: scripts/build-own-list-fixtures.ts.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { renderedCampusCount } from './helpers.ts';
import { chooseFile, dropFile, outcome, showMap, shownIds, waitForList, type ListFile } from './ownList.ts';

const fixture = (name: string): ListFile => ({ name, bytes: readFileSync(`e2e/fixtures/${name}`) });

const LISTS = [
  { file: fixture('liste-campus.xlsx'), read: 'Excel, feuille « Campus »', workbook: true },
  { file: fixture('liste-campus.ods'), read: 'Calc, feuille « Campus »', workbook: true },
  { file: fixture('liste-texte-unicode.txt'), read: 'texte Unicode, UTF-16', workbook: false },
];
const MAPPED = [
  'campus-d-amberieu',
  'campus-de-bourg',
  'campus-du-bois',
  'campus-energie',
  'campus-numerique-lille',
];

/** Requests for SheetJS's chunk. */
function sheetJsRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/xlsx-[^/]*\.js$/.test(r.url())) requests.push(r.url());
  });
  return requests;
}

for (const { file, read, workbook } of LISTS) {
  for (const way of ['chooser', 'drop'] as const) {
    test(`${file.name} by the ${way}: five Campus mapped, the bad row reported by its row number`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const sheetJs = sheetJsRequests(page);
      await page.goto('./');
      await waitForList(page, 29);
      expect(sheetJs).toEqual([]);
      await (way === 'chooser' ? chooseFile(page, file) : dropFile(page, file));
      expect(await outcome(page)).toContain(
        `${file.name} (${read}) : 6 lignes lues, 5 Campus sur la carte, 1 ligne écartée.`,
      );
      await expect(page.getByTestId('own-list-problems').getByRole('listitem')).toHaveText([
        'ligne 6 · Code INSEE · code commune INSEE inconnu « 99999 » — indiquez le code d’une commune actuelle',
      ]);
      if (workbook) {
        await page.getByTestId('own-list-notes').locator('summary').click();
        await expect(page.getByTestId('own-list-notes').getByRole('listitem')).toHaveText([
          'ligne 7 · Nom · formule « ="Campus "&"énergie" » lue comme sa valeur enregistrée « Campus énergie »',
        ]);
        // Two sheets: the chooser shows the one read.
        await expect(page.getByLabel('Feuille lue')).toHaveValue('Campus');
      } else await expect(page.getByTestId('own-list-sheet')).toHaveCount(0);
      // SheetJS was fetched for a workbook, and only then.
      expect(sheetJs.length > 0).toBe(workbook);
      await showMap(page, 5);
      expect(await shownIds(page)).toEqual(MAPPED);
      expect(await renderedCampusCount(page)).toBe(5);
      await expect(page.getByTestId('own-list-origin')).toHaveText(
        `Liste affichée : ${file.name} · 1 ligne écartée`,
      );
    });
  }
}

test('the sheet chooser, by the keyboard: another sheet read and mapped', async ({ page }) => {
  await page.goto('./');
  await waitForList(page, 29);
  await chooseFile(page, fixture('liste-campus.xlsx'));
  expect(await outcome(page)).toContain('5 Campus sur la carte');
  const chooser = page.getByLabel('Feuille lue');
  await chooser.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('own-list-status')).toContainText(
    'liste-campus.xlsx (Excel, feuille « Autres ») : 1 ligne lue, 1 Campus sur la carte, 0 ligne écartée.',
  );
  await expect(chooser).toBeFocused();
  await expect(chooser).toHaveValue('Autres');
  // The dialog with its chooser, its problems and its formulas: no serious or critical axe violation.
  const audit = await new AxeBuilder({ page })
    .include('[data-testid="own-list-dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  expect(
    audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await showMap(page, 1);
  expect(await shownIds(page)).toEqual(['campus-mer-et-littoral']);
});

test('an empty first sheet says so and changes nothing, until the sheet of the list is chosen', async ({
  page,
}) => {
  await page.goto('./');
  await waitForList(page, 29);
  await chooseFile(page, fixture('liste-feuille-vide.xlsx'));
  expect(await outcome(page)).toContain(
    'liste-feuille-vide.xlsx n’a pas été chargé : la carte reste telle qu’elle était.',
  );
  await expect(page.getByTestId('own-list-problems').getByRole('listitem')).toHaveText([
    'fichier · la feuille « Vide » est vide — une ligne d’en-tête est attendue : nom, secteur, commune ; choisissez une autre feuille',
  ]);
  await page.getByLabel('Feuille lue').selectOption('Autres');
  await expect(page.getByTestId('own-list-status')).toContainText('1 Campus sur la carte');
  await showMap(page, 1);
});

test('a password-protected workbook, a file that is no list and a list without its columns change nothing, and say why', async ({
  page,
}) => {
  await page.goto('./');
  await waitForList(page, 29);
  const cases: [ListFile, string][] = [
    [
      fixture('liste-protegee.xlsx'),
      'fichier · le classeur est protégé par un mot de passe — enregistrez-en une copie sans mot de passe',
    ],
    [
      // An image chosen by mistake, whatever its name says.
      { name: 'liste.csv', bytes: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
      'fichier · ce fichier n’est ni un tableur ni un GeoJSON',
    ],
    [
      // A word processor's zip, named like a workbook.
      { name: 'rapport.xlsx', bytes: wordZip() },
      'fichier · ce fichier n’est ni un tableur ni un GeoJSON',
    ],
  ];
  for (const [file, message] of cases) {
    await chooseFile(page, file);
    expect(await outcome(page)).toContain(`${file.name} n’a pas été chargé`);
    await expect(page.getByTestId('own-list-problems').getByRole('listitem')).toHaveText([
      new RegExp(`^${message.replace(/[()]/g, '\\$&')}`),
    ]);
    await page.getByRole('button', { name: 'Voir la carte' }).click();
    await expect(page.getByTestId('summary')).toContainText('29 Campus');
  }
});

/** The smallest zip a word processor could have written: one stored entry, word/document.xml. */
function wordZip(): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = Buffer.from('<w:document/>');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

test('in English: the workbook, the missing columns and a file that is no list, in English words', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  await waitForList(page, 29);
  const open = async (file: ListFile) => {
    if (!(await page.getByTestId('own-list-dialog').isVisible()))
      await page.getByRole('button', { name: /open your own list/ }).click();
    await page
      .getByTestId('own-list-input')
      .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes });
    const status = page.getByTestId('own-list-status');
    await expect(status).toContainText(/on the map|was not loaded/, { timeout: 30_000 });
    return page.getByTestId('own-list-problems').getByRole('listitem');
  };
  const problems = await open(fixture('liste-campus.xlsx'));
  await expect(page.getByTestId('own-list-status')).toContainText(
    'liste-campus.xlsx (Excel, sheet “Campus”): 6 rows read, 5 Campus on the map, 1 row left out.',
  );
  await expect(problems).toHaveText([
    'line 6 · Code INSEE · unknown INSEE commune code « 99999 » — expected the code of a current commune',
  ]);
  await expect(page.getByLabel('Sheet read')).toHaveValue('Campus');
  await open({ name: 'notes.csv', bytes: Buffer.from('titre;auteur\nUn;Deux\n') });
  await expect(problems).toHaveText([
    'line 1 · header · missing column(s) name, sector, commune — expected a header with name;sector;commune',
  ]);
  await open({ name: 'photo.csv', bytes: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') });
  await expect(problems).toHaveText([/^file · this file is neither a spreadsheet nor a GeoJSON/]);
});
