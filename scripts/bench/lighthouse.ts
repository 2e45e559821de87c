/**
 * `npm run bench:lighthouse [-- --runs 3 --app DIR --json FILE]`
 * `npm run bench:lighthouse -- --app DIR_A --app DIR_B [--embed-query region=84 --embed-query ''] [--pages embed] [--presets desktop]`
 *
 * Lighthouse (pinned at 12.2.3, the last major that runs on Node 20) on the built app (`/`), its embed
 * view (`embed.html?region=84`) and the plain Leaflet page of the main bench, with Lighthouse's desktop
 * preset and its default mobile one, performance category only. Runs alternate (order rotated each
 * round), each in a fresh headless Chromium (/usr/bin/chromium, software WebGL as in the main bench) with
 * an empty profile; the table gives the median and min–max of FCP, LCP, TBT and Speed Index and their
 * ratios to the Leaflet page's, then the issue's aims with ✓/✗. It PRINTS and asserts nothing: exit 0
 * even when an aim is missed, non-zero only when it cannot run.
 *
 * Everything is served from 127.0.0.1 by the main bench's static server: the build (its own `data/`,
 * what `npm run build` ships) at `/`, the comparison pages and their libraries from node_modules.
 * Nothing is fetched from the internet: Lighthouse's performance audits read the page's own trace and
 * requests, and any request that left the local server is listed as a problem.
 *
 * A/B: `--app` given more than once serves each build under a prefix of its own (`/a/`, `/b/`, … — the
 * builds' URLs are relative) and alternates their runs with the Leaflet page's in every round; the table
 * then has one row per build and page. `--embed-query` (repeatable; `''` for none) measures embed.html
 * with other options, `--pages` and `--presets` keep to some pages or one preset (quicker A/B rounds).
 * The rows give Lighthouse's figures (simulated throttling) and, for FCP, the paint Chromium observed in
 * the trace, which is what a lighter first view moves first.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { compositeBounds } from '../../src/lib/geo/insets.ts';
import { buildApp } from './app-build.ts';
import {
  LH_METRICS,
  LH_PAGES,
  LH_PAGE_LABELS,
  PRESETS,
  metricCell,
  readLhr,
  renderLhAims,
  renderLhProblems,
  renderLhTable,
  type LhPage,
  type LhRun,
  type Preset,
} from './lighthouseReport.ts';
import { CHROMIUM_ARGS } from './measure.ts';
import { startServer, type StaticServer } from './server.ts';
import { renderTable } from './report.ts';
import { formatMs, formatSummary, summarize } from './stats.ts';

const require = createRequire(import.meta.url);
/** The whole run is abandoned past this (3 runs take about 4 minutes on this 2-core machine). */
const WATCHDOG_MS = 15 * 60_000;
/** The région the embed view opens on (84: Auvergne-Rhône-Alpes), as a regional site would embed it. */
const EMBED_QUERY = 'region=84';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    app: { type: 'string', multiple: true },
    json: { type: 'string' },
    'embed-query': { type: 'string', multiple: true },
    pages: { type: 'string' },
    presets: { type: 'string' },
  },
});
const RUNS = Math.max(1, Math.floor(Number(args.runs)) || 3);
const APPS = args.app ?? [];
const EMBED_QUERIES = args['embed-query'] ?? [EMBED_QUERY];
const listArg = <T extends string>(value: string | undefined, all: readonly T[], name: string): T[] => {
  if (value === undefined) return [...all];
  const picked = value.split(',').map((v) => v.trim());
  const unknown = picked.filter((v) => !all.includes(v as T));
  if (unknown.length) throw new Error(`--${name}: unknown ${unknown.join(', ')} (one of ${all.join(', ')})`);
  return all.filter((v) => picked.includes(v));
};
const SELECTED_PAGES = listArg(args.pages, LH_PAGES, 'pages');
const SELECTED_PRESETS = listArg(args.presets, PRESETS, 'presets');

const log = (text: string) => process.stderr.write(`${text}\n`);
const STARTED = Date.now();
const elapsed = () => `${((Date.now() - STARTED) / 1000).toFixed(0)} s`;

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** The browser of the run under way (the watchdog kills it). */
let chrome: LaunchedChrome | undefined;

/** One run's figures, and the first contentful paint Chromium observed in the trace (not simulated). */
interface Measured {
  run: LhRun;
  observedFcp: number | null;
}

/** One Lighthouse run in a browser of its own (no cache, storage or IndexedDB left by another run). */
async function runOnce(url: string, page: LhPage, preset: Preset, origin: string): Promise<Measured> {
  try {
    chrome = await launch({
      chromePath: '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'error',
    });
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse gave no result');
    const details = result.lhr.audits.metrics?.details as
      { items?: { observedFirstContentfulPaint?: number }[] } | undefined;
    return {
      run: readLhr(result.lhr, page, preset, origin),
      observedFcp: details?.items?.[0]?.observedFirstContentfulPaint ?? null,
    };
  } catch (e) {
    const run: LhRun = {
      page,
      preset,
      fcp: null,
      lcp: null,
      tbt: null,
      si: null,
      score: null,
      problems: [String(e)],
    };
    return { run, observedFcp: null };
  } finally {
    chrome?.kill();
    chrome = undefined;
  }
}

/** What one row of the table measures: a page of one build (or the Leaflet page), at its URL. */
interface Target {
  /** `app /`, or with several builds `A app /`, `B embed.html?region=84`… */
  label: string;
  page: LhPage;
  url: string;
}

/** Checks that `dir` is a build of the app with its dataset. */
function checkBuild(dir: string): void {
  for (const file of ['index.html', 'embed.html', 'data/campus.geojson', 'data/france.topo.json'])
    if (!existsSync(join(dir, file)))
      throw new Error(
        `${join(dir, file)} is missing: ` +
          (file.startsWith('data/')
            ? 'the build carries no dataset (run npm run data, then build again)'
            : 'not a build of the app'),
      );
}

/** The rows of an A/B run: each target's runs as the « app » page beside the Leaflet page's runs. */
function renderTargetTable(targets: readonly Target[], measured: ReadonlyMap<Target, Measured[]>): string {
  const leaflet = targets.find((t) => t.page === 'leaflet');
  const leafletRuns = leaflet ? (measured.get(leaflet) ?? []).map((m) => m.run) : [];
  const rows = SELECTED_PRESETS.flatMap((preset) =>
    targets.map((target) => {
      const own = (measured.get(target) ?? []).filter((m) => m.run.preset === preset);
      const runs = [
        ...leafletRuns,
        ...own.map((m) => ({ ...m.run, page: target.page === 'leaflet' ? 'leaflet' : 'app' }) as LhRun),
      ];
      const page = target.page === 'leaflet' ? 'leaflet' : 'app';
      const observed = summarize(own.map((m) => m.observedFcp));
      return [
        preset,
        target.label,
        ...LH_METRICS.map((m) => metricCell(runs, page, preset, m.id)),
        formatSummary(observed, own.length),
      ];
    }),
  );
  return renderTable(
    ['preset', 'page', ...LH_METRICS.map((m) => `${m.label}, ms`), 'FCP observed, ms'],
    rows,
    [2, 3, 4, 5, 6],
  );
}

async function main(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'campus-lighthouse-'));
  let server: StaticServer | undefined;
  const watchdog = setTimeout(
    () => {
      log(`bench:lighthouse: still running after ${WATCHDOG_MS / 60_000} minutes — giving up`);
      chrome?.kill();
      process.exit(2);
    },
    WATCHDOG_MS * Math.max(1, APPS.length),
  );
  watchdog.unref();
  const loadBefore = loadavg();
  try {
    let appDirs: string[];
    if (APPS.length > 0) {
      appDirs = APPS.map((dir) => resolve(dir));
      for (const dir of appDirs) log(`app: using the build in ${dir}`);
    } else {
      const dir = join(tmp, 'app');
      log(`app: vite build --outDir ${dir} …`);
      buildApp(dir);
      appDirs = [dir];
    }
    appDirs.forEach(checkBuild);
    // One build at `/` (as it ships); several, each under a letter of its own (their URLs are relative).
    const prefixes = appDirs.length === 1 ? ['/'] : appDirs.map((_, i) => `/${String.fromCharCode(97 + i)}/`);

    const nodeDir = (pkg: string, file: string) => dirname(require.resolve(`${pkg}/${file}`));
    server = await startServer({
      ...Object.fromEntries(appDirs.map((dir, i) => [prefixes[i]!, dir])),
      '/bench/': join(import.meta.dirname, 'pages'),
      '/vendor/leaflet/': nodeDir('leaflet', 'dist/leaflet.css'),
      '/vendor/topojson-client/': nodeDir('topojson-client', 'dist/topojson-client.min.js'),
    });
    const origin = server.origin;
    log(`server: ${origin} (loopback only)`);
    // The comparison pages read the (first) build's own dataset and fill the viewport Lighthouse emulates.
    const reference = `?data=${prefixes[0]}data/&bounds=${compositeBounds().join(',')}`;
    const name = (i: number) => (appDirs.length === 1 ? '' : `${String.fromCharCode(65 + i)} `);
    const targets: Target[] = [];
    appDirs.forEach((_, i) => {
      if (SELECTED_PAGES.includes('app'))
        targets.push({
          label: `${name(i)}${LH_PAGE_LABELS.app}`,
          page: 'app',
          url: `${origin}${prefixes[i]}`,
        });
      if (SELECTED_PAGES.includes('embed'))
        for (const query of EMBED_QUERIES)
          targets.push({
            label: `${name(i)}embed.html${query ? `?${query}` : ''}`,
            page: 'embed',
            url: `${origin}${prefixes[i]}embed.html${query ? `?${query}` : ''}`,
          });
    });
    // Always measured: every ratio is to it.
    targets.push({
      label: LH_PAGE_LABELS.leaflet,
      page: 'leaflet',
      url: `${origin}/bench/leaflet.html${reference}`,
    });

    const measured = new Map<Target, Measured[]>(targets.map((t) => [t, []]));
    for (let round = 0; round < RUNS; round++) {
      for (const preset of SELECTED_PRESETS) {
        for (const target of rotate(targets, round)) {
          const m = await runOnce(target.url, target.page, preset, origin);
          measured.get(target)!.push(m);
          const { run } = m;
          const f = (v: number | null) => (v === null ? '—' : formatMs(v));
          log(
            `run ${round + 1}/${RUNS} ${preset.padEnd(7)} ${target.label.padEnd(13)} FCP ${f(run.fcp)}` +
              ` LCP ${f(run.lcp)} TBT ${f(run.tbt)} SI ${f(run.si)} (observed FCP ${f(m.observedFcp)};` +
              ` ${elapsed()})` +
              (run.problems.length ? `  ! ${run.problems.join('; ')}` : ''),
          );
        }
      }
    }
    const runs = [...measured.values()].flat().map((m) => m.run);
    if (runs.every((r) => r.fcp === null))
      throw new Error('no Lighthouse run gave a figure (see the problems above)');

    // The issue's table and aims when the run is the usual one (one build, its pages, both presets).
    const usual =
      appDirs.length === 1 &&
      EMBED_QUERIES.length === 1 &&
      SELECTED_PAGES.length === LH_PAGES.length &&
      SELECTED_PRESETS.length === PRESETS.length;
    const version = (require('lighthouse/package.json') as { version: string }).version;
    const out = [
      '',
      `Lighthouse ${version} — ${new Date().toISOString()}`,
      `${appDirs.map((dir, i) => `${name(i)}app: ${dir}`).join('; ')}; embed: ${EMBED_QUERIES.map((q) => `embed.html${q ? `?${q}` : ''}`).join(', ')};` +
        ` Chromium /usr/bin/chromium headless, SwiftShader WebGL; performance category, ` +
        `${SELECTED_PRESETS.map((p) => (p === 'desktop' ? 'desktop preset (desktopConfig)' : 'default mobile (simulated throttling)')).join(' and ')};` +
        ` ${RUNS} runs per page and preset, alternating, each in a fresh browser; ${cpus().length} cores`,
      '',
      `ms, median (min–max) of ${RUNS} runs, then × the Leaflet page's median with the same preset:`,
      usual ? renderLhTable(runs) : renderTargetTable(targets, measured),
      '',
      `machine load average (1 min) at start ${loadBefore[0]!.toFixed(1)}, at end ${loadavg()[0]!.toFixed(1)}` +
        ` on ${cpus().length} cores: other processes compete with the browser, figures are noisy`,
      ...(usual ? ['', 'aims (issue 22):', renderLhAims(runs)] : []),
      '',
      'problems:',
      renderLhProblems(runs),
      '',
    ].join('\n');
    process.stdout.write(out);
    if (args.json)
      writeFileSync(
        args.json,
        JSON.stringify(
          {
            version,
            date: new Date().toISOString(),
            apps: appDirs,
            targets: targets.map((t) => ({ ...t, measured: measured.get(t) })),
          },
          null,
          2,
        ),
      );
    log(`done in ${elapsed()}`);
    return 0;
  } finally {
    clearTimeout(watchdog);
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    log(`bench:lighthouse: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  },
);
