/**
 * Automated accessibility audit (axe-core, WCAG 2.0 / 2.1, levels A and AA) of each screen a visitor
 * meets: the explorer (map idle, then with the « Liste » tab and a Campus card, and on a phone), the
 * embedded map, and the presentation mode. A serious or critical violation fails the test, listed rule
 * by rule with the elements it hits; moderate and minor ones are logged so that they stay in sight.
 *
 * Nothing is excluded: axe reports nothing on MapLibre's canvas (a focusable, named region) or on its
 * controls, so there is no third-party markup to set aside.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

// Software WebGL on a shared machine: a map load, a click that moves the map and two audits need room.
test.describe.configure({ timeout: 90_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** The parts of an axe result a failure message needs. */
interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** One readable line per violation: rule, impact, what it asks, and the elements it hits. */
function describeViolation(v: Violation): string {
  const targets = v.nodes.map((n) => n.target.map(String).join(' >>> '));
  return `${v.id} [${v.impact ?? 'unknown impact'}] ${v.help} — ${targets.join(' | ')}`;
}

/** Runs axe on the page as it is now: fails on serious or critical violations, logs the others. */
async function audit(page: Page, screen: string): Promise<void> {
  // Only violations in full (passes are counted, not detailed): less work on a slow machine. The
  // options go first: `options()` replaces the whole set, the tags included. Legacy mode runs axe in
  // the page itself instead of opening a blank page to merge the results of each frame: these pages
  // have no frames, and it is three times faster here (about 1 s instead of 3).
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .setLegacyMode(true)
    .analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  for (const v of results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''))) {
    console.log(`[axe, ${screen}] ${describeViolation(v)}`);
  }
  expect(blocking.map(describeViolation), `serious or critical axe violations on ${screen}`).toEqual([]);
  // The audit looked at a rendered screen, not at an empty shell.
  expect(results.passes.length, `axe checked rules on ${screen}`).toBeGreaterThan(10);
}

const CHERBOURG = 'mer-normandie-cherbourg';

test('explorer: loaded, then the « Liste » tab with a Campus card open', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await audit(page, 'explorer');

  await page.getByRole('tab', { name: 'Liste' }).click();
  // Near the top of the list (which renders only the rows in view): no scrolling needed to reach it.
  await page
    .locator('#campus-list')
    .getByRole('button', { name: /aéronautique Auvergne/ })
    .click();
  await expect(page.getByTestId('campus-card')).toHaveAttribute('data-campus', 'aeronautique-auvergne');
  await expect(page.getByRole('tab', { name: 'Liste' })).toHaveAttribute('aria-selected', 'true');
  await waitForMapIdle(page);
  await audit(page, 'explorer, list and card');
});

test.describe('phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('map with a Campus card, then the panels sheet', async ({ page }) => {
    await page.goto(`./?campus=${CHERBOURG}`);
    await waitForMapIdle(page);
    await expect(page.getByTestId('campus-card')).toBeVisible();
    await audit(page, 'phone, card');

    await page.getByRole('navigation', { name: 'Panneaux' }).getByRole('button', { name: 'Filtres' }).click();
    // The bottom bar is the phone's one tab bar: the sheet is headed by the panel's name.
    await expect(
      page.locator('.screen > .body > aside.side').getByRole('heading', { name: 'Filtres' }),
    ).toBeVisible();
    await audit(page, 'phone, panels sheet');
  });
});

test('embedded map (embed.html) with every part shown', async ({ page }) => {
  await page.goto('./embed.html?region=84&show=legend,search,card,charts,list');
  await waitForMapIdle(page);
  await page
    .locator('#campus-list')
    .getByRole('button', { name: /PlastiCampus/ })
    .click();
  await expect(page.getByTestId('campus-card')).toBeVisible();
  await expect(page.getByTestId('sector-chart')).toBeVisible();
  await audit(page, 'embed');
});

test('presentation mode: a practice, then a région', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // instant camera moves between steps
  await page.goto('./?present=practices&step=1');
  await waitForMapIdle(page);
  await expect(page.getByTestId('tour-counter')).toHaveText(/^1\s\/\s\d+$/);
  await audit(page, 'presentation, practices');

  await page.getByTestId('presentation').getByRole('button', { name: 'Régions' }).click();
  await expect(page.getByTestId('tour-chart')).toBeVisible();
  await audit(page, 'presentation, régions');
});
