/**
 * The stylesheets of `<campus-map>`'s shadow roots, chunk by chunk. The element loads in two steps (see
 * vite.element.config.ts): its first chunk paints the SVG map, MapLibre's chunk comes after. In that
 * build every CSS module (a component's styles, app.css, MapLibre's CSS) becomes a call to
 * `addShadowStyles` with its CSS already rewritten for the shadow root, so styles travel with the chunk
 * that needs them: the first step's with the first, MapLibre's when it arrives.
 *
 * The calls made while one chunk evaluates are joined into one constructable stylesheet (flushed in a
 * microtask, or at once when a root asks), which every shadow root of the page adopts: adopted, not a
 * <style> element, so a host whose Content-Security-Policy forbids inline styles still shows the map,
 * and nothing is added to the host page's <head>. A chunk's styles are in place before its components
 * render: its import() resolves after the microtask queued while it evaluated.
 */

import { RESET, TYPE_SIZE } from './shadowStyles.ts';

export interface ShadowSheets {
  /** Queues the CSS of one module (called by the build's CSS modules, in import order). */
  add(css: string): void;
  /** Gives `root` every sheet so far and the later ones as they come. */
  adopt(root: ShadowRoot): void;
  /** Stops updating `root` (the element left the page). */
  release(root: ShadowRoot): void;
}

/**
 * A registry of sheets between `first` (the reset) and `last` (the type size), with the chunks' styles
 * in between in the order they arrived. `makeSheet` builds one sheet (a CSSStyleSheet in browsers).
 */
export function createShadowSheets(
  first: string,
  last: string,
  makeSheet: (css: string) => CSSStyleSheet,
  schedule: (flush: () => void) => void = queueMicrotask,
): ShadowSheets {
  const chunks: CSSStyleSheet[] = [];
  const roots = new Set<ShadowRoot>();
  let pending: string[] = [];
  let ends: [CSSStyleSheet, CSSStyleSheet] | null = null;

  const all = () => {
    ends ??= [makeSheet(first), makeSheet(last)];
    return [ends[0], ...chunks, ends[1]];
  };
  const flush = () => {
    if (pending.length === 0) return;
    chunks.push(makeSheet(pending.join('\n')));
    pending = [];
    const sheets = all();
    for (const root of roots) root.adoptedStyleSheets = sheets;
  };

  return {
    add(css) {
      if (pending.length === 0) schedule(flush);
      pending.push(css);
    },
    adopt(root) {
      flush();
      roots.add(root);
      root.adoptedStyleSheets = all();
    },
    release(root) {
      roots.delete(root);
    },
  };
}

/** The page's registry: the reset first, the type size last (shadowStyles.ts). */
export const elementSheets = createShadowSheets(RESET, TYPE_SIZE, (css) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
});
