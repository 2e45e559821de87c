// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import '../testing/resizeObserver.ts';
import type { SectorId } from '../model/types.ts';
import SectorChart from './SectorChart.svelte';
import { sectorRows, type SectorRow } from './bars.ts';

const livret = new Map<SectorId, number>([
  ['energie', 10],
  ['tourisme', 12],
  ['mobilite', 13],
]);
const shown = new Map<SectorId, number>([
  ['energie', 5],
  ['tourisme', 3],
]);

function setup(selected: SectorId[] = [], highlighted: SectorId | null = null) {
  const ontoggle = vi.fn();
  const onhover = vi.fn();
  const rows = sectorRows(shown, livret, selected, (id) => `Groupe ${id}`);
  const result = render(SectorChart, {
    rows,
    highlighted,
    title: 'Campus par groupe sectoriel',
    hint: 'Barre pleine : sur la carte',
    spokenCounts: (row: SectorRow) => `${row.shown} sur la carte, ${row.livret} dans le livret`,
    ontoggle,
    onhover,
  });
  return { ...result, ontoggle, onhover };
}

describe('SectorChart', () => {
  it('draws one bar per group, named by its visible label then its counts in words', () => {
    setup();
    expect(screen.getAllByRole('button')).toHaveLength(11);
    const energie = screen.getByRole('button', {
      name: 'Groupe energie, 5 sur la carte, 10 dans le livret',
    });
    // No aria-label: the name is the visible text (WCAG 2.5.3), the « 5 / 10 » shown but not read.
    expect(energie.hasAttribute('aria-label')).toBe(false);
    expect(energie.querySelector('[aria-hidden="true"].numbers')!.textContent).toBe('5 / 10');
  });

  it('scales the bars: the largest count spans the width, a group twice as big is twice as long', () => {
    const { container } = setup();
    const width = (sector: string, cls: string) =>
      Number(container.querySelector(`[data-sector="${sector}"] rect.${cls}`)!.getAttribute('width'));
    expect(width('mobilite', 'livret')).toBeCloseTo(239, 0);
    expect(width('energie', 'shown')).toBeCloseTo(width('energie', 'livret') / 2, 6);
    expect(width('numerique', 'shown')).toBe(0);
  });

  it('marks the filtered groups as pressed and the others as off the map', () => {
    const { container } = setup(['energie']);
    expect(container.querySelector('[data-sector="energie"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('[data-sector="tourisme"]')!.getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('[data-sector="tourisme"]')!.classList.contains('inactive')).toBe(true);
  });

  it('presses nothing when no group is filtered', () => {
    const { container } = setup();
    expect(container.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0);
  });

  it('highlights the group hovered elsewhere (a map point)', () => {
    const { container } = setup([], 'tourisme');
    expect(container.querySelector('[data-sector="tourisme"]')!.classList.contains('hot')).toBe(true);
    expect(container.querySelectorAll('.hot')).toHaveLength(1);
  });

  it('filters on click and reports hover and focus', async () => {
    const { container, ontoggle, onhover } = setup();
    const row = container.querySelector('[data-sector="tourisme"]')!;
    await fireEvent.click(row);
    expect(ontoggle).toHaveBeenCalledWith('tourisme');
    await fireEvent.pointerEnter(row);
    expect(onhover).toHaveBeenLastCalledWith('tourisme');
    await fireEvent.pointerLeave(row);
    expect(onhover).toHaveBeenLastCalledWith(null);
    await fireEvent.focus(row);
    expect(onhover).toHaveBeenLastCalledWith('tourisme');
  });

  it('renders labels as text, never as HTML', () => {
    const rows = sectorRows(shown, livret, [], () => '<img src=x onerror=alert(1)>');
    const { container } = render(SectorChart, {
      rows,
      highlighted: null,
      title: 't',
      hint: 'h',
      spokenCounts: () => 'd',
      ontoggle: () => {},
      onhover: () => {},
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
