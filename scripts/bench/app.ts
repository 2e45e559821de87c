/**
 * `npm run bench [-- --runs 7 --budget 300 --large 10000 --app DIR --keep --json FILE]`
 *
 * The built app beside its floor (a bare MapLibre page) and a light alternative (a plain Leaflet page),
 * on the livret's Campus and on 10 000 synthetic ones, in headless Chromium with software WebGL. Runs
 * alternate (round-robin, order rotated each round; up to --runs rounds, fewer — never under 3 — when the
 * next round would end past --budget seconds from the start); the table gives the median and min–max of each
 * figure and the issue's targets beside them. It PRINTS figures and asserts nothing (exit 0 even when a
 * target is missed; non-zero only when the benchmark itself cannot run).
 *
 * Everything is served from 127.0.0.1 by a server this script starts and stops: the app built into a
 * temporary folder (`vite build --outDir`), the datasets built by the pipeline, MapLibre, Leaflet and
 * topojson-client from node_modules. Nothing is fetched from the internet.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { compositeBounds } from '../../src/lib/geo/insets.ts';
import { buildApp } from './app-build.ts';
import { bytesReport } from './bytes.ts';
import { buildDatasets, type BuiltDataset } from './datasets.ts';
import { measureOwnList, type OwnListTiming } from './ownListRun.ts';
import { ownListCsv } from './synthetic.ts';
import { ownListXlsx } from './syntheticWorkbook.ts';
import { CHROMIUM_ARGS, VIEWPORT, measurePage, type PageTarget } from './measure.ts';
import { renderBytes, renderFigures, renderProbeNote, renderProblems, renderTargets } from './report.ts';
import { resolveMounted, startServer, type Mounts, type StaticServer } from './server.ts';
import { shouldStartRound } from './schedule.ts';
import { formatMs, formatSummary, summarize } from './stats.ts';
import { DATASETS, PAGES, type DatasetId, type PageKind, type RunResult } from './types.ts';

const require = createRequire(import.meta.url);
const FILTER_SECTOR = 'energie';
/** The whole run is abandoned past this (the benchmark is meant to take ~5 minutes). */
const WATCHDOG_MS = 15 * 60_000;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    budget: { type: 'string', default: '300' },
    large: { type: 'string', default: '10000' },
    app: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 7);
/**
 * Fewer rounds than RUNS when the time budget (whole run, seconds) would be exceeded; never fewer than 3.
 * `--budget 0` lifts it.
 */
const BUDGET_MS = Number(args.budget) > 0 ? Number(args.budget) * 1000 : Number.POSITIVE_INFINITY;
const BUDGET = Number.isFinite(BUDGET_MS) ? `${BUDGET_MS / 1000} s budget` : 'no time budget';
const MIN_RUNS = Math.min(3, RUNS);
const LARGE = Math.max(1, Number(args.large) || 10000);

const log = (text: string) => process.stderr.write(`${text}\n`);
const STARTED = Date.now();
const elapsed = () => `${((Date.now() - STARTED) / 1000).toFixed(0)} s`;

function gitState(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- src index.html vite.config.ts', {
      encoding: 'utf8',
    }).trim();
    return `${head}${dirty ? ` + uncommitted changes in ${dirty.split('\n').length} file(s) of src/ and config` : ''}`;
  } catch {
    return 'unknown';
  }
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

async function main(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'campus-bench-'));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const watchdog = setTimeout(() => {
    log(`bench: still running after ${WATCHDOG_MS / 60_000} minutes — giving up`);
    void browser?.close();
    void server?.close();
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const loadBefore = loadavg();
  try {
    log(`datasets: livret and ${LARGE} synthetic Campus → ${tmp}`);
    const datasets = buildDatasets(tmp, LARGE);
    let appDir: string;
    if (args.app) {
      appDir = resolve(args.app);
      log(`app: using the build in ${appDir}`);
    } else {
      appDir = join(tmp, 'app');
      log(`app: vite build --outDir ${appDir} … (${elapsed()})`);
      buildApp(appDir);
    }
    const pagesDir = join(import.meta.dirname, 'pages');
    const nodeDir = (pkg: string, file: string) => dirname(require.resolve(`${pkg}/${file}`));
    const mounts: Mounts = {
      '/bench/': pagesDir,
      '/vendor/maplibre-gl/': nodeDir('maplibre-gl', 'dist/maplibre-gl.css'),
      '/vendor/leaflet/': nodeDir('leaflet', 'dist/leaflet.css'),
      '/vendor/topojson-client/': nodeDir('topojson-client', 'dist/topojson-client.min.js'),
    };
    for (const id of DATASETS) {
      mounts[`/app-${id}/`] = appDir;
      mounts[`/app-${id}/data/`] = datasets[id].dir;
      mounts[`/data-${id}/`] = datasets[id].dir;
    }
    server = await startServer(mounts);
    log(`server: ${server.origin} (loopback only)`);
    const probe = readFileSync(join(pagesDir, 'app-probe.js'), 'utf8');
    const camera = readFileSync(join(pagesDir, 'camera-path.js'), 'utf8');

    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const version = browser.version();
    const bounds = compositeBounds().join(',');
    let canvas: { width: number; height: number } = { ...VIEWPORT };
    const url = (page: PageKind, id: DatasetId) =>
      page === 'app'
        ? `${server!.origin}/app-${id}/`
        : `${server!.origin}/bench/${page}.html?data=/data-${id}/&bounds=${bounds}&w=${canvas.width}&h=${canvas.height}`;
    const target = (page: PageKind, d: BuiltDataset): PageTarget => ({
      page,
      dataset: d.id,
      url: url(page, d.id),
      expected: d.count,
      filter: {
        sector: FILTER_SECTOR,
        label: d.sectorLabels[FILTER_SECTOR] ?? FILTER_SECTOR,
        expected: d.bySector[FILTER_SECTOR] ?? 0,
      },
    });

    // Warm-up (not counted): one load of each page on the livret. The first, the app's, also gives the
    // files the app requests and the size of its map canvas.
    server.takeRequests();
    const first = await measurePage(browser, target('app', datasets.livret), probe);
    const requested = server.takeRequests();
    if (first.canvas && first.canvas.width > 0) canvas = first.canvas;
    log(
      `warm-up: app map canvas ${canvas.width}×${canvas.height} CSS px; the other pages get the same (${elapsed()})`,
    );
    for (const page of PAGES) {
      if (page === 'app') continue;
      const { result } = await measurePage(browser, target(page, datasets.livret), probe);
      if (result.problems.length) log(`  warm-up ${page}: ${result.problems.join('; ')}`);
    }
    if (first.result.problems.length) log(`  warm-up app / livret: ${first.result.problems.join('; ')}`);

    const results: RunResult[] = [];
    const roundMs: number[] = [];
    const plan = () => ({
      done: roundMs.length,
      min: MIN_RUNS,
      max: RUNS,
      elapsedMs: Date.now() - STARTED,
      budgetMs: BUDGET_MS,
      roundMs,
    });
    for (let round = 0; shouldStartRound(plan()); round++) {
      const roundStart = Date.now();
      for (const id of DATASETS) {
        for (const page of rotate(PAGES, round)) {
          const { result } = await measurePage(browser, target(page, datasets[id]), probe, camera);
          results.push(result);
          const f = (v: number | null) => (v === null ? '—' : formatMs(v));
          log(
            `run ${round + 1}/${RUNS} ${id.padEnd(6)} ${page.padEnd(8)} paint ${f(result.fmp)} idle ${f(result.idle)}` +
              ` filter ${f(result.filterFrame)} main ${f(result.taskMs)}` +
              ` camera p95 ${f(result.camP95 ?? null)} worst ${f(result.camWorst ?? null)} (${elapsed()})` +
              (result.problems.length ? `  ! ${result.problems.join('; ')}` : ''),
          );
        }
      }
      roundMs.push(Date.now() - roundStart);
    }
    const rounds = roundMs.length;
    if (rounds < RUNS) log(`${rounds} of ${RUNS} rounds: the next would have ended past the ${BUDGET}`);

    // « Vos données »: a région's list of LARGE rows opened in the app, as many times as the rounds.
    const listArgs = [
      readFileSync(join(datasets.livret.dir, 'communes.tsv'), 'utf8'),
      Object.entries(datasets.livret.sectorLabels).map(([id, label_fr]) => ({ id, label_fr })),
      LARGE,
    ] as const;
    const ownListFile = { name: 'liste.csv', bytes: Buffer.from(ownListCsv(...listArgs)) };
    // The same list as an Excel workbook: SheetJS's chunk is fetched and the sheet read on top.
    const ownListWorkbook = { name: 'liste.xlsx', bytes: ownListXlsx(...listArgs) };
    const ownList: OwnListTiming[] = [];
    const ownListXlsxRuns: OwnListTiming[] = [];
    for (let run = 0; run < rounds; run++) {
      for (const [file, timings] of [
        [ownListFile, ownList],
        [ownListWorkbook, ownListXlsxRuns],
      ] as const) {
        const timing = await measureOwnList(browser, url('app', 'livret'), file, LARGE);
        timings.push(timing);
        const f = (v: number | null) => (v === null ? '—' : formatMs(v));
        log(
          `own list ${run + 1}/${rounds} ${LARGE} rows (${file.name}): read ${f(timing.read)} idle ${f(timing.idle)} (${elapsed()})` +
            (timing.problems.length ? `  ! ${timing.problems.join('; ')}` : ''),
        );
      }
    }

    const files = requested.map((p) => resolveMounted(mounts, p)).filter((f): f is string => f !== null);
    const datasetFiles = [
      ...new Set(requested.filter((p) => p.startsWith('/app-livret/data/')).map((p) => p.slice(17))),
    ];
    const labels: Record<DatasetId, string> = {
      livret: String(datasets.livret.count),
      large: datasets.large.count.toLocaleString('en').replace(/,/g, ' '),
    };
    const bytes = bytesReport({
      requested: files,
      appDir,
      datasets: DATASETS.map((id) => ({ label: labels[id], dir: datasets[id].dir })),
      datasetFiles,
      reference: [
        { file: require.resolve('maplibre-gl/dist/maplibre-gl.mjs'), name: 'maplibre-gl.mjs (bare page)' },
        { file: require.resolve('leaflet/dist/leaflet.js'), name: 'leaflet.js (Leaflet page)' },
        { file: require.resolve('leaflet/dist/leaflet.css'), name: 'leaflet.css (Leaflet page)' },
      ],
    });

    const out = [
      '',
      `Campus map benchmark — ${new Date().toISOString()}`,
      `app: ${args.app ? appDir : `vite build of ${gitState()}`}; Chromium ${version} headless, SwiftShader WebGL;` +
        ` ${cpus().length} cores; ${rounds} runs per page and dataset (of ${RUNS} asked, ${BUDGET}), alternating; map ${canvas.width}×${canvas.height} px;` +
        ` filter: « ${datasets.livret.sectorLabels[FILTER_SECTOR]} » (${datasets.livret.bySector[FILTER_SECTOR]} / ${datasets.large.bySector[FILTER_SECTOR]} Campus)`,
      '',
      renderFigures(results, rounds, labels),
      renderProbeNote(results, labels),
      `machine load average (1 min) at start ${loadBefore[0]!.toFixed(1)}, at end ${loadavg()[0]!.toFixed(1)}` +
        ` on ${cpus().length} cores: other processes compete with the browser, figures are noisy`,
      '',
      `« Vos données », a list of ${labels.large} rows (${(ownListFile.bytes.length / 1e6).toFixed(2)} MB CSV) opened in the app, ms, median (min–max) of ${ownList.length} runs:`,
      `  file chosen → list read (outcome shown)   ${formatSummary(summarize(ownList.map((o) => o.read)), ownList.length)}`,
      `  file chosen → map idle on the list        ${formatSummary(summarize(ownList.map((o) => o.idle)), ownList.length)}`,
      ...ownList.flatMap((o, i) => o.problems.map((p) => `  ! run ${i + 1}: ${p}`)),
      `The same list as an Excel workbook (${(ownListWorkbook.bytes.length / 1e6).toFixed(2)} MB .xlsx; SheetJS fetched on demand), ms, median (min–max) of ${ownListXlsxRuns.length} runs:`,
      `  file chosen → list read (outcome shown)   ${formatSummary(summarize(ownListXlsxRuns.map((o) => o.read)), ownListXlsxRuns.length)}`,
      `  file chosen → map idle on the list        ${formatSummary(summarize(ownListXlsxRuns.map((o) => o.idle)), ownListXlsxRuns.length)}`,
      ...ownListXlsxRuns.flatMap((o, i) => o.problems.map((p) => `  ! run ${i + 1}: ${p}`)),
      '',
      renderBytes(bytes),
      '',
      renderTargets(results, bytes, labels),
      '',
      'problems:',
      renderProblems(results),
      '',
    ].join('\n');
    process.stdout.write(out);
    if (args.json) writeFileSync(args.json, JSON.stringify({ results, bytes, canvas, version }, null, 2));
    log(`done in ${elapsed()}`);
    return 0;
  } finally {
    clearTimeout(watchdog);
    await browser?.close();
    await server?.close();
    if (args.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    log(`bench: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  },
);
