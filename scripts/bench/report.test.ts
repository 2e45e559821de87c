import { describe, expect, it } from 'vitest';
import { renderBytes, renderFigures, renderProblems, renderTable, renderTargets } from './report.ts';
import type { BytesReport, RunResult } from './types.ts';

const result = (
  page: RunResult['page'],
  dataset: RunResult['dataset'],
  v: number,
  problems: string[] = [],
) => ({
  page,
  dataset,
  fmp: v,
  idle: page === 'leaflet' ? null : v,
  filterFrame: v / 10,
  filterIdle: page === 'leaflet' ? null : v / 10,
  taskMs: v / 100,
  scriptMs: v / 200,
  layoutMs: v / 400,
  problems,
});

const bytes: BytesReport = {
  appJs: [{ name: 'index.js', raw: 30_000, gzip: 12_000 }],
  maplibre: [{ name: 'maplibre.js', raw: 1_000_000, gzip: 280_000 }],
  worker: [],
  css: [{ name: 'app.css', raw: 10_000, gzip: 3_000 }],
  fonts: [],
  otherBuildJs: [],
  datasets: [{ label: '29', files: [{ name: 'campus.geojson', raw: 6_000, gzip: 1_500 }] }],
  reference: [{ name: 'leaflet.js', raw: 147_000, gzip: 42_000 }],
};

const labels = { livret: '29', large: '10 000' };

describe('renderTable', () => {
  it('pads columns to their widest cell and right-aligns the numeric ones', () => {
    const text = renderTable(
      ['a', 'n'],
      [
        ['x', '1'],
        ['long', '100'],
      ],
      [1],
    );
    expect(text.split('\n')).toEqual(['a       n', '────  ───', 'x       1', 'long  100']);
  });
});

describe('the report', () => {
  const results = [
    result('app', 'livret', 300),
    result('maplibre', 'livret', 200),
    result('leaflet', 'livret', 100),
  ];

  it('prints every figure for both datasets, n/a where a page has no such figure', () => {
    const text = renderFigures(results, 1, labels);
    const paint = text.split('\n').find((l) => l.includes('first meaningful paint') && l.includes(' 29 '))!;
    expect(paint).toContain('300 (300–300)');
    expect(paint).toContain('3.00×');
    expect(paint).toContain('✗');
    const idle = text.split('\n').find((l) => l.includes('navigation → map idle') && l.includes(' 29 '))!;
    expect(idle).toContain('n/a');
    // No run on the large dataset: dashes, and no verdict can be given.
    const large = text.split('\n').find((l) => l.includes('first meaningful paint') && l.includes('10 000'))!;
    expect(large).toContain('—');
    expect(large).toContain('?');
  });

  it('prints the byte groups with their gzip sizes and the JS target', () => {
    const text = renderBytes(bytes);
    expect(text).toContain('12.0 kB');
    expect(text).toContain('app JS at start ≤ 60 kB gzip ✓ (12.0 kB): index.js 12.0 kB');
    expect(text).toContain('none: local system fonts');
    expect(text).toContain('campus.geojson 1.5 kB');
  });

  it("prints <campus-map>'s first step with its budget, only when the build has the element", () => {
    expect(renderBytes(bytes)).not.toContain('<campus-map>');
    const first = [
      { name: 'campus-map.js', raw: 200, gzip: 180 },
      { name: 'assets/campus-map-first-a.js', raw: 210_000, gzip: 68_000 },
    ];
    const row = (files: typeof first) =>
      renderBytes({ ...bytes, elementFirstStep: files })
        .split('\n')
        .find((l) => l.includes('<campus-map> JS before it paints'))!;
    expect(row(first)).toContain('68.2 kB');
    expect(row(first)).toContain('campus-map.js 0.2 kB + assets/campus-map-first-a.js 68.0 kB');
    expect(row(first)).toContain('target ≤ 100 kB ✓');
    expect(row([{ name: 'campus-map.js', raw: 1_448_000, gzip: 392_000 }])).toContain('target ≤ 100 kB ✗');
  });

  it('lists the targets with their verdicts', () => {
    const text = renderTargets(results, bytes, labels);
    expect(text).toContain('✗  first meaningful paint, 29 Campus');
    expect(text).toContain('✓  app JS at start, beside MapLibre (gzip)');
  });

  it('counts each problem once per page and dataset', () => {
    expect(renderProblems(results)).toBe('no problem reported by any run');
    const failing = [result('app', 'large', 1, ['timeout']), result('app', 'large', 1, ['timeout'])];
    expect(renderProblems(failing)).toBe('  app / large: timeout (×2)');
  });
});
