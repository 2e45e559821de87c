/**
 * Keeps the URL and the app state in step: each change of a filter, the selection, the level or the
 * display pushes a history entry (so back/forward walk through them); a map move replaces the current
 * entry (panning does not flood the history). Back/forward restore the state from the URL.
 * Call `syncUrl` during a component's initialisation (it uses `$effect`).
 */
import type { AppState } from './app.svelte.ts';
import { onlyViewDiffers, parseUrlState, serializeUrlState, type KnownIds } from './urlState.ts';

export function syncUrl(app: AppState, known: KnownIds): void {
  // The first write only tidies the link the page was opened with (dropped parameters, canonical order).
  let first = true;
  $effect(() => {
    const state = app.toUrlState();
    const search = serializeUrlState(state);
    const tidyOnly = first;
    first = false;
    if (search === location.search || (search === '' && location.search === '?')) return;
    const url = `${location.pathname}${search}${location.hash}`;
    const previous = parseUrlState(location.search, known);
    if (tidyOnly || onlyViewDiffers(previous, state)) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  });

  $effect(() => {
    const onPopState = () => app.apply(parseUrlState(location.search, known));
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  });
}
