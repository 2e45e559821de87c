/**
 * « Vos données » timed: a région's list of 10 000 rows opened in the app through the file chooser,
 * from the moment the file is chosen (the input's `change`) to the list's outcome in the dialog (read:
 * the commune gazetteer and the reader fetched, every row checked and geocoded), and to the map idle
 * on the list (the explorer rebuilt, MapLibre started again on the new Campus). A fresh browser
 * context per run: nothing kept in IndexedDB, nothing cached.
 */
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './measure.ts';

export interface OwnListTiming {
  read: number | null;
  idle: number | null;
  problems: string[];
}

// Plain strings evaluated in the page (not functions): the bench runs under tsx, whose helpers would
// not exist in the page.
const WATCH = `(() => {
  const input = document.querySelector('[data-testid=own-list-input]');
  input.addEventListener('change', () => (window.__chosenAt = performance.now()), { once: true });
  // The livret's map: the list's is a new MapLibre map, which main.ts exposes once it has loaded.
  window.__livretMap = window.__map;
  const status = document.querySelector('[data-testid=own-list-status]');
  new MutationObserver((_, observer) => {
    if (/sur la carte|pas été chargé/.test(status.textContent)) {
      window.__readAt = performance.now();
      observer.disconnect();
    }
  }).observe(status, { childList: true, subtree: true, characterData: true });
})()`;

// Rejected after a minute: a build that cannot read the file (an older one given a workbook, with --app)
// gets a problem on its line instead of holding the whole run until the watchdog.
const IDLE = (expected: number) => `new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('the list did not reach the map within 60 s')), 60000);
  const check = () => {
    const map = window.__map;
    // The list's own map, not the livret's (removed, it never goes idle again): the SVG preview no
    // longer stands between the two since it loads on demand, so the preview's absence proves nothing.
    const ready = window.__explorer?.total === ${expected} &&
      !document.querySelector('[data-testid=svg-map][data-mode=preview]') && map &&
      map !== window.__livretMap;
    if (!ready) return setTimeout(check, 20);
    const done = () => resolve(performance.now());
    if (map.loaded() && !map.isMoving()) done();
    else map.once('idle', done);
  };
  check();
})`;

export async function measureOwnList(
  browser: Browser,
  appUrl: string,
  file: { name: string; bytes: Buffer },
  expected: number,
): Promise<OwnListTiming> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(appUrl);
    await page.waitForFunction('window.__map?.loaded() && window.__explorer?.total > 0', null, {
      timeout: 120_000,
    });
    await page.getByRole('button', { name: /ouvrir votre propre liste/ }).click();
    // The dialog's code arrives on demand: choose the file once its input is there.
    await page.getByTestId('own-list-input').waitFor({ state: 'attached' });
    await page.evaluate(WATCH);
    await page
      .getByTestId('own-list-input')
      .setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: file.bytes });
    const idleAt = (await page.evaluate(IDLE(expected))) as number;
    const { chosenAt, readAt } = (await page.evaluate(
      '({ chosenAt: window.__chosenAt, readAt: window.__readAt })',
    )) as { chosenAt?: number; readAt?: number };
    if (chosenAt === undefined) return { read: null, idle: null, problems: ['the file input did not fire'] };
    return { read: readAt === undefined ? null : readAt - chosenAt, idle: idleAt - chosenAt, problems };
  } catch (error) {
    return { read: null, idle: null, problems: [...problems, (error as Error).message.split('\n')[0]!] };
  } finally {
    await context.close();
  }
}
