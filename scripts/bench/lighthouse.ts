/**
 * `npm run bench:lighthouse [-- --runs 3 --app DIR --json FILE]`
 *
 * Lighthouse (pinned at 12.2.3, the last major that runs on Node 20) on the built app (`/`), its embed
 * view (`embed.html?region=84`) and the plain Leaflet page of the main bench, with Lighthouse's desktop
 * preset and its default mobile one, performance category only. Runs alternate (order rotated each
 * round), each in a fresh headless Chromium (/usr/bin/chromium, software WebGL as in the main bench) with
 * an empty profile; the table gives the median and min–max of FCP, LCP, TBT and Speed Index and their
 * ratios to the Leaflet page's, then the aims with ✓/✗. It PRINTS and asserts nothing: exit 0
 * even when an aim is missed, non-zero only when it cannot run.
 *
 * Everything is served from 127.0.0.1 by the main bench's static server: the build (its own `data/`,
 * what `npm run build` ships) at `/`, the comparison pages and their libraries from node_modules.
 * Nothing is fetched from the internet: Lighthouse's performance audits read the page's own trace and
 * requests, and any request that left the local server is listed as a problem.
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
  LH_PAGES,
  LH_PAGE_LABELS,
  PRESETS,
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
import { formatMs } from './stats.ts';

const require = createRequire(import.meta.url);
/** The whole run is abandoned past this (3 runs take about 4 minutes on this 2-core machine). */
const WATCHDOG_MS = 15 * 60_000;
/** The région the embed view opens on (84: Auvergne-Rhône-Alpes), as a regional site would embed it. */
const EMBED_QUERY = 'region=84';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    app: { type: 'string' },
    json: { type: 'string' },
  },
});
const RUNS = Math.max(1, Math.floor(Number(args.runs)) || 3);

const log = (text: string) => process.stderr.write(`${text}\n`);
const STARTED = Date.now();
const elapsed = () => `${((Date.now() - STARTED) / 1000).toFixed(0)} s`;

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** The browser of the run under way (the watchdog kills it). */
let chrome: LaunchedChrome | undefined;

/** One Lighthouse run in a browser of its own (no cache, storage or IndexedDB left by another run). */
async function runOnce(url: string, page: LhPage, preset: Preset, origin: string): Promise<LhRun> {
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
    return readLhr(result.lhr, page, preset, origin);
  } catch (e) {
    return { page, preset, fcp: null, lcp: null, tbt: null, si: null, score: null, problems: [String(e)] };
  } finally {
    chrome?.kill();
    chrome = undefined;
  }
}

async function main(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'campus-lighthouse-'));
  let server: StaticServer | undefined;
  const watchdog = setTimeout(() => {
    log(`bench:lighthouse: still running after ${WATCHDOG_MS / 60_000} minutes — giving up`);
    chrome?.kill();
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const loadBefore = loadavg();
  try {
    let appDir: string;
    if (args.app) {
      appDir = resolve(args.app);
      log(`app: using the build in ${appDir}`);
    } else {
      appDir = join(tmp, 'app');
      log(`app: vite build --outDir ${appDir} …`);
      buildApp(appDir);
    }
    for (const file of ['index.html', 'embed.html', 'data/campus.geojson', 'data/france.topo.json'])
      if (!existsSync(join(appDir, file)))
        throw new Error(
          `${join(appDir, file)} is missing: ` +
            (file.startsWith('data/')
              ? 'the build carries no dataset (run npm run data, then build again)'
              : 'not a build of the app'),
        );

    const nodeDir = (pkg: string, file: string) => dirname(require.resolve(`${pkg}/${file}`));
    server = await startServer({
      '/': appDir,
      '/bench/': join(import.meta.dirname, 'pages'),
      '/vendor/leaflet/': nodeDir('leaflet', 'dist/leaflet.css'),
      '/vendor/topojson-client/': nodeDir('topojson-client', 'dist/topojson-client.min.js'),
    });
    const origin = server.origin;
    log(`server: ${origin} (loopback only)`);
    // The comparison pages read the build's own dataset and fill the viewport Lighthouse emulates.
    const reference = `?data=/data/&bounds=${compositeBounds().join(',')}`;
    const urls: Record<LhPage, string> = {
      app: `${origin}/`,
      embed: `${origin}/embed.html?${EMBED_QUERY}`,
      leaflet: `${origin}/bench/leaflet.html${reference}`,
    };

    const runs: LhRun[] = [];
    for (let round = 0; round < RUNS; round++) {
      for (const preset of PRESETS) {
        for (const page of rotate(LH_PAGES, round)) {
          const run = await runOnce(urls[page], page, preset, origin);
          runs.push(run);
          const f = (v: number | null) => (v === null ? '—' : formatMs(v));
          log(
            `run ${round + 1}/${RUNS} ${preset.padEnd(7)} ${LH_PAGE_LABELS[page].padEnd(13)} FCP ${f(run.fcp)}` +
              ` LCP ${f(run.lcp)} TBT ${f(run.tbt)} SI ${f(run.si)} (${elapsed()})` +
              (run.problems.length ? `  ! ${run.problems.join('; ')}` : ''),
          );
        }
      }
    }
    if (runs.every((r) => r.fcp === null))
      throw new Error('no Lighthouse run gave a figure (see the problems above)');

    const version = (require('lighthouse/package.json') as { version: string }).version;
    const out = [
      '',
      `Lighthouse ${version} — ${new Date().toISOString()}`,
      `app: ${appDir}; embed: embed.html?${EMBED_QUERY}; Chromium /usr/bin/chromium headless, SwiftShader WebGL;` +
        ` performance category, desktop preset (desktopConfig) and default mobile (simulated throttling);` +
        ` ${RUNS} runs per page and preset, alternating, each in a fresh browser; ${cpus().length} cores`,
      '',
      `ms, median (min–max) of ${RUNS} runs, then × the Leaflet page's median with the same preset:`,
      renderLhTable(runs),
      '',
      `machine load average (1 min) at start ${loadBefore[0]!.toFixed(1)}, at end ${loadavg()[0]!.toFixed(1)}` +
        ` on ${cpus().length} cores: other processes compete with the browser, figures are noisy`,
      '',
      'aims (issue 22):',
      renderLhAims(runs),
      '',
      'problems:',
      renderLhProblems(runs),
      '',
    ].join('\n');
    process.stdout.write(out);
    if (args.json)
      writeFileSync(
        args.json,
        JSON.stringify({ version, date: new Date().toISOString(), app: appDir, urls, runs }, null, 2),
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
