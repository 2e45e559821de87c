/**
 * The pure side of `npm run bench:lighthouse`: what one Lighthouse result gives (four metrics, and what
 * looked wrong), the medians of repeated runs, their ratios to the Leaflet page's, the aims and
 * the printed table. No browser, no clock: results in, text out.
 */
import { renderTable } from './report.ts';
import { formatRatio, formatSummary, summarize } from './stats.ts';
import { mark, withinRatio, type Verdict } from './targets.ts';

/**
 * The pages measured: the app, its embed view and the light alternative (the reference of every ratio).
 * Not the bare MapLibre page: a WebGL canvas is no contentful paint for Chromium, so Lighthouse stops
 * there with NO_FCP and gives no figure at all.
 */
export const LH_PAGES = ['app', 'embed', 'leaflet'] as const;
export type LhPage = (typeof LH_PAGES)[number];

export const LH_PAGE_LABELS: Record<LhPage, string> = {
  app: 'app /',
  embed: 'embed.html',
  leaflet: 'Leaflet page',
};

/** Lighthouse's desktop preset (`desktopConfig`) and its default, mobile (simulated slow 4G, 4× CPU). */
export const PRESETS = ['desktop', 'mobile'] as const;
export type Preset = (typeof PRESETS)[number];

/** The four metrics, each read from its audit's `numericValue` (milliseconds). */
export const LH_METRICS = [
  { id: 'fcp', audit: 'first-contentful-paint', label: 'FCP' },
  { id: 'lcp', audit: 'largest-contentful-paint', label: 'LCP' },
  { id: 'tbt', audit: 'total-blocking-time', label: 'TBT' },
  { id: 'si', audit: 'speed-index', label: 'Speed Index' },
] as const;
export type LhMetric = (typeof LH_METRICS)[number]['id'];

/** The aims of issue 22: the app's and the embed's FCP and LCP ≤ this × the Leaflet page's, on desktop. */
const AIM_VS_LEAFLET = 1.2;

/** One Lighthouse run of one page with one preset; a metric is null when the run did not give it. */
export type LhRun = {
  page: LhPage;
  preset: Preset;
  /** The performance score (0–1), kept for the JSON only. */
  score: number | null;
  /** What went wrong or looked wrong: a runtime error, Lighthouse's warnings, a request off the server. */
  problems: string[];
} & Record<LhMetric, number | null>;

/** The part of a Lighthouse result (`lhr`) read here. */
export interface LhrLike {
  runtimeError?: { code?: string; message?: string };
  runWarnings?: readonly string[];
  categories?: { performance?: { score?: number | null } };
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
}

/** URLs the page requested that left the given origin (data: and blob: URLs stay in the page). */
export function offOriginRequests(lhr: LhrLike, origin: string): string[] {
  const details = lhr.audits['network-requests']?.details as { items?: { url?: unknown }[] } | undefined;
  const urls = (details?.items ?? [])
    .map((item) => item.url)
    .filter((u): u is string => typeof u === 'string');
  return urls.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
}

/** The metrics and problems of one Lighthouse result. */
export function readLhr(lhr: LhrLike, page: LhPage, preset: Preset, origin: string): LhRun {
  const problems: string[] = [];
  if (lhr.runtimeError)
    problems.push(`${lhr.runtimeError.code ?? 'error'}: ${lhr.runtimeError.message ?? ''}`);
  // A runtime error comes back among the warnings too: said once.
  const error = problems[0] ?? '';
  problems.push(...(lhr.runWarnings ?? []).filter((w) => !error.includes(w)));
  const off = offOriginRequests(lhr, origin);
  if (off.length)
    problems.push(`${off.length} request(s) off the local server: ${off.slice(0, 3).join(', ')}`);
  const value = (audit: string) => {
    const v = lhr.audits[audit]?.numericValue;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const metrics = Object.fromEntries(LH_METRICS.map((m) => [m.id, value(m.audit)])) as Record<
    LhMetric,
    number | null
  >;
  if (!lhr.runtimeError && LH_METRICS.some((m) => metrics[m.id] === null))
    problems.push(
      `no value for ${LH_METRICS.filter((m) => metrics[m.id] === null)
        .map((m) => m.label)
        .join(', ')}`,
    );
  const score = lhr.categories?.performance?.score;
  return { page, preset, score: typeof score === 'number' ? score : null, problems, ...metrics };
}

const runsOf = (runs: readonly LhRun[], page: LhPage, preset: Preset) =>
  runs.filter((r) => r.page === page && r.preset === preset);

/** Median of a metric over the runs of one page with one preset; null when no run gave it. */
export function lhMedian(
  runs: readonly LhRun[],
  page: LhPage,
  preset: Preset,
  metric: LhMetric,
): number | null {
  return summarize(runsOf(runs, page, preset).map((r) => r[metric]))?.median ?? null;
}

/** « 1029 (1001–1100) 2.02× »: median, range, and the ratio to the Leaflet page's median (not on its own row). */
export function metricCell(runs: readonly LhRun[], page: LhPage, preset: Preset, metric: LhMetric): string {
  const expected = runsOf(runs, page, preset).length;
  const summary = summarize(runsOf(runs, page, preset).map((r) => r[metric]));
  const text = formatSummary(summary, expected);
  if (page === 'leaflet' || !summary) return text;
  return `${text} ${formatRatio(summary.median, lhMedian(runs, 'leaflet', preset, metric))}`;
}

/** The figures, one row per preset and page, in ms, median (min–max) and × the Leaflet page's median. */
export function renderLhTable(runs: readonly LhRun[]): string {
  const rows = PRESETS.flatMap((preset) =>
    LH_PAGES.map((page) => [
      preset,
      LH_PAGE_LABELS[page],
      ...LH_METRICS.map((m) => metricCell(runs, page, preset, m.id)),
    ]),
  );
  return renderTable(['preset', 'page', ...LH_METRICS.map((m) => `${m.label}, ms`)], rows, [2, 3, 4, 5]);
}

export interface LhAim {
  label: string;
  observed: string;
  verdict: Verdict;
}

/** The aims on desktop (FCP and LCP of the app and the embed ≤ 1.2× Leaflet's), then TBT, reported. */
export function checkLhAims(runs: readonly LhRun[]): LhAim[] {
  const aims: LhAim[] = [];
  for (const page of ['app', 'embed'] as const) {
    for (const metric of ['fcp', 'lcp'] as const) {
      const value = lhMedian(runs, page, 'desktop', metric);
      const leaflet = lhMedian(runs, 'leaflet', 'desktop', metric);
      const label = LH_METRICS.find((m) => m.id === metric)!.label;
      aims.push({
        label: `${LH_PAGE_LABELS[page]}, desktop ${label} ≤ ${AIM_VS_LEAFLET}× Leaflet`,
        observed: `${formatRatio(value, leaflet)} (${ms(value)} / ${ms(leaflet)})`,
        verdict: withinRatio(value, leaflet, AIM_VS_LEAFLET),
      });
    }
  }
  return aims;
}

const ms = (v: number | null) => (v === null ? '—' : `${Math.round(v)} ms`);

/** The aims with ✓/✗, then desktop TBT beside the Leaflet page's: reported, no fixed aim. */
export function renderLhAims(runs: readonly LhRun[]): string {
  const lines = checkLhAims(runs).map((a) => `  ${mark(a.verdict)} ${a.label}: ${a.observed}`);
  const tbt = (page: LhPage) => ms(lhMedian(runs, page, 'desktop', 'tbt'));
  lines.push(
    `  · desktop TBT, as low as deferring MapLibre's start allows (no fixed aim): app ${tbt('app')},` +
      ` embed ${tbt('embed')}, Leaflet page ${tbt('leaflet')}`,
  );
  return lines.join('\n');
}

/** Every run's problems, « preset page run n: problem »; « none » when every run was clean. */
export function renderLhProblems(runs: readonly LhRun[]): string {
  const counters = new Map<string, number>();
  const lines: string[] = [];
  for (const run of runs) {
    const key = `${run.preset} ${LH_PAGE_LABELS[run.page]}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    for (const problem of run.problems) lines.push(`  ${key} run ${n}: ${problem}`);
  }
  return lines.length ? lines.join('\n') : '  none';
}
