/** The two explorer charts as files: their rows, title, what is shown, and the source line. */
import { areaBars, sectorBars, type AreaRow, type SectorRow } from '../charts/bars.ts';
import type { Explorer } from '../state/explorer.svelte.ts';
import type { ChartFile } from './chartSvg.ts';
import { sourceLine } from './exportNames.ts';

export function sectorChartFile(explorer: Explorer, rows: readonly SectorRow[], now = new Date()): ChartFile {
  const t = explorer.t;
  return {
    title: t('charts.sectors'),
    subtitle: `${explorer.summary} — ${t('charts.sectorsHint')}`,
    footer: sourceLine(explorer, now),
    data: sectorBars(rows),
  };
}

export function areaChartFile(
  explorer: Explorer,
  rows: readonly AreaRow[],
  title: string,
  now = new Date(),
): ChartFile {
  return {
    title,
    subtitle: explorer.summary,
    footer: sourceLine(explorer, now),
    data: areaBars(rows),
    shape: 'inline',
  };
}
