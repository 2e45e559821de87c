// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import '../testing/resizeObserver.ts';
import AreaChart from './AreaChart.svelte';
import { areaRows, type AreaRow } from './bars.ts';

const NAMES: Record<string, string> = {
  '84': 'Auvergne-Rhône-Alpes',
  '75': 'Nouvelle-Aquitaine',
  '53': 'Bretagne',
};
const counts = new Map([
  ['53', 1],
  ['84', 9],
  ['75', 0],
]);

function setup(selected: string | null = null, highlighted: string | null = null) {
  const onselect = vi.fn();
  const onhover = vi.fn();
  const result = render(AreaChart, {
    rows: areaRows(counts, (code) => NAMES[code]!, selected),
    highlighted,
    title: 'Campus par région',
    describe: (row: AreaRow) => `${row.name} : ${row.count} Campus`,
    onselect,
    onhover,
  });
  return { ...result, onselect, onhover };
}

describe('AreaChart', () => {
  it('lists the areas by count, largest first, with their counts', () => {
    setup();
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Auvergne-Rhône-Alpes : 9 Campus',
      'Bretagne : 1 Campus',
      'Nouvelle-Aquitaine : 0 Campus',
    ]);
  });

  it('gives the largest area the full width and an empty one none', () => {
    const { container } = setup();
    const width = (code: string) =>
      Number(container.querySelector(`[data-area="${code}"] rect`)!.getAttribute('width'));
    expect(width('84')).toBeCloseTo(159, 0);
    expect(width('53')).toBeCloseTo(159 / 9, 3);
    expect(width('75')).toBe(0);
  });

  it('marks the selected and the highlighted area', () => {
    const { container } = setup('53', '84');
    expect(container.querySelector('[data-area="53"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('[data-area="84"]')!.classList.contains('hot')).toBe(true);
  });

  it('selects on click and reports hover', async () => {
    const { container, onselect, onhover } = setup();
    const row = container.querySelector('[data-area="75"]')!;
    await fireEvent.click(row);
    expect(onselect).toHaveBeenCalledWith('75');
    await fireEvent.pointerEnter(row);
    expect(onhover).toHaveBeenLastCalledWith('75');
    await fireEvent.blur(row);
    expect(onhover).toHaveBeenLastCalledWith(null);
  });
});
