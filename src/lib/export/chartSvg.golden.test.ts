/**
 * Golden files of the two chart files people download (SVG; the PNG is drawn from it): the sector
 * groups (stacked, with the livret's counts as outlines) and the régions (inline), from fixed counts.
 * A change to the layout, a colour or the text shows in the diff of `__golden__/*.svg` and is
 * accepted on purpose, as the pipeline's output and the map style are:
 *
 *   npx vitest run src/lib/export/chartSvg.golden.test.ts --update
 *
 * Coordinates are rounded to 0.01 px so that a change in the last float digit is not a change.
 */
import { describe, expect, it } from 'vitest';
import { areaBars, areaRows, sectorBars, sectorRows } from '../charts/bars.ts';
import { REGIONS } from '../geo/regions.ts';
import type { SectorId } from '../model/types.ts';
import { SECTORS } from '../testing/fixtures.ts';
import { barChartSvg } from './chartSvg.ts';

const round = (svg: string) =>
  svg.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));

const livret = new Map<SectorId, number>(SECTORS.map((s, i) => [s.id, 4 + i]));
const shown = new Map<SectorId, number>(SECTORS.map((s, i) => [s.id, i % 3 === 0 ? 0 : 1 + (i % 4)]));
const label = (id: SectorId) => SECTORS.find((s) => s.id === id)?.label_fr ?? id;

describe('chart files golden', () => {
  it('sector groups: matches __golden__/sector-chart.svg', async () => {
    const { svg } = barChartSvg({
      title: 'Campus par groupe sectoriel',
      subtitle: '29 Campus · 2 groupes choisis',
      footer: 'Source : livret des bonnes pratiques · 01/12/2026',
      data: sectorBars(sectorRows(shown, livret, ['energie', 'mobilite'], label)),
      shape: 'stacked',
    });
    await expect(round(svg)).toMatchFileSnapshot('./__golden__/sector-chart.svg');
  });

  it('régions: matches __golden__/area-chart.svg', async () => {
    const counts = new Map(REGIONS.map((r, i) => [r.code, (i * 7) % 5]));
    const names = new Map(REGIONS.map((r) => [r.code, r.name]));
    const { svg } = barChartSvg({
      title: 'Campus par région',
      footer: 'Source : livret des bonnes pratiques · 01/12/2026',
      data: areaBars(areaRows(counts, (code) => names.get(code)!, null)),
      shape: 'inline',
    });
    await expect(round(svg)).toMatchFileSnapshot('./__golden__/area-chart.svg');
  });
});
