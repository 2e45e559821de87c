/**
 * Entry of embed.html, the page regional sites show in an iframe. Its options are in its query string
 * (see embedOptions.ts); it tells the parent page its height so the frame can fit its content.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mount } from 'svelte';
import EmbedApp from './lib/screens/EmbedApp.svelte';
import { embedOptionsFromSearch } from './lib/embed/embedOptions.ts';
import { isFramed, reportHeight } from './lib/embed/heightReporter.ts';
import { loadLanguage } from './lib/i18n/translate.ts';
import { afterFirstViewPaint, removeFirstView } from './lib/state/firstView.ts';
import './app.css';
import './embed.css';

const target = document.getElementById('embed');
if (!target) throw new Error('embed.html has no #embed element');

const options = embedOptionsFromSearch(location.search);
document.documentElement.lang = options.state.lang;
const appUrl = new URL(import.meta.env.BASE_URL, location.href).href;

// English is loaded on demand: wait for it, so that the first screen is not French for an instant.
// (No top-level await: it would turn off the bundler's chunk merging.)
void loadLanguage(options.state.lang)
  .catch(() => {})
  .then(() =>
    // After embed.html's loading state is painted: see afterFirstViewPaint.
    afterFirstViewPaint(() =>
      mount(EmbedApp, {
        target,
        props: {
          options,
          dataUrl: `${appUrl}data/`,
          appUrl,
          // Inside the frame, the map is the page's own: tests read it as `window.__map`.
          onmap: (map: MapLibreMap) => ((window as unknown as { __map?: MapLibreMap }).__map = map),
          // The first view `npm run build` wrote into embed.html (scripts/firstViewPlugin.ts) stands,
          // with the embed mounting hidden beside it (app.css), until the embed's screen is there.
          onshown: () => removeFirstView(),
        },
      }),
    ),
  );

// The body's height, not #embed's: until the live screen is there, the first view built into the page
// stands in its place (and #embed is hidden).
if (isFramed()) reportHeight(document.body, (message) => parent.postMessage(message, '*'));
