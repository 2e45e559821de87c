/**
 * The first view, rendered at build time by Svelte's server renderer (`render` from 'svelte/server'),
 * for scripts/firstViewPlugin.ts to write into index.html and embed.html: the same ExplorerScreen (in
 * FirstViewExplorer, which gives it the own-list context) and EmbedScreen the app mounts (SVG map with
 * every Campus placed by the same placement code, summary line, legend, panels, charts), on the
 * livret's dataset read from public/data, in the default state (French, every sector, nothing
 * selected). Plus, for the <noscript>, every Campus as text. embed.html carries a loading state instead
 * (EmbedFirstView: every real embed has options, which a built map of all France would not show).
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
import { AppState } from './lib/state/app.svelte.ts';
import { DEFAULT_URL_STATE } from './lib/state/urlState.ts';
import FirstViewExplorer from './lib/screens/FirstViewExplorer.svelte';
import EmbedFirstView from './lib/screens/EmbedFirstView.svelte';
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
  /**
   * The view stands for any state of the page (a loading state, not a drawing of one state): the
   * guard shows it whatever the query string (src/firstViewGuard.ts).
   */
  anyState?: boolean;
  /** Rules of the page's first-view stylesheet beside the moved `style` attributes. */
  css?: string;
}

function html<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  const { body, head } = render(component, { props });
  if (head.trim() !== '') throw new Error('prerender: a first-view component wrote to <head>');
  return body;
}

/**
 * The built map is drawn at a nominal 760 px (CampusMap's SERVER_SIZE) and scaled to its box by the
 * viewBox, its Campus with it: on a phone, about half the size the live map draws them, until it takes
 * over (the explorer keeps the built map as its preview while MapLibre loads: svg/builtMap.ts). Each
 * Campus' glyph is scaled up around its place (its group's origin), but only by 1.4 (1.3 under 375 px):
 * the placement kept the marks apart at 760 px with a gap of a fraction of a symbol, and a larger scale
 * (1.75–2.2, the live size) made the marks of Lyon's and Marseille's crowds cover each other until the
 * live map took over. Smaller than live, never one under another. Only the built map has a viewBox on
 * its screen SVG.
 */
const BUILT_MAP_PHONE_CSS = [
  [479, 1.4],
  [374, 1.3],
]
  .map(
    ([width, scale]) =>
      `@media screen and (max-width: ${width}px) {\n` +
      `  [data-testid='svg-map'] > svg[viewBox] .campus > * { scale: ${scale}; }\n}`,
  )
  .join('\n');

/** index.html: the explorer on the livret's Campus. */
export function renderAppFirstView(dataset: Dataset): FirstView {
  const app = () => new AppState(DEFAULT_URL_STATE);
  return {
    body: html(FirstViewExplorer, { dataset, app: app() }),
    noscript: html(NoScriptList, { dataset, app: app() }),
    css: BUILT_MAP_PHONE_CSS,
  };
}

/**
 * The placeholder's rules: hidden unless the guard ran (without JavaScript nothing would replace it,
 * and the <noscript> list is the page), in the language the guard read from the query string, as tall
 * and on the same panel as the live embed's own loading state (EmbedApp's `.pending`).
 */
const EMBED_PLACEHOLDER_CSS = `.first-view-placeholder { display: none; }
.first-view-pending .first-view-placeholder {
  display: grid;
  min-height: var(--campus-map-height, 30rem);
  background: var(--panel);
}
.first-view-placeholder > div { display: grid; }
html:not([lang='en']) .first-view-placeholder > [lang='en'],
html[lang='en'] .first-view-placeholder > [lang='fr'] { display: none; }`;

/** embed.html: the embed's loading state, for any options (see EmbedFirstView). */
export function renderEmbedFirstView(dataset: Dataset): FirstView {
  return {
    body: html(EmbedFirstView, {}),
    noscript: html(NoScriptList, { dataset, app: new AppState(DEFAULT_URL_STATE), besideMap: false }),
    anyState: true,
    css: EMBED_PLACEHOLDER_CSS,
  };
}
