/**
 * The explorer with the keyboard alone (no mouse, no `.click()`, no `.focus()`): Tab / Shift+Tab,
 * Entrée, Espace, the arrows and Échap. Each stop on the way is checked the way a sighted keyboard user
 * sees it: something has the focus (never <body>), it is on screen and not covered, and it shows a ring.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawnCampusLook, renderedCampusCount, waitForMapIdle } from './helpers.ts';

// Software WebGL: each filter, card and tour step redraws the map; a long journey needs some room.
test.describe.configure({ timeout: 90_000 });

interface CampusRecord {
  id: string;
  properties: { name: string; sector: string };
}

interface FocusState {
  /** What has the focus, for messages: tag, id, classes, accessible text. */
  what: string;
  /** Focus fell to <body> (or nowhere). */
  lost: boolean;
  /** The browser's own verdict that a ring should show (keyboard focus). */
  focusVisible: boolean;
  /** An outline or a box-shadow is drawn. */
  ring: boolean;
  /** The element's box lies inside the viewport. */
  inViewport: boolean;
  /** Nothing else (a sticky header, an overlay) sits on top of the element's centre. */
  onTop: boolean;
}

/** The focused element and how it shows, looking through shadow roots. */
async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) {
      return {
        what: String(el?.tagName),
        lost: true,
        focusVisible: false,
        ring: false,
        inViewport: false,
        onTop: false,
      };
    }
    const style = getComputedStyle(el);
    const outline =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 2 &&
      !/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor);
    const rect = el.getBoundingClientRect();
    const inViewport =
      rect.width > 0 &&
      rect.height > 0 &&
      rect.left >= 0 &&
      rect.top >= 0 &&
      rect.right <= window.innerWidth + 0.5 &&
      rect.bottom <= window.innerHeight + 0.5;
    const root = el.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    const onTop = hit !== null && (hit === el || el.contains(hit));
    const cover =
      onTop || !hit
        ? ''
        : ` — covered by <${hit.tagName.toLowerCase()} class="${hit.getAttribute('class') ?? ''}">`;
    return {
      what: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} class="${el.getAttribute('class') ?? ''}"> ${text.slice(0, 60)}${cover}`,
      lost: false,
      focusVisible: el.matches(':focus-visible'),
      ring: outline || style.boxShadow !== 'none',
      inViewport,
      onTop,
    };
  });
}

/** Asserts that the focus is somewhere a keyboard user can see it. */
async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  const state = await focusState(page);
  expect(state.lost, `${step}: focus fell to <body>`).toBe(false);
  expect(
    { focusVisible: state.focusVisible, ring: state.ring, inViewport: state.inViewport, onTop: state.onTop },
    `${step}: ${state.what}`,
  ).toEqual({ focusVisible: true, ring: true, inViewport: true, onTop: true });
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/**
 * Presses `key` until `target` has the focus, at most `max` times, checking the focus ring at every
 * stop on the way (each is a place a keyboard user passes through).
 */
async function pressUntil(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator, max = 40): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(key);
    await expectVisibleFocus(page, `${key} ×${presses}`);
    if (await isFocused(target)) return;
  }
  throw new Error(`${max} × ${key} never reached ${target.toString()}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const shownIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { __explorer: { shownIds(): string[] } }).__explorer.shownIds());

/** The halo the Campus overlay draws around a Campus: 'selected' while its card is open. */
const halo = async (page: Page, id: string) => (await drawnCampusLook(page, id))?.halo;

const mapZoom = (page: Page) =>
  page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom());

test('filter, find a Campus in the list, open and close its card, present, with the keyboard alone', async ({
  page,
}) => {
  // Instant camera moves (the app honours reduced motion): the tour's steps settle at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const campus = (
    (await (await page.request.get('data/campus.geojson')).json()) as { features: CampusRecord[] }
  ).features;
  const mobilite = campus.filter((f) => f.properties.sector === 'mobilite').map((f) => f.id);
  const target = campus.find((f) => f.id === 'mer-normandie-cherbourg')!;
  expect(mobilite).toContain(target.id);
  expect(mobilite.length).toBeLessThan(campus.length);

  await page.goto('./');
  await waitForMapIdle(page);

  // 1. The first two Tabs reach the skip links (to the map, then to the list), each shown on screen
  //    while it has the focus.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller à la carte' })).toBeFocused();
  await expectVisibleFocus(page, 'skip link to the map');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller à la liste des Campus' })).toBeFocused();
  await expectVisibleFocus(page, 'skip link to the list');

  // 2. On to the sector legend; Espace toggles a group: URL, list of Campus shown, points drawn.
  const legend = page.getByRole('group', { name: 'Groupes sectoriels' });
  const entry = legend.getByRole('button', { name: /^Mobilité, aéronautique/ });
  await pressUntil(page, 'Tab', entry);
  await page.keyboard.press('Space');
  await expect(entry).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]sectors=mobilite(&|$)/);
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual([...mobilite].sort());
  await expect(page.getByTestId('summary')).toContainText(`${mobilite.length} Campus`);
  await waitForMapIdle(page);
  await expect.poll(() => renderedCampusCount(page)).toBe(mobilite.length);
  await expectVisibleFocus(page, 'legend entry after Space');

  // 3. Back up to the search box; typing narrows the Campus to one; Échap closes the suggestions.
  const search = page.getByRole('combobox', { name: 'Rechercher' });
  await pressUntil(page, 'Shift+Tab', search);
  await page.keyboard.type('cherbourg');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => shownIds(page)).toEqual([target.id]);
  await page.keyboard.press('Escape');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await expect(search).toHaveValue('cherbourg');

  // 4. The tabs: Shift+Tab to « Filtres », → to « Liste » (the tabs pattern), Tab into the list.
  const filtersTab = page.getByRole('tab', { name: 'Filtres' });
  const listTab = page.getByRole('tab', { name: 'Liste' });
  await pressUntil(page, 'Shift+Tab', filtersTab);
  await page.keyboard.press('ArrowRight');
  await expect(listTab).toBeFocused();
  await expect(listTab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/[?&]panel=list(&|$)/);
  await expectVisibleFocus(page, '« Liste » tab');
  const list = page.locator('#campus-list');
  await expect(list.getByRole('heading', { name: 'Campus affichés (1)' })).toBeVisible();
  const item = list.getByRole('button', { name: new RegExp(escapeRegExp(target.properties.name)) });
  await pressUntil(page, 'Tab', item, 3);

  // 5. Entrée opens the card: its heading takes the focus; URL, list and map all show the selection.
  await page.keyboard.press('Enter');
  const card = page.getByTestId('campus-card');
  const heading = card.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(target.properties.name);
  await expect(heading).toBeFocused();
  await expectVisibleFocus(page, 'card heading');
  await expect(page).toHaveURL(new RegExp(`[?&]campus=${target.id}(&|$)`));
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => halo(page, target.id)).toBe('selected');

  // 6. Échap closes it, and the focus goes back to the list entry that opened it.
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page).not.toHaveURL(/campus=/);
  await expect(item).toBeFocused();
  await expectVisibleFocus(page, 'list entry after Échap');
  await expect(item).not.toHaveAttribute('aria-current', 'true');
  await expect.poll(() => halo(page, target.id)).not.toBe('selected');

  // Open it again, and close it with its × button this time (Tab from the heading reaches it).
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await pressUntil(page, 'Tab', card.getByRole('button', { name: 'Fermer la fiche' }), 2);
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  await expect(item).toBeFocused();
  await expectVisibleFocus(page, 'list entry after ×');

  // 7. The presentation, started from the header's « Présenter » with Entrée.
  const present = page.getByRole('button', { name: /^Présenter/ });
  await pressUntil(page, 'Shift+Tab', present);
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('presentation');
  const counter = page.getByTestId('tour-counter');
  await expect(panel).toBeVisible();
  const total = ((await (await page.request.get('data/practices.json')).json()) as unknown[]).length;
  await expect(counter).toHaveText(`1 / ${total}`);
  await expectVisibleFocus(page, 'presentation panel');

  // → and ← move between steps (the counter and the URL follow); the focus stays visible.
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(`2 / ${total}`);
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(`3 / ${total}`);
  await expect(page).toHaveURL(/[?&]present=practices&step=3(&|$)/);
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText(`2 / ${total}`);
  await expectVisibleFocus(page, 'presentation, step 2');

  // Échap leaves: the explorer is back as it was, the focus on « Présenter ».
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(page).toHaveURL(/sectors=mobilite/);
  await expect(present).toBeFocused();
  await expectVisibleFocus(page, '« Présenter » after Échap');

  // 8. The map's controls: named, reachable with Tab in the order they sit on screen (« Outre-mer »
  //    at the top left, then the map and its zoom buttons), operated with Entrée, the menu closed by
  //    Échap.
  const canvas = page.getByRole('region', { name: /^Carte interactive/ });
  const zoomIn = page.getByRole('button', { name: 'Zoomer', exact: true });
  const zoomOut = page.getByRole('button', { name: 'Dézoomer', exact: true });
  const overseas = page.getByRole('button', { name: 'Outre-mer', exact: true });
  await expect(zoomOut).toBeVisible();
  await pressUntil(page, 'Tab', overseas);
  await expect(overseas).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(overseas).toHaveAttribute('aria-expanded', 'true');
  const menu = page.locator('#drom-menu');
  await expect(menu.getByRole('button')).toHaveCount(5);
  await pressUntil(page, 'Tab', menu.getByRole('button', { name: /^Voir Guadeloupe/ }), 1);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(overseas).toBeFocused();
  await expect(overseas).toHaveAttribute('aria-expanded', 'false');
  await expectVisibleFocus(page, '« Outre-mer » after Échap');
  await pressUntil(page, 'Tab', canvas, 1);
  await pressUntil(page, 'Tab', zoomIn, 2);
  await waitForMapIdle(page);
  const zoom = await mapZoom(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => mapZoom(page)).toBeGreaterThan(zoom + 0.5);
});

test('the embedded map: its controls are named and the keyboard reaches them', async ({ page }) => {
  await page.goto('./embed.html?region=84&show=legend,search,card,list');
  await waitForMapIdle(page);
  const fullscreen = page.getByRole('button', { name: 'Plein écran' });
  await expect(fullscreen).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Dézoomer', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Carte interactive/ })).toBeVisible();
  await pressUntil(page, 'Tab', fullscreen, 1);
  await pressUntil(page, 'Tab', page.getByRole('button', { name: 'Zoomer', exact: true }), 4);
});

test.describe('phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the skip link opens the folded panel on the list and moves the focus there', async ({ page }) => {
    await page.goto('./');
    // No need for the map: the header and the folded panel are there before it.
    const skip = page.getByRole('link', { name: 'Aller à la liste des Campus' });
    await expect(skip).toBeAttached();
    // The second Tab (the first is « Aller à la carte »).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expectVisibleFocus(page, 'skip link');
    await page.keyboard.press('Enter');
    const list = page.locator('#campus-list');
    await expect(list).toBeFocused();
    await expect(list).toBeInViewport();
    await expect(page).toHaveURL(/[?&]panel=list(&|$)/);
    // Tab goes on into the list's rows.
    await page.keyboard.press('Tab');
    await expect(list.getByRole('button').first()).toBeFocused();
    await expectVisibleFocus(page, 'first row of the list');
  });
});
