/**
 * The first view, rendered at build time by Svelte's server renderer (`render` from 'svelte/server'),
 * for scripts/firstViewPlugin.ts to write into index.html and embed.html: the same ExplorerScreen (in
 * FirstViewExplorer, which gives it the own-list context) and EmbedScreen the app mounts (SVG map with
 * every Campus placed by the same placement code, summary line, legend, panels, charts), on the
 * livret's dataset read from public/data, in the default state (French, every sector, nothing
 * selected). Plus, for the <noscript>, every Campus as text.
 *
 * The client does not hydrate this markup: it mounts the app beside it, hidden, and removes it when the
 * live screen is there (see main.ts). Hydrating would require the client's first render to equal the
 * server's, and the app's first render is not the explorer: it waits for the dataset (DatasetGate),
 * then for a list kept in IndexedDB (OwnListGate), and the SVG map draws at the size it measures.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { Dataset } from './lib/data/loadDataset.ts';
export { loadDataset } from './lib/data/loadDataset.ts';
import { embedOptionsFromSearch } from './lib/embed/embedOptions.ts';
import { AppState } from './lib/state/app.svelte.ts';
import { DEFAULT_URL_STATE } from './lib/state/urlState.ts';
import FirstViewExplorer from './lib/screens/FirstViewExplorer.svelte';
import EmbedScreen from './lib/screens/EmbedScreen.svelte';
import NoScriptList from './lib/screens/NoScriptList.svelte';
import { svgMap } from './lib/map/svg/loadSvgMap.ts';

// In the browser the SVG map is a chunk loaded on demand (CampusMap); the server renders at once, so
// it is loaded before any render.
await svgMap.load();

export interface FirstView {
  /** Goes into #first-view. */
  body: string;
  /** Goes into the page's <noscript>. */
  noscript: string;
}

function html<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  const { body, head } = render(component, { props });
  if (head.trim() !== '') throw new Error('prerender: a first-view component wrote to <head>');
  return body;
}

/** index.html: the explorer on the livret's Campus. */
export function renderAppFirstView(dataset: Dataset): FirstView {
  const app = () => new AppState(DEFAULT_URL_STATE);
  return {
    body: html(FirstViewExplorer, { dataset, app: app() }),
    noscript: html(NoScriptList, { dataset, app: app() }),
  };
}

/**
 * Stands for the app's address in the embed's « Ouvrir la carte complète » link (made absolute from the
 * page's address at run time): written back as relative, as embed.html sits beside index.html.
 */
const APP_URL = 'https://first-view.invalid/';

/** embed.html without options: the embed of all France. */
export function renderEmbedFirstView(dataset: Dataset): FirstView {
  const options = embedOptionsFromSearch('');
  return {
    body: html(EmbedScreen, { dataset, options, appUrl: APP_URL }).replaceAll(APP_URL, './'),
    noscript: html(NoScriptList, { dataset, app: new AppState(options.state) }),
  };
}
