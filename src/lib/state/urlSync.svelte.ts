/**
 * Keeps the URL and the app state in step: each change of a filter, the selection, the level or the
 * display pushes a history entry (so back/forward walk through them); a map move replaces the current
 * entry (panning does not flood the history), and so does each keystroke of a search after the first:
 * typing « felletin » makes one entry, committed by a pause, Enter or leaving the field
 * (`commitSearchEntry`). Back/forward restore the state from the URL.
 * Call `syncUrl` during a component's initialisation (it uses `$effect`).
 */
import type { AppState } from './app.svelte.ts';
import {
  onlyQueryDiffers,
  onlyViewDiffers,
  parseUrlState,
  serializeUrlState,
  type KnownIds,
  type UrlState,
} from './urlState.ts';

/** The current history entry is a search being typed: the next keystroke replaces it. */
let searchEntryOpen = false;

/** Ends the search entry being typed (a pause, Enter, the field left): the next change pushes. */
export function commitSearchEntry(): void {
  searchEntryOpen = false;
}

export function syncUrl(app: AppState, known: KnownIds): void {
  // The first write only tidies the link the page was opened with (dropped parameters, canonical order).
  let first = true;
  // What the address bar holds, as a state: kept rather than parsed again from it at each change.
  let previous: UrlState = app.toUrlState();
  $effect(() => {
    const state = app.toUrlState();
    const search = serializeUrlState(state);
    const tidyOnly = first;
    first = false;
    if (search === location.search || (search === '' && location.search === '?')) {
      previous = state;
      return;
    }
    const url = `${location.pathname}${search}${location.hash}`;
    const typed = onlyQueryDiffers(previous, state);
    if (tidyOnly || onlyViewDiffers(previous, state) || (typed && searchEntryOpen)) {
      history.replaceState(null, '', url);
    } else {
      history.pushState(null, '', url);
      searchEntryOpen = typed;
    }
    previous = state;
  });

  $effect(() => {
    // Back and forward: the browser changed the address, which is read again.
    const onPopState = () => {
      previous = parseUrlState(location.search, known);
      app.apply(previous);
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  });
}
