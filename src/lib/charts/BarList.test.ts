// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import '../testing/resizeObserver.ts';
import type { SectorId } from '../model/types.ts';
import BarList from './BarList.svelte';
import { areaListItems, areaRows, sectorListItems, sectorRows } from './bars.ts';

const livret = new Map<SectorId, number>([
  ['energie', 10],
  ['tourisme', 12],
  ['mobilite', 13],
]);
const shown = new Map<SectorId, number>([
  ['energie', 5],
  ['tourisme', 3],
]);
const NAMES: Record<string, string> = {
  '84': 'Auvergne-Rhône-Alpes',
  '75': 'Nouvelle-Aquitaine',
  '53': 'Bretagne',
};
const areaCounts = new Map([
  ['53', 1],
  ['84', 9],
  ['75', 0],
]);

function sectorList(
  selected: SectorId[] = [],
  highlighted: SectorId | null = null,
  label = (id: string) => `Groupe ${id}`,
) {
  const onpick = vi.fn();
  const onhover = vi.fn();
  const items = sectorListItems(
    sectorRows(shown, livret, selected, label),
    (row) => `${row.shown} sur la carte, ${row.livret} dans le livret`,
  );
  const result = render(BarList<SectorId>, {
    items,
    shape: 'stacked',
    kind: 'sector',
    highlighted,
    title: 'Campus par groupe sectoriel',
    hint: 'Barre pleine : sur la carte',
    onpick,
    onhover,
  });
  return { ...result, onpick, onhover };
}

function areaList(selected: string | null = null, highlighted: string | null = null) {
  const onpick = vi.fn();
  const onhover = vi.fn();
  const items = areaListItems(
    areaRows(areaCounts, (code) => NAMES[code]!, selected),
    (row) => `${row.count} Campus`,
  );
  const result = render(BarList<string>, {
    items,
    shape: 'inline',
    kind: 'area',
    highlighted,
    title: 'Campus par région',
    onpick,
    onhover,
  });
  return { ...result, onpick, onhover };
}

const widthOf = (container: Element, selector: string) =>
  Number(container.querySelector(selector)!.getAttribute('width'));

describe('BarList of sector groups (stacked)', () => {
  it('draws one button per group, named by its visible label then its counts in words', () => {
    sectorList();
    expect(screen.getAllByRole('button')).toHaveLength(11);
    const energie = screen.getByRole('button', { name: 'Groupe energie, 5 sur la carte, 10 dans le livret' });
    // No aria-label: the name is the visible text (WCAG 2.5.3), the « 5 / 10 » shown but not read.
    expect(energie.hasAttribute('aria-label')).toBe(false);
    expect(energie.querySelector('[aria-hidden="true"].count')!.textContent).toBe('5\u00a0/ 10');
  });

  it('scales the bars: the largest count spans the width, a group twice as big is twice as long', () => {
    const { container } = sectorList();
    expect(widthOf(container, '[data-sector="mobilite"] rect.reference')).toBeCloseTo(239, 0);
    expect(widthOf(container, '[data-sector="energie"] rect.value')).toBeCloseTo(
      widthOf(container, '[data-sector="energie"] rect.reference') / 2,
      6,
    );
    expect(widthOf(container, '[data-sector="numerique"] rect.value')).toBe(0);
  });

  it('presses the chosen groups and dims the others; presses nothing when none is chosen', () => {
    const { container, unmount } = sectorList(['energie']);
    expect(container.querySelector('[data-sector="energie"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('[data-sector="tourisme"]')!.getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('[data-sector="tourisme"]')!.classList.contains('inactive')).toBe(true);
    unmount();
    const none = sectorList();
    expect(none.container.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0);
    expect(none.container.querySelectorAll('.inactive')).toHaveLength(0);
  });

  it('highlights the group hovered elsewhere (a map point, the legend)', () => {
    const { container } = sectorList([], 'tourisme');
    expect(container.querySelector('[data-sector="tourisme"]')!.classList.contains('hot')).toBe(true);
    expect(container.querySelectorAll('.hot')).toHaveLength(1);
  });

  it('filters on click and reports hover and focus', async () => {
    const { container, onpick, onhover } = sectorList();
    const row = container.querySelector('[data-sector="tourisme"]')!;
    await fireEvent.click(row);
    expect(onpick).toHaveBeenCalledWith('tourisme');
    await fireEvent.pointerEnter(row);
    expect(onhover).toHaveBeenLastCalledWith('tourisme');
    await fireEvent.pointerLeave(row);
    expect(onhover).toHaveBeenLastCalledWith(null);
    await fireEvent.focus(row);
    expect(onhover).toHaveBeenLastCalledWith('tourisme');
  });

  it('renders labels as text, never as HTML', () => {
    const { container } = sectorList([], null, () => '<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('BarList of areas (inline)', () => {
  it('lists the areas by count, largest first, each named by its label and its count', () => {
    areaList();
    expect(screen.getAllByRole('button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Auvergne-Rhône-Alpes, 9 Campus 9',
      'Bretagne, 1 Campus 1',
      'Nouvelle-Aquitaine, 0 Campus 0',
    ]);
    expect(screen.getByRole('button', { name: 'Bretagne, 1 Campus' })).toBeTruthy();
  });

  it('gives the largest area the full width and an empty one none, dimmed', () => {
    const { container } = areaList();
    expect(widthOf(container, '[data-area="84"] rect.value')).toBeCloseTo(159, 0);
    expect(widthOf(container, '[data-area="53"] rect.value')).toBeCloseTo(159 / 9, 3);
    expect(widthOf(container, '[data-area="75"] rect.value')).toBe(0);
    expect(container.querySelector('[data-area="75"]')!.classList.contains('inactive')).toBe(true);
    expect(container.querySelectorAll('rect.reference')).toHaveLength(0);
  });

  it('marks the selected and the highlighted area, drawn in the accent colour', () => {
    const { container } = areaList('53', '84');
    expect(container.querySelector('[data-area="53"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('[data-area="84"]')!.classList.contains('hot')).toBe(true);
    const fill = (code: string) =>
      (container.querySelector(`[data-area="${code}"] rect.value`) as SVGRectElement).style.fill;
    expect(fill('84')).toBe('var(--accent)');
    expect(fill('75')).not.toBe('var(--accent)');
  });

  it('selects on click and reports hover', async () => {
    const { container, onpick, onhover } = areaList();
    const row = container.querySelector('[data-area="75"]')!;
    await fireEvent.click(row);
    expect(onpick).toHaveBeenCalledWith('75');
    await fireEvent.pointerEnter(row);
    expect(onhover).toHaveBeenLastCalledWith('75');
    await fireEvent.blur(row);
    expect(onhover).toHaveBeenLastCalledWith(null);
  });
});
