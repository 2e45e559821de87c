/**
 * Second build, run by `npm run build` after the app's: `dist/campus-map.js`, the <campus-map> custom
 * element, as one ES module (MapLibre's worker beside it, in assets/). Its styles live in its shadow
 * root: all the CSS the element imports (MapLibre's, the app's, each component's) is bundled as
 * usual, rewritten for the shadow root (see src/lib/embed/shadowStyles.ts) and put into the script as
 * a string, which the element adopts as a constructable stylesheet. So the host page gets no <style>
 * or <link>, and a host whose Content-Security-Policy forbids inline styles still shows the map.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { elementStyles, inlineStyles } from './src/lib/embed/shadowStyles.ts';

/** Moves the bundled CSS into the script (the STYLES_PLACEHOLDER of src/campus-map.ts). */
function stylesIntoScript(): Plugin {
  return {
    name: 'campus-map:styles-into-script',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const css = Object.values(bundle).filter(
        (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
      );
      const styles = elementStyles(
        css.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('\n'),
      );
      for (const file of css) delete bundle[file.fileName];
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (entry?.type !== 'chunk') this.error('campus-map: no entry chunk');
      entry.code = inlineStyles(entry.code, styles);
    },
  };
}

/**
 * The app loads some of its own code on demand (the exports, the English dictionary). In this one-file
 * build such an import() would be inlined as a lazy initialiser, wrapping every module it reaches and
 * defeating tree-shaking (the whole d3 barrel came in, +12 kB gzip): here they become static imports.
 */
function staticOnDemandImports(): Plugin {
  const importers = ['src/lib/export/loadExportActions.ts', 'src/lib/i18n/dictionaries.svelte.ts'];
  const dynamic = /import\((['"])(\.\/[\w.-]+\.ts)\1\)/g;
  return {
    name: 'campus-map:static-on-demand-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!importers.some((file) => id.replaceAll('\\', '/').endsWith(file))) return null;
      const paths: string[] = [];
      const body = code.replace(dynamic, (_match, _quote, path: string) => {
        paths.push(path);
        return `Promise.resolve(__onDemand${paths.length - 1})`;
      });
      const imports = paths.map((path, i) => `import * as __onDemand${i} from '${path}';`).join('\n');
      return { code: `${imports}\n${body}`, map: null };
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [staticOnDemandImports(), svelte(), stylesIntoScript()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false, // the app's build is already there
    cssCodeSplit: false,
    chunkSizeWarningLimit: 1600,
    // Library mode keeps whitespace by default (for bundlers); this file goes straight to browsers.
    // One file: the app's lazy chunks (MapLibre's, the dialogs') are inlined, since a host page
    // includes one script and the element's styles are injected into that one entry.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
    lib: {
      entry: fileURLToPath(new URL('./src/campus-map.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'campus-map.js',
    },
  },
});
