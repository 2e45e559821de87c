import type { Map as MapLibreMap } from 'maplibre-gl';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadLanguage } from './lib/i18n/translate.ts';
import { parseUrlState } from './lib/state/urlState.ts';
import { afterFirstViewPaint, removeFirstView } from './lib/state/firstView.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// English is loaded on demand: a `?lang=en` link waits for it (3 s at most), so that the first screen is
// already in English, not French for an instant. Failing that, the app starts in French and turns to
// English if the dictionary arrives later. (No top-level await: it would turn off the bundler's chunk
// merging.)
// The URL is read here, once; the app checks its ids against the dataset when that arrives.
const initial = parseUrlState(location.search);
void Promise.race([
  loadLanguage(initial.lang).catch(() => {}),
  new Promise((resolve) => setTimeout(resolve, 3000)),
]).then(() =>
  // After the first view's first paint (at once without one): see afterFirstViewPaint.
  afterFirstViewPaint(() =>
    mount(App, {
      target,
      // The map, for the end-to-end specs, the benchmarks and a page embedding this one: set here, by the
      // entry file, rather than inside the map component.
      props: {
        initial,
        onmap: (map: MapLibreMap) => ((window as unknown as { __map?: MapLibreMap }).__map = map),
        // The first view `npm run build` wrote into index.html (scripts/firstViewPlugin.ts) stands, with
        // the app mounting hidden beside it (app.css), until the explorer is there.
        onshown: () => removeFirstView(),
      },
    }),
  ),
);
