/**
 * `npm run bench:camera [-- --app DIR --app DIR2 … --runs 3 --large 10000 --profile]`
 *
 * The camera path of `npm run bench` alone (pages/camera-path.js: zoom +3 and back, 40 pans), for one
 * or more builds of the app beside the bare MapLibre page and the Leaflet page, on the livret and on
 * `--large` synthetic Campus: each round loads every page once, in an order rotated each round, so two
 * builds (before and after a change) are compared in the same alternating run on the same machine.
 * Prints, per page and dataset, the medians over the runs of the frame-interval median, p95, worst
 * frame and frames over 50 ms, with the app's ratios to the bare page and the aims (✓/✗).
 * With `--profile`, the app pages are sampled by the CDP Profiler during the path and the functions
 * with the most self time are printed (build with `--minify false` for readable names). Prints;
 * asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { compositeBounds } from '../../src/lib/geo/insets.ts';
import { buildDatasets, type BuiltDataset } from './datasets.ts';
import { CHROMIUM_ARGS, VIEWPORT } from './measure.ts';
import { renderTable } from './report.ts';
import { startServer, type Mounts } from './server.ts';
import { formatMs, formatRatio, frameStats, median, type FrameStats } from './stats.ts';
import { TARGETS, mark, withinRatio } from './targets.ts';
import { DATASETS } from './types.ts';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    app: { type: 'string', multiple: true },
    runs: { type: 'string', default: '3' },
    large: { type: 'string', default: '10000' },
    profile: { type: 'boolean', default: false },
    hide: { type: 'string', multiple: true },
    leaflet: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const RUNS = Math.max(1, Number(args.runs) || 3);
const LARGE = Math.max(1, Number(args.large) || 10000);
const APPS = (args.app ?? []).map((dir) => resolve(dir));
/**
 * `--hide name=layer,layer`: a variant of the first app with those MapLibre layers hidden once it is
 * ready (set through `window.__map`, nothing in the build), to find which layers cost frames.
 */
const VARIANTS = (args.hide ?? []).map((spec) => {
  const [name, ids = ''] = spec.split('=');
  return { name: name!, layers: ids.split(',').filter(Boolean) };
});
const log = (text: string) => process.stderr.write(`${text}\n`);

interface Sample {
  stats: FrameStats | null;
  /** Main-thread script and task time during the path (ms), and the overlay's own measures. */
  scriptMs: number | null;
  taskMs: number | null;
  /** Self time by function during the path (ms), with --profile. */
  selfMs: Record<string, number>;
  problems: string[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time (ms) per function of a CDP CPU profile, by « name file:line ». */
function selfTimes(profile: CpuProfile): Record<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const out: Record<string, number> = {};
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i]!);
    if (!frame) continue;
    const file = frame.url.split('/').pop() || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    // A sample's time is the delta to the next one.
    out[key] = (out[key] ?? 0) + (deltas[i + 1] ?? 0) / 1000;
  }
  return out;
}

/** One load of `url`, the map ready with every Campus, then the camera path. */
async function sample(
  browser: Browser,
  url: string,
  isApp: boolean,
  probe: string,
  camera: string,
  expected: number,
  hide: readonly string[] = [],
) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR', deviceScaleFactor: 1 });
  const out: Sample = { stats: null, scriptMs: null, taskMs: null, selfMs: {}, problems: [] };
  try {
    const page: Page = await context.newPage();
    page.setDefaultTimeout(90_000);
    page.on('pageerror', (e) => out.problems.push(`page error: ${e.message.split('\n')[0]}`));
    if (isApp)
      await page.addInitScript({
        content: `window.__benchConfig = ${JSON.stringify({ expected })};\n${probe}`,
      });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const ready = (await page.evaluate(
      () => (window as unknown as { __bench: { ready: Promise<unknown> } }).__bench.ready,
    )) as {
      fmp: number | null;
    };
    if (ready.fmp === null) out.problems.push('never drew every Campus');
    if (hide.length)
      await page.evaluate((ids) => {
        const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
      }, hide);
    // Let the first view settle (the app's idle work after its first paint) before the path.
    await page.waitForTimeout(500);
    const metrics = async () => {
      const { metrics: m } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => (m.find((x) => x.name === name)?.value ?? Number.NaN) * 1000;
      return { script: get('ScriptDuration'), task: get('TaskDuration') };
    };
    const profiling = args.profile && isApp;
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    const before = await metrics();
    const path = (await page.evaluate(`${camera}\nwindow.__cameraPath()`)) as { intervals: number[] };
    const after = await metrics();
    if (profiling) out.selfMs = selfTimes((await cdp.send('Profiler.stop')).profile);
    out.stats = frameStats(path.intervals);
    out.scriptMs = after.script - before.script;
    out.taskMs = after.task - before.task;
  } catch (e) {
    out.problems.push(`run failed: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return out;
}

/** The functions with the most self time, summed over the runs then divided by them (ms per path). */
function renderProfile(title: string, list: readonly Sample[]): string {
  const total: Record<string, number> = {};
  for (const s of list) for (const [k, v] of Object.entries(s.selfMs)) total[k] = (total[k] ?? 0) + v;
  const top = Object.entries(total)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([k, v]) => `  ${formatMs(v / list.length).padStart(6)}  ${k}`);
  return [`self time per path, ${title} (ms, mean of ${list.length}):`, ...top, ''].join('\n');
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'campus-camera-'));
  const datasets = buildDatasets(tmp, LARGE);
  if (APPS.length === 0) throw new Error('give at least one --app DIR (a vite build of the app)');
  const pagesDir = join(import.meta.dirname, 'pages');
  const nodeDir = (pkg: string, file: string) => dirname(require.resolve(`${pkg}/${file}`));
  const mounts: Mounts = {
    '/bench/': pagesDir,
    '/vendor/maplibre-gl/': nodeDir('maplibre-gl', 'dist/maplibre-gl.css'),
    '/vendor/leaflet/': nodeDir('leaflet', 'dist/leaflet.css'),
    '/vendor/topojson-client/': nodeDir('topojson-client', 'dist/topojson-client.min.js'),
  };
  for (const id of DATASETS) mounts[`/data-${id}/`] = datasets[id].dir;
  APPS.forEach((dir, i) => {
    for (const id of DATASETS) {
      mounts[`/app${i}-${id}/`] = dir;
      mounts[`/app${i}-${id}/data/`] = datasets[id].dir;
    }
  });
  const server = await startServer(mounts);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const probe = readFileSync(join(pagesDir, 'app-probe.js'), 'utf8');
  const camera = readFileSync(join(pagesDir, 'camera-path.js'), 'utf8');
  const bounds = compositeBounds().join(',');
  const pages: { name: string; app: number; kind: string; hide?: string[] }[] = [
    ...APPS.map((dir, i) => ({ name: `app ${basename(dir)}`, app: i, kind: 'app' })),
    ...VARIANTS.map((v) => ({ name: `app −${v.name}`, app: 0, kind: 'app', hide: v.layers })),
    { name: 'MapLibre floor', app: -1, kind: 'maplibre' },
    ...(args.leaflet ? [{ name: 'Leaflet', app: -1, kind: 'leaflet' }] : []),
  ];
  // The app's map canvas is 1440 × 900 minus its panels; the reference pages get the app's size.
  let size = { width: 0, height: 0 };
  const url = (p: (typeof pages)[number], d: BuiltDataset) =>
    p.app >= 0
      ? `${server.origin}/app${p.app}-${d.id}/`
      : `${server.origin}/bench/${p.kind}.html?data=/data-${d.id}/&bounds=${bounds}&w=${size.width}&h=${size.height}`;
  try {
    {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
      const page = await context.newPage();
      await page.addInitScript({
        content: `window.__benchConfig = {"expected": ${datasets.livret.count}};\n${probe}`,
      });
      await page.goto(url(pages[0]!, datasets.livret));
      await page.evaluate(
        () => (window as unknown as { __bench: { ready: Promise<unknown> } }).__bench.ready,
      );
      size = (await page.evaluate(() =>
        (
          window as unknown as { __bench: { canvasSize(): { width: number; height: number } } }
        ).__bench.canvasSize(),
      ))!;
      await context.close();
      log(`map canvas ${size.width}×${size.height}`);
    }
    const samples = new Map<string, Sample[]>();
    for (let round = 0; round < RUNS; round++) {
      for (const d of DATASETS) {
        const order = pages.map((_, i) => pages[(i + round) % pages.length]!);
        for (const p of order) {
          const s = await sample(
            browser,
            url(p, datasets[d]),
            p.app >= 0,
            probe,
            camera,
            datasets[d].count,
            p.hide,
          );
          const key = `${p.name}|${d}`;
          samples.set(key, [...(samples.get(key) ?? []), s]);
          log(
            `run ${round + 1}/${RUNS} ${d.padEnd(6)} ${p.name.padEnd(24)} median ${formatMs(s.stats?.median ?? NaN)} p95 ${formatMs(s.stats?.p95 ?? NaN)} worst ${formatMs(s.stats?.worst ?? NaN)} >50 ${s.stats?.over50 ?? '—'} script ${formatMs(s.scriptMs ?? NaN)}` +
              (s.problems.length ? `  ! ${s.problems.join('; ')}` : ''),
          );
        }
      }
    }
    const med = (list: Sample[], f: (s: FrameStats) => number) =>
      median(list.flatMap((s) => (s.stats ? [f(s.stats)] : [])));
    const rows: string[][] = [];
    const profiles: string[] = [];
    for (const d of DATASETS) {
      const floor = samples.get(`MapLibre floor|${d}`) ?? [];
      const floorP95 = med(floor, (s) => s.p95);
      const floorWorst = med(floor, (s) => s.worst);
      for (const p of pages) {
        const list = samples.get(`${p.name}|${d}`) ?? [];
        const p95 = med(list, (s) => s.p95);
        const worst = med(list, (s) => s.worst);
        const aims =
          p.app >= 0
            ? `p95 ${formatRatio(p95, floorP95)} ${mark(withinRatio(p95, floorP95, TARGETS.cameraP95VsFloor))}  worst ${formatRatio(worst, floorWorst)} ${mark(withinRatio(worst, floorWorst, TARGETS.cameraWorstVsFloor))}`
            : p.kind === 'leaflet'
              ? `p95 ${formatRatio(p95, floorP95)}  worst ${formatRatio(worst, floorWorst)}`
              : '';
        const scripts = median(list.flatMap((s) => (s.scriptMs === null ? [] : [s.scriptMs])));
        if (args.profile && p.app >= 0) profiles.push(renderProfile(`${p.name}, ${d}`, list));
        rows.push([
          d === 'livret' ? String(datasets.livret.count) : String(datasets.large.count),
          p.name,
          formatMs(med(list, (s) => s.median)),
          formatMs(p95),
          formatMs(worst),
          formatMs(med(list, (s) => s.over50)),
          formatMs(scripts),
          aims,
        ]);
      }
    }
    process.stdout.write(
      [
        '',
        `Camera path (zoom +3 and back, 40 pans), intervals between animation frames, ms; medians of ${RUNS} runs, alternating`,
        `aims for the app: p95 ≤ ${TARGETS.cameraP95VsFloor}× and worst ≤ ${TARGETS.cameraWorstVsFloor}× the bare MapLibre page's`,
        '',
        renderTable(
          ['Campus', 'page', 'median', 'p95', 'worst', '>50 ms', 'script', 'vs MapLibre floor'],
          rows,
          [2, 3, 4, 5, 6],
        ),
        '',
        ...profiles,
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  log(`bench:camera: ${(e as Error).stack ?? String(e)}`);
  process.exitCode = 1;
});
