/**
 * The performance targets of the issue, checked against the medians of a run. Pure: figures in,
 * verdicts out; the report prints them beside the figures.
 */
import { summarize } from './stats.ts';
import type { BytesReport, DatasetId, Metric, PageKind, RunResult } from './types.ts';

export type Verdict = 'met' | 'missed' | 'unknown';

export interface TargetCheck {
  /** What is checked, in words. */
  label: string;
  /** The target, in words. */
  target: string;
  /** The figure compared, in words (« 2.31× Leaflet (812 / 351 ms) »). */
  observed: string;
  verdict: Verdict;
}

export const TARGETS = {
  /** First meaningful paint of the app ≤ this × the Leaflet page's. */
  fmpVsLeaflet: 1.5,
  /** Map idle of the app ≤ this × the bare MapLibre page's (issue « every Campus visible »: 1.5). */
  idleVsFloor: 1.5,
  /** A filter change (to its first frame, and its main-thread time) ≤ this × the bare page's. */
  filterVsFloor: 2,
  /** The app's own script in a filter change at 10 000 Campus (ms). */
  filterScriptMs: 10,
  /** The camera path's 95th-percentile frame interval ≤ this × the bare MapLibre page's. */
  cameraP95VsFloor: 1.2,
  /** The camera path's worst frame ≤ this × the bare MapLibre page's. */
  cameraWorstVsFloor: 1.5,
  /** The app's JavaScript beside MapLibre, gzip (bytes; 1 kB = 1 000 bytes). */
  appJsGzip: 60_000,
} as const;

export function mark(verdict: Verdict): string {
  return verdict === 'met' ? '✓' : verdict === 'missed' ? '✗' : '?';
}

/** Median of a figure over the runs of one page on one dataset; null when no run produced it. */
export function medianOf(
  results: readonly RunResult[],
  page: PageKind,
  dataset: DatasetId,
  metric: Metric,
): number | null {
  const summary = summarize(
    results.filter((r) => r.page === page && r.dataset === dataset).map((r) => r[metric]),
  );
  return summary ? summary.median : null;
}

/** value ≤ ratio × reference. */
export function withinRatio(value: number | null, reference: number | null, ratio: number): Verdict {
  if (value === null || reference === null || !(reference > 0)) return 'unknown';
  return value <= ratio * reference ? 'met' : 'missed';
}

/** value ≤ limit. */
export function atMost(value: number | null, limit: number): Verdict {
  if (value === null || !Number.isFinite(value)) return 'unknown';
  return value <= limit ? 'met' : 'missed';
}

/** Every verdict met → met; any missed → missed; otherwise unknown. */
export function allOf(...verdicts: Verdict[]): Verdict {
  if (verdicts.includes('missed')) return 'missed';
  return verdicts.every((v) => v === 'met') ? 'met' : 'unknown';
}

const ms = (v: number | null) => (v === null ? '—' : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const ratio = (v: number | null, ref: number | null) =>
  v === null || ref === null || !(ref > 0) ? '—' : `${(v / ref).toFixed(2)}×`;

export function appJsGzip(bytes: BytesReport): number {
  return bytes.appJs.reduce((sum, f) => sum + f.gzip, 0);
}

/** The start-up JS budget as the bench prints it: « app JS at start ≤ 60 kB gzip ✓ (52.3 kB) ». */
export function appJsBudget(bytes: BytesReport): string {
  const js = appJsGzip(bytes);
  const verdict = bytes.appJs.length === 0 ? 'unknown' : atMost(js, TARGETS.appJsGzip);
  return `app JS at start ≤ ${TARGETS.appJsGzip / 1000} kB gzip ${mark(verdict)} (${(js / 1000).toFixed(1)} kB)`;
}

/** The targets, in the order the report prints them. */
export function checkTargets(
  results: readonly RunResult[],
  bytes: BytesReport,
  datasetLabels: Record<DatasetId, string>,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at = (page: PageKind, dataset: DatasetId, metric: Metric) => medianOf(results, page, dataset, metric);
  for (const dataset of ['livret', 'large'] as const) {
    const app = at('app', dataset, 'fmp');
    const leaflet = at('leaflet', dataset, 'fmp');
    checks.push({
      label: `first meaningful paint, ${datasetLabels[dataset]} Campus`,
      target: `≤ ${TARGETS.fmpVsLeaflet}× Leaflet`,
      observed: `${ratio(app, leaflet)} Leaflet (${ms(app)} vs ${ms(leaflet)})`,
      verdict: withinRatio(app, leaflet, TARGETS.fmpVsLeaflet),
    });
  }
  for (const dataset of ['livret', 'large'] as const) {
    const app = at('app', dataset, 'idle');
    const floor = at('maplibre', dataset, 'idle');
    checks.push({
      label: `map idle, ${datasetLabels[dataset]} Campus`,
      target: `≤ ${TARGETS.idleVsFloor}× MapLibre floor`,
      observed: `${ratio(app, floor)} floor (${ms(app)} vs ${ms(floor)})`,
      verdict: withinRatio(app, floor, TARGETS.idleVsFloor),
    });
  }
  for (const dataset of ['livret', 'large'] as const) {
    for (const [metric, what] of [
      ['filterFrame', 'first frame'],
      ['taskMs', 'main-thread time'],
    ] as const) {
      const app = at('app', dataset, metric);
      const floor = at('maplibre', dataset, metric);
      checks.push({
        label: `filter change, ${what}, ${datasetLabels[dataset]} Campus`,
        target: `≤ ${TARGETS.filterVsFloor}× MapLibre floor`,
        observed: `${ratio(app, floor)} floor (${ms(app)} vs ${ms(floor)})`,
        verdict: withinRatio(app, floor, TARGETS.filterVsFloor),
      });
    }
  }
  for (const dataset of ['livret', 'large'] as const) {
    for (const [metric, what, limit] of [
      ['camP95', 'frame interval p95', TARGETS.cameraP95VsFloor],
      ['camWorst', 'worst frame', TARGETS.cameraWorstVsFloor],
    ] as const) {
      const app = at('app', dataset, metric);
      const floor = at('maplibre', dataset, metric);
      checks.push({
        label: `pan and zoom, ${what}, ${datasetLabels[dataset]} Campus`,
        target: `≤ ${limit}× MapLibre floor`,
        observed: `${ratio(app, floor)} floor (${ms(app)} vs ${ms(floor)})`,
        verdict: withinRatio(app, floor, limit),
      });
    }
  }
  const script = at('app', 'large', 'scriptMs');
  checks.push({
    label: `filter change, the app's own script, ${datasetLabels.large} Campus`,
    target: `≤ ${TARGETS.filterScriptMs} ms`,
    observed: ms(script),
    verdict: atMost(script, TARGETS.filterScriptMs),
  });
  const js = appJsGzip(bytes);
  checks.push({
    label: 'app JS at start, beside MapLibre (gzip)',
    target: `≤ ${TARGETS.appJsGzip / 1000} kB`,
    observed: `${(js / 1000).toFixed(1)} kB`,
    verdict: bytes.appJs.length === 0 ? 'unknown' : atMost(js, TARGETS.appJsGzip),
  });
  return checks;
}
