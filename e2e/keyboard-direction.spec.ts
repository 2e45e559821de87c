/**
 * The map with the keyboard, as the screen shows it (issue 21, « Keyboard »): the skip link « Aller à
 * la carte » is the first Tab and puts the focus on the map's Campus stop; the arrows go to the nearest
 * Campus in the direction pressed (→ from Valenciennes goes east, not to Cherbourg, which follows it in
 * reading order); the controls on top of the map (« France entière », « Outre-mer », the zoom buttons)
 * come before the Campus stop in tab order.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers.ts';

test.describe.configure({ timeout: 90_000 });

const VALENCIENNES = 'ferroviaire-automobile-eco-mobilite-hauts-de-france';

/** The map's Campus buttons (CampusKeys), one per symbol in view. */
const campusKeys = (page: Page) =>
  page.getByRole('group', { name: /^Campus sur la carte/ }).getByRole('button');

/** Centre of each Campus button on the page, by id, and the id of the focused one (if any). */
async function keyPositions(
  page: Page,
): Promise<{ at: Record<string, { x: number; y: number }>; focused: string | null }> {
  return page.evaluate(() => {
    const at: Record<string, { x: number; y: number }> = {};
    const group = document.querySelector('[role=group][aria-label^="Campus sur la carte"]');
    for (const button of group?.querySelectorAll<HTMLElement>('button[data-campus]') ?? []) {
      const r = button.getBoundingClientRect();
      at[button.dataset['campus']!] = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    const active = document.activeElement as HTMLElement | null;
    return { at, focused: active && group?.contains(active) ? (active.dataset['campus'] ?? null) : null };
  });
}

/**
 * The Campus → should reach from `from`: of those to its right within 45° of the horizontal, the
 * nearest, counting the vertical offset twice (straight ahead beats slightly nearer off to the side).
 * Null when none lies within 45°.
 */
function nearestToTheRight(at: Record<string, { x: number; y: number }>, from: string): string | null {
  const o = at[from]!;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, p] of Object.entries(at)) {
    const along = p.x - o.x;
    const across = Math.abs(p.y - o.y);
    if (id === from || along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

test('the first Tab is « Aller à la carte », and Entrée puts the focus on the map’s Campus stop', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller à la carte' });
  await expect(skip).toBeFocused();
  // Shown while it has the focus (hidden off screen otherwise), inside the window.
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const stop = campusKeys(page).and(page.locator('[tabindex="0"]'));
  await expect(stop).toHaveCount(1);
  await expect(stop).toBeFocused();
  // The next Tab leaves the map's Campus: one stop for them all.
  const id = await stop.getAttribute('data-campus');
  await page.keyboard.press('Tab');
  await expect(campusKeys(page).and(page.locator(`[data-campus="${id}"]`))).not.toBeFocused();
  await expect(campusKeys(page).and(page.locator(':focus'))).toHaveCount(0);
});

test('→ goes to the nearest Campus to the right on screen, not to the next in the list', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  await expect(campusKeys(page).first()).toBeAttached();

  // From Valenciennes (issue 21: → went to Cherbourg, far to the west).
  await campusKeys(page)
    .and(page.locator(`[data-campus="${VALENCIENNES}"]`))
    .focus();
  const before = await keyPositions(page);
  expect(before.focused).toBe(VALENCIENNES);
  const expected = nearestToTheRight(before.at, VALENCIENNES);
  expect(expected, 'a Campus lies east of Valenciennes').not.toBeNull();
  await page.keyboard.press('ArrowRight');
  const after = await keyPositions(page);
  expect(after.focused).toBe(expected);
  expect(after.at[after.focused!]!.x).toBeGreaterThan(before.at[VALENCIENNES]!.x);

  // From the Campus stop the skip link reaches, → walks east, each step the nearest that way, until
  // nothing lies to the right: then it stays.
  await page.keyboard.press('Home');
  let { at, focused } = await keyPositions(page);
  for (let step = 0; step < 30; step += 1) {
    const from = focused!;
    const next = nearestToTheRight(at, from);
    await page.keyboard.press('ArrowRight');
    ({ at, focused } = await keyPositions(page));
    if (next === null) {
      // Nothing within 45°: it may reach a little further round (60°), else it stays.
      if (focused !== from) expect(at[focused!]!.x).toBeGreaterThan(at[from]!.x);
      break;
    }
    expect(focused, `→ from ${from}`).toBe(next);
    expect(at[focused!]!.x).toBeGreaterThan(at[from]!.x);
  }
});

test('« France entière », « Outre-mer » and the zoom buttons come before the Campus stop in tab order', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const france = page.getByRole('button', { name: 'France entière', exact: true });
  const overseas = page.getByRole('button', { name: 'Outre-mer', exact: true });
  const zoomIn = page.getByRole('button', { name: 'Zoomer', exact: true });
  const stop = campusKeys(page).and(page.locator('[tabindex="0"]'));
  await expect(stop).toHaveCount(1);
  const reached: string[] = [];
  for (let presses = 0; presses < 80 && !reached.includes('stop'); presses += 1) {
    await page.keyboard.press('Tab');
    for (const [name, target] of [
      ['france', france],
      ['overseas', overseas],
      ['zoomIn', zoomIn],
      ['stop', stop],
    ] as const) {
      if (await target.evaluate((el) => el === document.activeElement)) reached.push(name);
    }
  }
  expect(reached).toEqual(['france', 'overseas', 'zoomIn', 'stop']);
});
