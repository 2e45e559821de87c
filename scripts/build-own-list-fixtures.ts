/**
 * Writes the workbooks and the Unicode text the « Vos données » browser specs open
 * (e2e/own-list-workbook.spec.ts) into e2e/fixtures, from src/lib/testing/ownListWorkbooks.ts (made
 * with SheetJS itself; the unit tests build the same files in memory). Run again after changing them:
 *   npx tsx scripts/build-own-list-fixtures.ts
 * The files are committed: the specs need no step before them.
 */
import { writeFileSync } from 'node:fs';
import {
  campusOds,
  campusUnicodeText,
  campusXlsx,
  emptyFirstSheetXlsx,
  passwordProtectedXlsx,
} from '../src/lib/testing/ownListWorkbooks.ts';

const FIXTURES = 'e2e/fixtures';
const files: [string, Uint8Array][] = [
  ['liste-campus.xlsx', campusXlsx()],
  ['liste-campus.ods', campusOds()],
  ['liste-texte-unicode.txt', campusUnicodeText()],
  ['liste-feuille-vide.xlsx', emptyFirstSheetXlsx()],
  ['liste-protegee.xlsx', passwordProtectedXlsx()],
];
for (const [name, bytes] of files) {
  writeFileSync(`${FIXTURES}/${name}`, bytes);
  console.log(`${FIXTURES}/${name}: ${bytes.length} bytes`);
}
