/**
 * The printed report: the figures table (median and min–max per page and dataset), the byte sizes, and
 * the targets with their verdicts. Pure: results in, text out.
 */
import { formatKb, formatRatio, formatSummary, pad, summarize } from './stats.ts';
import {
  TARGETS,
  appJsBudget,
  atMost,
  checkTargets,
  mark,
  medianOf,
  withinRatio,
  type Verdict,
} from './targets.ts';
import { ELEMENT_FIRST_STEP_GZIP } from './elementBytes.ts';
import {
  DATASETS,
  PAGES,
  type BytesReport,
  type DatasetId,
  type FileSize,
  type Metric,
  type PageKind,
  type RunResult,
} from './types.ts';

/** Lays out rows under a header, columns padded to their widest cell; numeric columns right-aligned. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[] = [],
): string {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, rightAligned.includes(i) ? 'right' : 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

interface FigureRow {
  figure: string;
  metric: Metric;
  /** Pages this figure applies to (others print « n/a »). */
  pages: readonly PageKind[];
  /** The target cell for a dataset, or '' when the figure has no target there. */
  target?: (results: readonly RunResult[], dataset: DatasetId) => string;
}

const cell = (verdict: Verdict, text: string) => `${text} ${mark(verdict)}`;

const FIGURES: readonly FigureRow[] = [
  {
    figure: '(a) navigation → first meaningful paint',
    metric: 'fmp',
    pages: PAGES,
    target: (results, dataset) => {
      const app = medianOf(results, 'app', dataset, 'fmp');
      const leaflet = medianOf(results, 'leaflet', dataset, 'fmp');
      return cell(
        withinRatio(app, leaflet, TARGETS.fmpVsLeaflet),
        `≤ ${TARGETS.fmpVsLeaflet}× Leaflet: ${formatRatio(app, leaflet)}`,
      );
    },
  },
  {
    figure: '(a) navigation → map idle',
    metric: 'idle',
    pages: ['app', 'maplibre'],
    target: (results, dataset) => {
      const app = medianOf(results, 'app', dataset, 'idle');
      const floor = medianOf(results, 'maplibre', dataset, 'idle');
      return cell(
        withinRatio(app, floor, TARGETS.idleVsFloor),
        `≤ ${TARGETS.idleVsFloor}× floor: ${formatRatio(app, floor)}`,
      );
    },
  },
  {
    figure: '(b) filter change → first frame',
    metric: 'filterFrame',
    pages: PAGES,
    target: (results, dataset) => vsFloor(results, dataset, 'filterFrame'),
  },
  { figure: '(b) filter change → map idle', metric: 'filterIdle', pages: ['app', 'maplibre'] },
  {
    figure: '(c) filter change, main-thread tasks',
    metric: 'taskMs',
    pages: PAGES,
    target: (results, dataset) => vsFloor(results, dataset, 'taskMs'),
  },
  {
    figure: '(c) filter change, of which script',
    metric: 'scriptMs',
    pages: PAGES,
    target: (results, dataset) =>
      dataset === 'large'
        ? cell(
            atMost(medianOf(results, 'app', dataset, 'scriptMs'), TARGETS.filterScriptMs),
            `≤ ${TARGETS.filterScriptMs} ms`,
          )
        : '',
  },
  { figure: '(c) filter change, of which style+layout', metric: 'layoutMs', pages: PAGES },
  { figure: '(e) camera path, frame interval median', metric: 'camMedian', pages: PAGES },
  {
    figure: '(e) camera path, frame interval p95',
    metric: 'camP95',
    pages: PAGES,
    target: (results, dataset) => cameraVsFloor(results, dataset, 'camP95', TARGETS.cameraP95VsFloor),
  },
  {
    figure: '(e) camera path, worst frame',
    metric: 'camWorst',
    pages: PAGES,
    target: (results, dataset) => cameraVsFloor(results, dataset, 'camWorst', TARGETS.cameraWorstVsFloor),
  },
  { figure: '(e) camera path, frames over 50 ms (count)', metric: 'camOver50', pages: PAGES },
];

/** A camera-path figure of the app within `limit` × the bare MapLibre page's (Leaflet's ratio beside). */
function cameraVsFloor(
  results: readonly RunResult[],
  dataset: DatasetId,
  metric: 'camP95' | 'camWorst',
  limit: number,
): string {
  const app = medianOf(results, 'app', dataset, metric);
  const floor = medianOf(results, 'maplibre', dataset, metric);
  const leaflet = medianOf(results, 'leaflet', dataset, metric);
  return cell(
    withinRatio(app, floor, limit),
    `≤ ${limit}× floor: ${formatRatio(app, floor)} (Leaflet ${formatRatio(leaflet, floor)})`,
  );
}

/** The app within `filterVsFloor` × the bare MapLibre page on a filter figure. */
function vsFloor(
  results: readonly RunResult[],
  dataset: DatasetId,
  metric: 'filterFrame' | 'taskMs',
): string {
  const app = medianOf(results, 'app', dataset, metric);
  const floor = medianOf(results, 'maplibre', dataset, metric);
  const verdict = withinRatio(app, floor, TARGETS.filterVsFloor);
  const times = app !== null && floor !== null && floor > 0 ? `${(app / floor).toFixed(2)}×` : '—';
  return cell(verdict, `≤ ${TARGETS.filterVsFloor}× floor: ${times}`);
}

export function renderFigures(
  results: readonly RunResult[],
  runs: number,
  datasetLabels: Record<DatasetId, string>,
): string {
  const rows: string[][] = [];
  for (const figure of FIGURES) {
    for (const dataset of DATASETS) {
      const values = PAGES.map((page) => {
        if (!figure.pages.includes(page)) return 'n/a';
        const runsOf = results.filter((r) => r.page === page && r.dataset === dataset);
        return formatSummary(summarize(runsOf.map((r) => r[figure.metric])), runs);
      });
      rows.push([figure.figure, datasetLabels[dataset], ...values, figure.target?.(results, dataset) ?? '']);
    }
  }
  return renderTable(
    ['ms, median (min–max)', 'Campus', 'app', 'MapLibre floor', 'Leaflet', 'target (app)'],
    rows,
    [2, 3, 4],
  );
}

const total = (files: readonly FileSize[]) =>
  files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });

export function renderBytes(bytes: BytesReport): string {
  const rows: string[][] = [];
  const group = (title: string, files: readonly FileSize[], note = '') => {
    const sum = total(files);
    const names = files.length === 0 ? '(none)' : files.map((f) => f.name).join(', ');
    rows.push([title, formatKb(sum.raw), formatKb(sum.gzip), note || names]);
  };
  group(
    '(d) app JS at start, beside MapLibre',
    bytes.appJs,
    `${appJsBudget(bytes)}: ${bytes.appJs.map((f) => `${f.name} ${formatKb(f.gzip)}`).join(' + ')}`,
  );
  const element = bytes.elementFirstStep ?? [];
  if (element.length > 0) {
    group(
      '(e) <campus-map> JS before it paints',
      element,
      `${element.map((f) => `${f.name} ${formatKb(f.gzip)}`).join(' + ')}  target ≤ ${ELEMENT_FIRST_STEP_GZIP / 1000} kB ${mark(atMost(total(element).gzip, ELEMENT_FIRST_STEP_GZIP))}`,
    );
  }
  group('    MapLibre chunk', bytes.maplibre);
  group('    MapLibre worker', bytes.worker);
  group('    CSS', bytes.css);
  group(
    '    fonts',
    bytes.fonts,
    bytes.fonts.length === 0 ? 'none: local system fonts (no glyph server)' : '',
  );
  group('    JS in the build, not loaded at start', bytes.otherBuildJs);
  for (const dataset of bytes.datasets) {
    group(
      `    dataset, ${dataset.label} Campus`,
      dataset.files,
      dataset.files.map((f) => `${f.name} ${formatKb(f.gzip)}`).join(', '),
    );
  }
  for (const f of bytes.reference)
    rows.push([`    reference: ${f.name}`, formatKb(f.raw), formatKb(f.gzip), '']);
  return renderTable(['bytes', 'raw', 'gzip -9', 'files'], rows, [1, 2]);
}

export function renderTargets(
  results: readonly RunResult[],
  bytes: BytesReport,
  datasetLabels: Record<DatasetId, string>,
): string {
  const checks = checkTargets(results, bytes, datasetLabels);
  const rows = checks.map((c) => [mark(c.verdict), c.label, c.target, c.observed]);
  return renderTable(['', 'target', 'wanted', 'observed (medians)'], rows);
}

/** Problems the runs reported, each once with how many runs reported it. */
export function renderProblems(results: readonly RunResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) {
    for (const p of r.problems) {
      const key = `${r.page} / ${r.dataset}: ${p}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return 'no problem reported by any run';
  return [...counts].map(([p, n]) => `  ${p}${n > 1 ? ` (×${n})` : ''}`).join('\n');
}

/** How much the app page's probe itself cost during the load (its counting runs on the main thread). */
export function renderProbeNote(
  results: readonly RunResult[],
  datasetLabels: Record<DatasetId, string>,
): string {
  const parts = DATASETS.map((dataset) => {
    const s = summarize(
      results.filter((r) => r.page === 'app' && r.dataset === dataset).map((r) => r.probeMs),
    );
    return `${datasetLabels[dataset]} Campus ${formatSummary(s)} ms`;
  });
  return `probe overhead in the app page during the load (its own counting, included in the app's figures): ${parts.join(', ')}`;
}
