import { describe, expect, it } from 'vitest';
import { panelAfterSheet } from './sheetPanel.ts';

describe('panelAfterSheet', () => {
  it.each([
    ['the list sheet closes', 'side', null, 'list', 'filters'],
    ['the practices sheet closes', 'side', null, 'practices', 'filters'],
    ['the charts sheet closes', 'charts', null, 'list', 'filters'],
    ['a sheet opens', null, 'side', 'list', 'list'],
    ['one sheet replaces another', 'side', 'charts', 'practices', 'practices'],
    ['the map stays the map (desktop: no sheet ever)', null, null, 'list', 'list'],
  ] as const)('%s', (_, before, after, panel, expected) => {
    expect(panelAfterSheet(before, after, panel)).toBe(expected);
  });
});
