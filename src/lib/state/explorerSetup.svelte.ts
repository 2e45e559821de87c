/**
 * The explorer's shared state for a loaded dataset, as the app's screen sets it up: the Explorer given
 * by context to every view below, the URL kept in step with it, the link's own target framed, the
 * page's title, and a read-only view of it for the end-to-end tests. Embeds set up their own (no URL,
 * no title, no global: screens/EmbedScreen.svelte).
 */
import { untrack } from 'svelte';
import type { Dataset } from '../data/loadDataset.ts';
import { tourLengths } from '../query/tour.ts';
import type { AppState } from './app.svelte.ts';
import { CameraRequests } from './camera.svelte.ts';
import { Explorer, setExplorer } from './explorer.svelte.ts';
import { HoverState } from './hover.svelte.ts';
import { withKnownIds } from './urlState.ts';
import { syncUrl } from './urlSync.svelte.ts';

/**
 * Creates the Explorer for `dataset` and `app` (already holding what the URL asked for) and starts
 * what keeps it in step with the page. Call it during a component's initialisation: it sets the
 * context and starts effects, which end with the component. The dataset and the state object are
 * fixed for the life of that component.
 */
export function setupExplorer(dataset: Dataset, app: AppState): Explorer {
  const { explorer, known } = untrack(() => {
    // The ids of a dataset, read once to check a link's: never changed, so plain sets.
    /* eslint-disable svelte/prefer-svelte-reactivity */
    const known = {
      campus: new Set(dataset.campus.map((f) => f.id)),
      practices: new Set(dataset.practices.map((p) => p.id)),
      tourLengths: tourLengths(dataset),
    };
    /* eslint-enable svelte/prefer-svelte-reactivity */
    // Now that the ids are known, drop a selection the dataset does not hold.
    app.apply(withKnownIds(app.toUrlState(), known));
    return { explorer: new Explorer(dataset, app, new HoverState(), new CameraRequests()), known };
  });
  setExplorer(explorer);
  syncUrl(explorer.app, known);
  untrack(() => explorer.frameLinkTarget());

  $effect(() => {
    document.title = `${explorer.summary} — ${explorer.t('app.title')}`;
  });

  // A read-only view of the state for end-to-end tests (not on the server: the first view that
  // `npm run build` writes into the HTML is rendered there, src/prerender.ts).
  if (typeof window !== 'undefined') {
    (window as unknown as { __explorer?: unknown }).__explorer = {
      shownIds: () => explorer.shown.map((f) => f.id),
      total: explorer.data.campus.length,
    };
  }
  return explorer;
}
