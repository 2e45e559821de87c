import { describe, expect, it } from 'vitest';
import {
  keyTarget,
  pageRows,
  renderedRows,
  revealScrollTop,
  rowWindow,
  type WindowInput,
} from './virtualWindow.ts';

const base: WindowInput = { count: 10_000, rowHeight: 50, viewTop: 0, viewHeight: 500, overscan: 5 };

describe('rowWindow', () => {
  it.each<[string, Partial<WindowInput>, { start: number; end: number; firstVisible: number }]>([
    ['at the top: the visible rows and the overscan below', {}, { start: 0, end: 15, firstVisible: 0 }],
    ['scrolled: overscan on both sides', { viewTop: 5000 }, { start: 95, end: 115, firstVisible: 100 }],
    ['a row cut at the top counts as visible', { viewTop: 5025 }, { start: 95, end: 116, firstVisible: 100 }],
    [
      'at the end: clamped to the last row',
      { viewTop: 499_800 },
      { start: 9991, end: 10_000, firstVisible: 9996 },
    ],
    ['list starting below the top of the view', { viewTop: -200 }, { start: 0, end: 11, firstVisible: 0 }],
    ['list below the view: the overscan only', { viewTop: -900 }, { start: 0, end: 6, firstVisible: 0 }],
    [
      'list scrolled past: the last rows',
      { viewTop: 600_000 },
      { start: 9994, end: 10_000, firstVisible: 9999 },
    ],
    ['fewer rows than the view holds', { count: 3 }, { start: 0, end: 3, firstVisible: 0 }],
    ['no row', { count: 0 }, { start: 0, end: 0, firstVisible: 0 }],
    ['row height not measured yet', { rowHeight: 0 }, { start: 0, end: 0, firstVisible: 0 }],
    ['a view of no height still renders a row', { viewHeight: 0 }, { start: 0, end: 6, firstVisible: 0 }],
  ])('%s', (_name, input, expected) => {
    expect(rowWindow({ ...base, ...input })).toEqual(expected);
  });

  it('renders a bounded number of rows whatever the list length', () => {
    for (const count of [100, 10_000, 1_000_000]) {
      const { start, end } = rowWindow({ ...base, count, viewTop: (count * 50) / 2 });
      expect(end - start).toBe(20);
    }
  });
});

describe('renderedRows', () => {
  const window = { start: 10, end: 14, firstVisible: 12 };
  it.each<[string, number | null, number[]]>([
    ['the window alone', null, [10, 11, 12, 13]],
    ['a kept row inside the window is not repeated', 12, [10, 11, 12, 13]],
    ['a kept row above the window comes first', 2, [2, 10, 11, 12, 13]],
    ['a kept row below the window comes last', 400, [10, 11, 12, 13, 400]],
    ['no kept row for -1 (an empty list)', -1, [10, 11, 12, 13]],
  ])('%s', (_name, keep, expected) => {
    expect(renderedRows(window, keep)).toEqual(expected);
  });
});

describe('pageRows', () => {
  it.each([
    [500, 50, 9],
    [520, 50, 9],
    [60, 50, 1],
    [500, 0, 1],
  ])('a view of %d px with rows of %d px pages by %d rows', (view, row, expected) => {
    expect(pageRows(view, row)).toBe(expected);
  });
});

describe('keyTarget', () => {
  it.each<[string, number, number | null]>([
    ['ArrowDown', 4, 5],
    ['ArrowUp', 4, 3],
    ['ArrowDown', 99, 99],
    ['ArrowUp', 0, 0],
    ['Home', 42, 0],
    ['End', 42, 99],
    ['PageDown', 42, 51],
    ['PageUp', 42, 33],
    ['PageDown', 95, 99],
    ['PageUp', 3, 0],
    ['Enter', 4, null],
    ['ArrowLeft', 4, null],
  ])('%s from row %d goes to %s', (key, from, expected) => {
    expect(keyTarget(key, from, 100, 9)).toBe(expected);
  });

  it('moves nowhere in an empty list', () => {
    expect(keyTarget('ArrowDown', 0, 0, 9)).toBeNull();
  });
});

describe('revealScrollTop', () => {
  const view = { scrollTop: 1000, viewHeight: 400, insetTop: 40 };
  it.each<[string, number, number, number]>([
    ['a row in view: no scroll', 1100, 1150, 1000],
    ['a row above: its top just below the sticky inset', 700, 750, 660],
    ['a row under the sticky inset counts as hidden', 1010, 1060, 970],
    ['a row below: its bottom at the bottom of the view', 1500, 1550, 1150],
    ['a row cut at the bottom', 1380, 1430, 1030],
    ['never above the top', 10, 60, 0],
  ])('%s', (_name, rowTop, rowBottom, expected) => {
    expect(revealScrollTop({ ...view, rowTop, rowBottom })).toBe(expected);
  });

  it('shows the top of a row taller than the view', () => {
    expect(revealScrollTop({ ...view, rowTop: 2000, rowBottom: 2600 })).toBe(1960);
  });
});
