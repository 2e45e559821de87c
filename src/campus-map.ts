/**
 * Entry of `campus-map.js` (built by vite.element.config.ts): defines `<campus-map>`. A région's site
 * loads it from our server; everything else (dataset, MapLibre's worker, the full app) is found
 * relative to this script's URL.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { createCampusMapElement } from './lib/screens/campusMapElement.svelte.ts';
import { STYLES_PLACEHOLDER } from './lib/embed/shadowStyles.ts';

const TAG = 'campus-map';

// A page that loads the script twice (two snippets) keeps the first definition.
if (!customElements.get(TAG)) {
  const appUrl = new URL(/* @vite-ignore */ './', import.meta.url).href;
  // The build replaces the placeholder with every stylesheet the element needs (CSS imported above and
  // by the components), rewritten for the shadow root.
  customElements.define(TAG, createCampusMapElement({ appUrl, styles: STYLES_PLACEHOLDER }));
}
