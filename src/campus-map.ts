/**
 * Entry of `campus-map.js` (built by vite.element.config.ts): defines `<campus-map>`. A région's site
 * loads it from our server; everything else (dataset, MapLibre's chunk and worker, the full app) is found
 * relative to this script's URL. This chunk paints the SVG map; MapLibre's chunk, with its styles,
 * comes after (import() resolves relative to this module, so from our server).
 */
import './app.css';
import { createCampusMapElement } from './lib/screens/campusMapElement.svelte.ts';
// No first view is built into a host's page: the element paints the SVG map first, so the SVG map's
// chunk (loaded on demand in the app: map/svg/loadSvgMap.ts) is part of this first step, not after it.
import './lib/map/svg/SvgMap.svelte';

const TAG = 'campus-map';

// A page that loads the script twice (two snippets) keeps the first definition.
if (!customElements.get(TAG)) {
  const appUrl = new URL(/* @vite-ignore */ './', import.meta.url).href;
  customElements.define(TAG, createCampusMapElement({ appUrl }));
}
