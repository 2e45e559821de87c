/**
 * Second build, run by `npm run build` after the app's: the <campus-map> custom element, in two steps.
 * `dist/campus-map.js` is the small first step: it reads the attributes, loads the dataset and paints
 * the SVG map; MapLibre's view (and MapLibre), the dialogs and the exports are chunks in assets/ that it
 * imports afterwards with import(), resolved against its own URL, so a host page on another origin
 * loads them from our server (MapLibre's worker likewise).
 *
 * Styles live in the element's shadow root, never in the host page: each CSS module (app.css, a
 * component's styles, MapLibre's CSS) is rewritten for the shadow root (src/lib/embed/shadowStyles.ts)
 * and becomes a JS module that hands its CSS to src/lib/embed/shadowSheets.ts, which adopts one
 * constructable stylesheet per chunk. So the styles travel with the chunk that needs them (the SVG
 * map's in the first step, MapLibre's with its chunk), the host gets no <style> or <link>, and a host
 * whose Content-Security-Policy forbids inline styles still shows the map.
 *
 * Why not an entry of the app's build (which would share MapLibre's chunk with the app): there, a lazy
 * chunk's CSS is loaded by Vite's preload helper as a <link> in the document's <head> (the host page's),
 * and the element's CSS must be rewritten for the shadow root anyway; a host page rarely shares a cache
 * with the app.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { shadowCss } from './src/lib/embed/shadowStyles.ts';

const CSS = /\.css(?:$|\?)/;
const INLINE = /[?&]inline\b/;
const PREFIX = '\0campus-map-css:';
const SHEETS = fileURLToPath(new URL('./src/lib/embed/shadowSheets.ts', import.meta.url));

/**
 * Every CSS import becomes a module that adds its CSS (Vite's `?inline` string, minified) to the shadow
 * roots' sheets, and every CSS file is rewritten for the shadow root before Vite processes it.
 */
function cssIntoShadowSheets(): Plugin {
  return {
    name: 'campus-map:css-into-shadow-sheets',
    enforce: 'pre',
    resolveId: {
      filter: { id: CSS }, // the bundler calls the hook for CSS imports only
      async handler(source, importer, options) {
        if (INLINE.test(source) || importer?.startsWith(PREFIX)) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        // The CSS id encoded: nothing else (Vite's CSS plugin, Svelte's) takes this module for its own.
        return resolved ? `${PREFIX}${Buffer.from(resolved.id).toString('base64url')}.js` : null;
      },
    },
    load: {
      filter: { id: new RegExp(`^${PREFIX}`) },
      handler(id) {
        const css = Buffer.from(id.slice(PREFIX.length, -'.js'.length), 'base64url').toString();
        // `inline` first: Svelte's virtual style ids must still end with `&lang.css`.
        const inline = css.includes('?') ? css.replace('?', '?inline&') : `${css}?inline`;
        return [
          `import css from ${JSON.stringify(inline)};`,
          `import { elementSheets } from ${JSON.stringify(SHEETS)};`,
          'elementSheets.add(css);',
        ].join('\n');
      },
    },
    transform: {
      filter: { id: CSS },
      handler(code) {
        return { code: shadowCss(code), map: null };
      },
    },
  };
}

/**
 * What the first step needs, found when the module graph is complete: the modules the entry imports
 * statically, at any depth. They go into one chunk (the entry stays a one-line facade in front of it:
 * the later chunks import that chunk by its hashed name, never `campus-map.js`, so a host page that
 * adds a query string to the script's URL still gets one instance of each module). Left to itself the
 * bundler cuts them into a dozen chunks by which later chunk shares them: a dozen requests before the
 * first paint, for nothing, since they are all needed then.
 */
function firstStep(): { plugin: Plugin; has: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'campus-map:first-step',
    buildEnd() {
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const visit = (id: string) => {
        if (modules.has(id)) return;
        modules.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
      };
      // The entry module itself stays in the facade.
      for (const entry of entries) for (const id of this.getModuleInfo(entry)?.importedIds ?? []) visit(id);
    },
  };
  return { plugin, has: (id) => modules.has(id) };
}

const first = firstStep();

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [cssIntoShadowSheets(), svelte(), first.plugin],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false, // the app's build is already there
    chunkSizeWarningLimit: 1600,
    // Library mode keeps whitespace by default (for bundlers); these files go straight to browsers.
    rolldownOptions: {
      // The element carries English from the start (campusMapElement imports it), so the app's
      // import() of it (i18n/dictionaries) is expected to stay in the first chunk: no warning for that.
      checks: { ineffectiveDynamicImport: false },
      output: {
        minify: true,
        // Named apart from the app's chunks in the same assets/ folder.
        chunkFileNames: 'assets/campus-map-[name]-[hash].js',
        codeSplitting: {
          groups: [
            { name: 'first', test: first.has },
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
          ],
        },
      },
    },
    lib: {
      entry: fileURLToPath(new URL('./src/campus-map.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'campus-map.js',
    },
  },
});
