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
