/**
 * One page load in headless Chromium and the figures it gives: navigation → first meaningful paint and
 * → map idle, then a sector filter change timed twice — once polling every frame for the filtered
 * Campus (→ first frame), once undisturbed between two CDP `Performance.getMetrics` (→ main-thread
 * time and idle) — and, last, the camera path (pages/camera-path.js) on every Campus, its frame intervals.
 * Times are read in the page (`performance.now()`, origin = navigation start).
 */
import type { Browser, CDPSession, ElementHandle, Page } from '@playwright/test';
import { frameStats } from './stats.ts';
import type { DatasetId, PageKind, RunResult } from './types.ts';

export const VIEWPORT = { width: 1440, height: 900 } as const;

/** Chromium flags of the project's e2e setup: software WebGL through SwiftShader, no network noise. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface PageTarget {
  page: PageKind;
  dataset: DatasetId;
  url: string;
  /** Campus in the dataset: all of them must be drawn. */
  expected: number;
  /** The sector the filter change selects, its legend label (the button's accessible name) and count. */
  filter: { sector: string; label: string; expected: number };
}

interface Ready {
  fmp: number | null;
  idle: number | null;
  renderer?: string;
  maxSeen?: number;
}

interface Change {
  frame: number | null;
  idle: number | null;
}

/** What the pages put on `window.__bench` (pages/*.js, pages/app-probe.js). */
interface BenchWindow {
  __bench: {
    ready: Promise<Ready>;
    count(): number;
    change(target: unknown, expected: number, mode: 'poll' | 'quiet'): Promise<Change>;
    canvasSize?(): { width: number; height: number } | null;
    overhead?(): { calls: number; ms: number };
  };
  __explorer?: { shownIds(): string[] };
}

export interface RunOutput {
  result: RunResult;
  /** CSS size of the app's map canvas (the comparison pages are given the same). */
  canvas: { width: number; height: number } | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The legend button of a sector, by its accessible name (label, then the count). */
async function legendButton(page: Page, label: string): Promise<ElementHandle> {
  const name = new RegExp(`^${escapeRegExp(label)}`);
  const inLegend = page.getByRole('group', { name: 'Groupes sectoriels' }).getByRole('button', { name });
  const button = (await inLegend.count()) > 0 ? inLegend.first() : page.getByRole('button', { name }).first();
  return button.elementHandle({ timeout: 15_000 });
}

/** The renderer main thread's cumulative counters, in ms. */
async function mainThread(cdp: CDPSession): Promise<{ task: number; script: number; layout: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    layout: get('LayoutDuration') + get('RecalcStyleDuration'),
  };
}

function change(page: Page, target: unknown, expected: number, mode: 'poll' | 'quiet'): Promise<Change> {
  return page.evaluate(([t, e, m]) => (window as unknown as BenchWindow).__bench.change(t, e, m), [
    target,
    expected,
    mode,
  ] as const);
}

const count = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__bench.count());

/** Runs the camera path (pages/camera-path.js, given as text) in the page; its frames' figures. */
async function cameraPath(page: Page, source: string, result: RunResult, problems: string[]) {
  const path = (await page.evaluate(`${source}\nwindow.__cameraPath()`)) as {
    intervals: number[];
    durationMs: number;
  };
  const stats = frameStats(path.intervals);
  if (!stats) problems.push('camera path: no animation frame');
  result.camMedian = stats?.median ?? null;
  result.camP95 = stats?.p95 ?? null;
  result.camWorst = stats?.worst ?? null;
  result.camOver50 = stats?.over50 ?? null;
}

export async function measurePage(
  browser: Browser,
  target: PageTarget,
  probeSource: string,
  /** The camera path's source (pages/camera-path.js): run last, on every Campus, when given. */
  cameraSource?: string,
): Promise<RunOutput> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR', deviceScaleFactor: 1 });
  const problems: string[] = [];
  const result: RunResult = {
    page: target.page,
    dataset: target.dataset,
    fmp: null,
    idle: null,
    filterFrame: null,
    filterIdle: null,
    taskMs: null,
    scriptMs: null,
    layoutMs: null,
    problems,
  };
  let canvas: RunOutput['canvas'] = null;
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(90_000);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message.split('\n')[0]}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text().split('\n')[0]!.slice(0, 160)}`);
    });
    if (target.page === 'app') {
      const config = JSON.stringify({ expected: target.expected });
      await page.addInitScript({ content: `window.__benchConfig = ${config};\n${probeSource}` });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    await page.goto(target.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const ready = await page.evaluate(() => (window as unknown as BenchWindow).__bench.ready);
    result.fmp = ready.fmp;
    result.idle = ready.idle;
    if (ready.renderer && ready.renderer !== 'maplibre') problems.push(`app drew with « ${ready.renderer} »`);
    if (ready.fmp === null) {
      problems.push(`never drew every Campus (at most ${ready.maxSeen ?? '?'} of ${target.expected})`);
      return { result, canvas };
    }
    if (target.page === 'app') {
      canvas = await page.evaluate(() => (window as unknown as BenchWindow).__bench.canvasSize?.() ?? null);
      const overhead = await page.evaluate(() => (window as unknown as BenchWindow).__bench.overhead?.());
      result.probeMs = overhead?.ms ?? null;
    } else {
      const drawn = await count(page);
      if (drawn !== target.expected) problems.push(`${drawn} of ${target.expected} Campus drawn after load`);
    }

    const { filter } = target;
    const on = target.page === 'app' ? await legendButton(page, filter.label) : filter.sector;
    // The app's legend toggles: the same button turns the filter off again.
    const off = target.page === 'app' ? on : null;
    const verify = async (expected: number, step: string) => {
      const drawn = await count(page);
      if (drawn !== expected) problems.push(`${step}: ${drawn} Campus drawn, expected ${expected}`);
      if (target.page === 'app') {
        const shown = await page.evaluate(
          () => (window as unknown as BenchWindow).__explorer?.shownIds().length,
        );
        if (shown !== undefined && shown !== expected)
          problems.push(`${step}: app lists ${shown}, expected ${expected}`);
      }
    };

    // 1. Filter on, every frame polled: → first frame showing the filtered Campus.
    const polled = await change(page, on, filter.expected, 'poll');
    result.filterFrame = polled.frame;
    if (polled.frame === null) problems.push('filter change: the filtered Campus were never drawn');
    await verify(filter.expected, 'filter on');
    // 2. Filter off again (not timed).
    await change(page, off, target.expected, 'poll');
    await verify(target.expected, 'filter off');
    // 3. Filter on again, undisturbed, between two readings of the main thread's counters.
    const before = await mainThread(cdp);
    const quiet = await change(page, on, filter.expected, 'quiet');
    const after = await mainThread(cdp);
    result.taskMs = after.task - before.task;
    result.scriptMs = after.script - before.script;
    result.layoutMs = after.layout - before.layout;
    result.filterIdle = target.page === 'leaflet' ? null : quiet.idle;
    await verify(filter.expected, 'filter on again');
    // 4. The camera path, on every Campus again (not the filter's few).
    if (cameraSource) {
      await change(page, off, target.expected, 'poll');
      await verify(target.expected, 'filter off before the camera path');
      await cameraPath(page, cameraSource, result, problems);
    }
    return { result, canvas };
  } catch (e) {
    problems.push(`run failed: ${(e as Error).message.split('\n')[0]}`);
    return { result, canvas };
  } finally {
    await context.close();
  }
}
