// @ts-check
/**
 * `npm run mutation`: Stryker mutates the pure layers (model, query, ingest and the Campus placement)
 * and runs, for each mutant, only the unit tests that cover it. See TESTING.md for the scores and the
 * survivors. Not part of `npm test`: it takes minutes.
 *
 * Why these settings (the 2-core machines, shared):
 * - `coverageAnalysis: 'perTest'`: a first run records which test covers which mutant, then each mutant
 *   runs those tests only (2.6 per mutant on the query layer). The runner's `related` mode is off: the
 *   coverage already names the tests, and without it the query layer took 0.8 s a mutant instead of
 *   1.5 s (busy machine, two runs, not alternated).
 * - `concurrency: 2`: one vitest worker per core; more only queue.
 * - `incremental`: the next run re-tests only the mutants whose code or covering tests changed.
 * - `ignoreStatic`: mutants in module-level constants would rerun every test for each; left out.
 * - The sandbox, a copy of the project without what the unit tests never read (build output, e2e,
 *   reports), is made in /tmp: ESLint, Prettier and knip never see it, and the working tree is never
 *   mutated.
 * - `vitest.stryker.config.ts`: the unit tests of these layers, in Node, without the app's plugins.
 * A caveat of per-test coverage: code behind a cache kept across tests (a WeakMap per dataset) is
 * covered only by the first test that fills it, so each test should pass its own fixture array.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: [
    'src/lib/model/**/*.ts',
    'src/lib/query/**/*.ts',
    'src/lib/ingest/**/*.ts',
    // The placement: placeCampus and the three steps it is split into.
    'src/lib/map/campus/{placement,ringSpread,markGrouping,pushApart}.ts',
    '!**/*.test.ts',
    '!**/*.d.ts',
  ],
  ignorePatterns: [
    'dist',
    'test-results',
    'playwright-report',
    'reports',
    'e2e',
    '.stryker-tmp',
    '.cache',
    '*.log',
  ],
  // Type errors of a mutant are not checked (no checker plugin): such a mutant is run like any other.
  ignoreStatic: true,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true },
  // Outside the working tree, so that ESLint, Prettier and knip never see the sandbox's copy.
  tempDirName: '/tmp/stryker-campus',
  // A second run re-tests only the mutants whose code or covering tests changed since the last one.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  cleanTempDir: 'always',
};
