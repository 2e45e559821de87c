import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { firstViewPlugin } from './scripts/firstViewPlugin.ts';
import { startChunk } from './scripts/startChunk.ts';

// Our modules that the app's start loads and the embed page or an on-demand chunk shares: one chunk.
const start = startChunk({
  name: 'app',
  page: 'index.html',
  alsoAtStart: ['/src/lib/map/MapLibreView.svelte'],
});

// The tours' decks: pptxgenjs, jszip and jszip's own dependencies.
const PPTX =
  /node_modules[\\/](pptxgenjs|jszip|pako|lie|immediate|setimmediate|readable-stream|core-util-is|inherits|isarray|process-nextick-args|safe-buffer|string_decoder|util-deprecate)[\\/]/;

export default defineConfig({
  // firstViewPlugin: the first view written into index.html and embed.html at build time.
  plugins: [svelte(), svelteTesting(), firstViewPlugin(), start.plugin],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Two pages: the app, and the embed view regional sites put in an iframe (same chunks, shared).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
      output: {
        // MapLibre in a chunk of its own: cached across app releases, and the app's own size stays visible.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            // SheetJS (« Vos données » reading a workbook, on demand): its own chunk, never the vendor one.
            { name: 'xlsx', test: /node_modules[\\/]@e965[\\/]xlsx/ },
            // Except d3-dsv: only the CSV export (loaded on demand) uses it, so it goes with that chunk;
            // d3-geo (and the d3-array it uses): only the SVG map, the print sheet and the deck's maps
            // draw with it, all on demand (map/svg/loadSvgMap.ts). And except the deck's modules (PPTX).
            {
              name: 'vendor',
              test: (id: string) => /node_modules[\\/](?!d3-(dsv|geo|array)[\\/])/.test(id) && !PPTX.test(id),
            },
            // The start's shared modules of ours (scripts/startChunk.ts): one chunk, not a dozen small ones.
            start.group,
            // pptxgenjs with jszip (the tours' decks, on demand): a chunk of its own, after the start's
            // groups — pptxgenjs has an `import()`, so it imports Vite's preload helper, which a group
            // placed before the start's would pull into this chunk (and the start would preload it).
            { name: 'pptx', test: PPTX },
          ],
        },
      },
    },
  },
  test: {
    // Explicit include so Playwright specs in e2e/ are never picked up by vitest.
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Threads and no per-file isolation: each of the ~100 test files used to start in a fresh module
    // graph, which cost 90 of the suite's 110 s on a 2-core CI machine (18 s this way). The tests hold
    // no module state that another file could see: fixtures are built per test, the dictionaries are
    // added once by the setup file below, and component tests unmount (testing-library's cleanup).
    pool: 'threads',
    isolate: false,
    // English is loaded on demand in the app; the tests have it from the start.
    setupFiles: ['src/lib/testing/allLanguages.ts'],
    testTimeout: 30000,
  },
});
