/**
 * The unit tests Stryker runs against its mutants (stryker.config.mjs, `npm run mutation`): those of
 * the pure layers it mutates (model, query, ingest, the Campus renderer's folder, which holds the
 * placement's tests and its users'), the exports' round trips through an own list, and the data
 * build's, which runs the ingest checks on the real records (not scripts/build-data.test.ts: it runs
 * `npm run data` in a child process, which no mutant reaches). All in Node, no component: the
 * Svelte plugin only compiles the `.svelte.ts` modules a layer may import. The app's own vitest
 * config (vite.config.ts) is untouched.
 */
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: [
      'src/lib/model/**/*.test.ts',
      'src/lib/query/**/*.test.ts',
      'src/lib/ingest/**/*.test.ts',
      // What the exports write, read back as an own list: the only tests of workbookWriter.ts's cells.
      'src/lib/export/ownList*RoundTrip.test.ts',
      'src/lib/map/campus/**/*.test.ts',
      'scripts/lib/build.test.ts',
    ],
    environment: 'node',
    // One module graph per worker across runs: each mutant's run then re-imports only the test files.
    isolate: false,
    setupFiles: ['src/lib/testing/allLanguages.ts'],
    testTimeout: 30000,
  },
});
