import { describe, expect, it } from 'vitest';
import {
  allOf,
  appJsBudget,
  appJsGzip,
  atMost,
  checkTargets,
  mark,
  medianOf,
  withinRatio,
} from './targets.ts';
import type { BytesReport, DatasetId, PageKind, RunResult } from './types.ts';

function run(page: PageKind, dataset: DatasetId, figures: Partial<RunResult>): RunResult {
  return {
    page,
    dataset,
    fmp: null,
    idle: null,
    filterFrame: null,
    filterIdle: null,
    taskMs: null,
    scriptMs: null,
    layoutMs: null,
    problems: [],
    ...figures,
  };
}

const bytes = (appJs: number[]): BytesReport => ({
  appJs: appJs.map((gzip, i) => ({ name: `chunk${i}.js`, raw: gzip * 3, gzip })),
  maplibre: [],
  worker: [],
  css: [],
  fonts: [],
  otherBuildJs: [],
  datasets: [],
  reference: [],
});

const labels = { livret: '29', large: '10 000' };

describe('verdict helpers', () => {
  it.each([
    [150, 100, 1.5, 'met'],
    [151, 100, 1.5, 'missed'],
    [null, 100, 1.5, 'unknown'],
    [100, 0, 1.5, 'unknown'],
  ] as const)('withinRatio(%s, %s, %s) = %s', (value, reference, ratio, verdict) => {
    expect(withinRatio(value, reference, ratio)).toBe(verdict);
  });

  it('atMost, allOf and mark', () => {
    expect(atMost(4, 4)).toBe('met');
    expect(atMost(4.01, 4)).toBe('missed');
    expect(atMost(null, 4)).toBe('unknown');
    expect(allOf('met', 'met')).toBe('met');
    expect(allOf('met', 'unknown')).toBe('unknown');
    expect(allOf('unknown', 'missed')).toBe('missed');
    expect([mark('met'), mark('missed'), mark('unknown')]).toEqual(['✓', '✗', '?']);
  });
});

describe('checkTargets', () => {
  const results = [
    ...[100, 120, 140].map((fmp) => run('leaflet', 'livret', { fmp, filterFrame: 5 })),
    ...[170, 180, 900].map((fmp) => run('app', 'livret', { fmp, idle: fmp + 10 })),
    ...[150, 160, 170].map((idle) => run('maplibre', 'livret', { fmp: idle, idle })),
    ...[20, 30, 40].map((filterFrame) =>
      run('app', 'large', { filterFrame, taskMs: 50, scriptMs: 8, fmp: 1000, idle: 1600 }),
    ),
    ...[50, 60, 70].map((filterFrame) => run('leaflet', 'large', { filterFrame, fmp: 500 })),
    run('maplibre', 'large', { fmp: 1000, idle: 1000, filterFrame: 20, taskMs: 20 }),
    run('maplibre', 'livret', { filterFrame: 10, taskMs: 10 }),
    run('app', 'livret', { filterFrame: 15, taskMs: 30 }),
    run('app', 'livret', { camP95: 100, camWorst: 301 }),
    run('maplibre', 'livret', { camP95: 90, camWorst: 200 }),
  ];

  it('takes medians per page and dataset', () => {
    expect(medianOf(results, 'app', 'livret', 'fmp')).toBe(180);
    expect(medianOf(results, 'leaflet', 'livret', 'taskMs')).toBeNull();
  });

  it('checks each target of the issue against the medians', () => {
    const checks = checkTargets(results, bytes([20_000, 30_000]), labels);
    expect(checks.map((c) => [c.label, c.verdict])).toEqual([
      ['first meaningful paint, 29 Campus', 'met'], // 180 ≤ 1.5 × 120
      ['first meaningful paint, 10 000 Campus', 'missed'], // 1000 > 1.5 × 500
      ['map idle, 29 Campus', 'met'], // 190 ≤ 1.5 × 160
      ['map idle, 10 000 Campus', 'missed'], // 1600 > 1.5 × 1000
      ['filter change, first frame, 29 Campus', 'met'], // 15 ≤ 2 × 10
      ['filter change, main-thread time, 29 Campus', 'missed'], // 30 > 2 × 10
      ['filter change, first frame, 10 000 Campus', 'met'], // 30 ≤ 2 × 20
      ['filter change, main-thread time, 10 000 Campus', 'missed'], // 50 > 2 × 20
      ['pan and zoom, frame interval p95, 29 Campus', 'met'], // 100 ≤ 1.2 × 90
      ['pan and zoom, worst frame, 29 Campus', 'missed'], // 301 > 1.5 × 200
      ['pan and zoom, frame interval p95, 10 000 Campus', 'unknown'], // no camera path run
      ['pan and zoom, worst frame, 10 000 Campus', 'unknown'],
      ["filter change, the app's own script, 10 000 Campus", 'met'], // 8 ≤ 10
      ['app JS at start, beside MapLibre (gzip)', 'met'], // 50 kB ≤ 60 kB
    ]);
    expect(checks[0]!.observed).toBe('1.50× Leaflet (180 ms vs 120 ms)');
  });

  it('is unknown when a page gave no figure, and missed when the app JS is too big', () => {
    const checks = checkTargets([], bytes([61_000]), labels);
    expect(checks.slice(0, -1).every((c) => c.verdict === 'unknown')).toBe(true);
    expect(checks.at(-1)!.verdict).toBe('missed');
    expect(appJsGzip(bytes([1, 2, 3]))).toBe(6);
  });

  it('prints the start-up JS budget with its verdict', () => {
    expect(appJsBudget(bytes([40_000, 19_950]))).toBe('app JS at start ≤ 60 kB gzip ✓ (60.0 kB)');
    expect(appJsBudget(bytes([40_000, 20_001]))).toBe('app JS at start ≤ 60 kB gzip ✗ (60.0 kB)');
    expect(appJsBudget(bytes([]))).toBe('app JS at start ≤ 60 kB gzip ? (0.0 kB)');
  });
});
