/** Steps of the « Vos données » specs: open a file by the chooser or by a drop, wait for the new map. */
import { expect, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

export interface ListFile {
  name: string;
  bytes: Buffer;
}

/** Opens the dialog and chooses the file in its file input. */
export async function chooseFile(page: Page, file: ListFile): Promise<void> {
  await page.getByRole('button', { name: /ouvrir votre propre liste/ }).click();
  await expect(page.getByTestId('own-list-dialog')).toBeVisible();
  await page
    .getByTestId('own-list-input')
    .setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: file.bytes });
}

/** Drops the file on the map, as a person drags it from their files (the dialog opens by itself). */
export async function dropFile(page: Page, file: ListFile): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'text/csv' }));
      return transfer;
    },
    { name: file.name, base64: file.bytes.toString('base64') },
  );
  const map = page.getByRole('region', { name: 'Carte des Campus' }).first();
  await map.dispatchEvent('dragenter', { dataTransfer });
  await map.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByTestId('list-drop')).toBeVisible();
  await map.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('list-drop')).toBeHidden();
  await expect(page.getByTestId('own-list-dialog')).toBeVisible();
}

/** The dialog's outcome line, once the file is read. */
export async function outcome(page: Page): Promise<string> {
  const status = page.getByTestId('own-list-status');
  await expect(status).toContainText(/sur la carte|pas été chargé/, { timeout: 30_000 });
  return (await status.textContent())!.replace(/\s+/g, ' ').trim();
}

/** Closes the dialog and waits for the explorer (and its new map) on a list of `count` Campus. */
export async function showMap(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: 'Voir la carte' }).click();
  await expect(page.getByTestId('own-list-dialog')).toBeHidden();
  await waitForList(page, count);
}

/** Waits for the explorer on a list of `count` Campus, and (unless told not to) its map idle. */
export async function waitForList(page: Page, count: number, { idle = true } = {}): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { __explorer?: { total: number } }).__explorer?.total === n,
    count,
    { timeout: 30_000 },
  );
  if (idle) await waitForMapIdle(page);
}

/** Ids of the Campus in the explorer (the list in the state, not what the map draws). */
export async function shownIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __explorer: { shownIds(): string[] } }).__explorer.shownIds().sort(),
  );
}
