import { describe, expect, it } from 'vitest';
import {
  checkLhAims,
  lhMedian,
  metricCell,
  offOriginRequests,
  readLhr,
  renderLhAims,
  renderLhProblems,
  renderLhTable,
  type LhPage,
  type LhRun,
  type LhrLike,
  type Preset,
} from './lighthouseReport.ts';

const ORIGIN = 'http://127.0.0.1:4000';

function lhr(
  values: { fcp?: number; lcp?: number; tbt?: number; si?: number },
  extra: Partial<LhrLike> = {},
) {
  const audit = (v: number | undefined) => (v === undefined ? undefined : { numericValue: v });
  return {
    audits: {
      'first-contentful-paint': audit(values.fcp),
      'largest-contentful-paint': audit(values.lcp),
      'total-blocking-time': audit(values.tbt),
      'speed-index': audit(values.si),
    },
    categories: { performance: { score: 0.42 } },
    ...extra,
  } satisfies LhrLike;
}

function run(page: LhPage, preset: Preset, fcp: number | null, lcp: number | null, tbt = 0, si = 0): LhRun {
  return { page, preset, fcp, lcp, tbt, si, score: null, problems: [] };
}

describe('readLhr', () => {
  it('reads the four metrics and the score of a clean run', () => {
    const r = readLhr(lhr({ fcp: 500, lcp: 900, tbt: 160, si: 700 }), 'app', 'desktop', ORIGIN);
    expect(r).toEqual({
      page: 'app',
      preset: 'desktop',
      fcp: 500,
      lcp: 900,
      tbt: 160,
      si: 700,
      score: 0.42,
      problems: [],
    });
  });

  it('names a runtime error (once), the warnings and the metrics a run did not give', () => {
    const failed = readLhr(
      lhr(
        {},
        {
          runtimeError: { code: 'NO_FCP', message: 'The page did not paint (NO_FCP)' },
          runWarnings: ['The page did not paint (NO_FCP)', 'slow'],
        },
      ),
      'embed',
      'mobile',
      ORIGIN,
    );
    expect(failed.fcp).toBeNull();
    expect(failed.problems).toEqual(['NO_FCP: The page did not paint (NO_FCP)', 'slow']);
    const partial = readLhr(lhr({ fcp: 500, tbt: 0, si: 600 }), 'app', 'desktop', ORIGIN);
    expect(partial.lcp).toBeNull();
    expect(partial.problems).toEqual(['no value for LCP']);
  });

  it('reports requests that left the local server, not data: URLs', () => {
    const items = [
      { url: `${ORIGIN}/` },
      { url: 'data:image/svg+xml,%3Csvg' },
      { url: 'https://tiles.example.org/0/0/0.png' },
      { url: 'http://127.0.0.1:4001/other-port.js' },
    ];
    const result = lhr(
      { fcp: 1, lcp: 1, tbt: 0, si: 1 },
      {
        audits: {
          ...lhr({ fcp: 1, lcp: 1, tbt: 0, si: 1 }).audits,
          'network-requests': { details: { items } },
        },
      },
    );
    expect(offOriginRequests(result, ORIGIN)).toEqual([
      'https://tiles.example.org/0/0/0.png',
      'http://127.0.0.1:4001/other-port.js',
    ]);
    expect(readLhr(result, 'app', 'desktop', ORIGIN).problems).toEqual([
      '2 request(s) off the local server: https://tiles.example.org/0/0/0.png, http://127.0.0.1:4001/other-port.js',
    ]);
  });
});

describe('medians, ratios and aims', () => {
  const runs: LhRun[] = [
    run('leaflet', 'desktop', 500, 1000, 100),
    run('leaflet', 'desktop', 520, 900, 120),
    run('leaflet', 'desktop', 480, 1100, 80),
    run('app', 'desktop', 600, 1300),
    run('app', 'desktop', 590, 1200),
    run('app', 'desktop', 610, null),
    run('embed', 'desktop', 700, 1100),
    run('leaflet', 'mobile', 1000, 2000),
    run('app', 'mobile', 3000, 9000),
  ];

  it('takes the median per page and preset, leaving out runs without the figure', () => {
    expect(lhMedian(runs, 'leaflet', 'desktop', 'fcp')).toBe(500);
    expect(lhMedian(runs, 'app', 'desktop', 'lcp')).toBe(1250);
    expect(lhMedian(runs, 'app', 'mobile', 'fcp')).toBe(3000);
    expect(lhMedian(runs, 'embed', 'mobile', 'fcp')).toBeNull();
  });

  it('writes median, range and the ratio to the Leaflet page of the same preset', () => {
    expect(metricCell(runs, 'app', 'desktop', 'fcp')).toBe('600 (590–610) 1.20×');
    expect(metricCell(runs, 'app', 'desktop', 'lcp')).toBe('1250 (1200–1300) n=2/3 1.25×');
    expect(metricCell(runs, 'app', 'mobile', 'fcp')).toBe('3000 (3000–3000) 3.00×');
    expect(metricCell(runs, 'leaflet', 'desktop', 'fcp')).toBe('500 (480–520)');
    expect(metricCell(runs, 'embed', 'mobile', 'fcp')).toBe('—');
  });

  it('checks FCP and LCP of the app and the embed against 1.2× Leaflet on desktop', () => {
    const aims = checkLhAims(runs);
    expect(aims.map((a) => [a.label, a.verdict])).toEqual([
      ['app /, desktop FCP ≤ 1.2× Leaflet', 'met'],
      ['app /, desktop LCP ≤ 1.2× Leaflet', 'missed'],
      ['embed.html, desktop FCP ≤ 1.2× Leaflet', 'missed'],
      ['embed.html, desktop LCP ≤ 1.2× Leaflet', 'met'],
    ]);
    expect(aims[1]!.observed).toBe('1.25× (1250 ms / 1000 ms)');
    expect(checkLhAims([run('app', 'desktop', 600, 1300)]).every((a) => a.verdict === 'unknown')).toBe(true);
  });

  it('prints a row per preset and page, the aims with ✓/✗ and desktop TBT beside the references', () => {
    const table = renderLhTable(runs).split('\n');
    expect(table[0]).toMatch(/^preset\s+page\s+FCP, ms\s+LCP, ms\s+TBT, ms\s+Speed Index, ms$/);
    expect(table).toHaveLength(2 + 6);
    expect(table[2]).toMatch(/^desktop\s+app \/\s+600 \(590–610\) 1\.20×\s+1250 \(1200–1300\) n=2\/3 1\.25×/);
    expect(table[7]).toMatch(/^mobile\s+Leaflet page\s+1000 \(1000–1000\)/);
    const aims = renderLhAims(runs).split('\n');
    expect(aims[0]).toBe('  ✓ app /, desktop FCP ≤ 1.2× Leaflet: 1.20× (600 ms / 500 ms)');
    expect(aims[1]).toMatch(/^ {2}✗ app \/, desktop LCP/);
    expect(aims[4]).toMatch(/TBT.*: app 0 ms, embed 0 ms, Leaflet page 100 ms$/);
  });

  it('lists the problems of each run by preset, page and run number', () => {
    const withProblems = [
      run('app', 'desktop', 1, 1),
      { ...run('app', 'desktop', 1, 1), problems: ['NO_LCP: x'] },
    ];
    expect(renderLhProblems(withProblems)).toBe('  desktop app / run 2: NO_LCP: x');
    expect(renderLhProblems(runs)).toBe('  none');
  });
});
