/**
 * Whether the first view that `npm run build` writes into the HTML (the explorer or the embed with the
 * livret's Campus, in French, every sector, nothing selected: src/prerender.ts) is the view this visit
 * will show. When it is not, src/firstViewGuard.ts hides it before the body is painted and the app's
 * own loading screen shows instead: a neutral placeholder, never a flash of the wrong view.
 *
 * The rule is deliberately blunt: any query parameter at all, or a list kept in this browser, and the
 * built view is not shown. Telling which parameters leave the first view as built (an unknown one, a
 * `map=` equal to the home view) would take the URL parser and its tables into a script that blocks
 * the page's first paint; a link with a query string only waits for the app, as it did before.
 */
import { KEPT_LIST_MARK } from '../data/keptList.ts';
import { isLang, type Lang } from '../i18n/languages.ts';

export interface FirstViewContext {
  /** `location.search`. */
  search: string;
  /** A list kept in this browser will replace the livret's Campus (see `keptListMarked`). */
  keptList: boolean;
}

export function firstViewMatches({ search, keptList }: FirstViewContext): boolean {
  if (keptList) return false;
  return [...new URLSearchParams(search).keys()].length === 0;
}

/**
 * The language a query string asks for (`lang=en`), French otherwise, read as embed.html's options
 * read it (parseUrlState through embedOptions.ts: only a known language counts). The guard marks the
 * page with it, so that embed.html's loading state speaks it from the first frame.
 */
export function queryLang(search: string): Lang {
  const lang = new URLSearchParams(search).get('lang');
  return isLang(lang) ? lang : 'fr';
}

/**
 * Whether a list is kept, read synchronously (IndexedDB cannot be): keptList.ts marks it in
 * localStorage when it keeps or finds a list and unmarks it when it forgets one. Storage refused (a
 * sandboxed frame, some private windows): no mark, as no list can be kept there either.
 */
export function keptListMarked(storage: () => Pick<Storage, 'getItem'>): boolean {
  try {
    return storage().getItem(KEPT_LIST_MARK) !== null;
  } catch {
    return false;
  }
}

/**
 * Removes the first view built into the HTML: called by the entry files once the live screen is in
 * the document (in the same task, so no frame shows both or neither), or when the dataset failed to
 * load (the error screen must show). Nothing to do in `npm run dev`, which has no built view.
 */
export function removeFirstView(doc: Pick<Document, 'getElementById'> = document): void {
  doc.getElementById('first-view')?.remove();
}

/** How long the app waits at most for the first view's first paint before it mounts anyway. */
export const FIRST_PAINT_WAIT_MS = 3000;

/**
 * Calls `start` (the entry file's mount) once the first view built into the page has been painted —
 * its `first-contentful-paint`, which the browser reports when the frame is presented — or at once
 * when this visit shows none (a query string or a kept list on index.html: the app's own loading screen
 * is then the first paint), when the tab is hidden, or when the browser reports no paint timing.
 *
 * Why wait: the mount is the start's heaviest task and it requests MapLibre (a megabyte of script and
 * its stylesheet); begun while the first frame is still being rasterised, it competes with it for the
 * processor (in software, on two cores, the first paint was seen to slip past a second), and Lighthouse
 * then counts MapLibre's requests as blocking the first paint (FCP 0.45 s or 1.1 s by that race alone).
 * The page is already there; the app follows a frame later. `FIRST_PAINT_WAIT_MS` at most.
 */
export function afterFirstViewPaint(
  start: () => void,
  win: Pick<Window, 'document' | 'setTimeout' | 'clearTimeout'> & {
    PerformanceObserver?: typeof PerformanceObserver;
  } = window,
): void {
  const doc = win.document;
  const Observer = win.PerformanceObserver;
  const shown =
    doc.documentElement.classList.contains('first-view-pending') && doc.getElementById('first-view') !== null;
  if (!shown || doc.visibilityState === 'hidden' || !Observer?.supportedEntryTypes?.includes('paint')) {
    start();
    return;
  }
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    win.clearTimeout(timer);
    start();
  };
  const observer = new Observer((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) go();
  });
  const timer = win.setTimeout(go, FIRST_PAINT_WAIT_MS);
  // Buffered: a paint that came before this line is reported at once.
  observer.observe({ type: 'paint', buffered: true });
}
