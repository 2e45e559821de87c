import { describe, expect, it } from 'vitest';
import type { SectorId } from '../model/types.ts';
import { areaRows, barScale, sectorRows } from './bars.ts';

describe('sectorRows', () => {
  const shown = new Map<SectorId, number>([
    ['energie', 3],
    ['tourisme', 1],
  ]);
  const livret = new Map<SectorId, number>([
    ['energie', 10],
    ['tourisme', 12],
  ]);

  it('has the eleven groups in livret order with both counts', () => {
    const rows = sectorRows(shown, livret, [], (id) => id.toUpperCase());
    expect(rows).toHaveLength(11);
    expect(rows.at(-1)).toEqual({
      id: 'energie',
      label: 'ENERGIE',
      livret: 10,
      shown: 3,
      active: true,
      chosen: false,
    });
    expect(rows[0]).toMatchObject({ id: 'agroalimentaire', livret: 0, shown: 0 });
  });

  it.each<[SectorId[], SectorId, boolean, boolean]>([
    [[], 'tourisme', true, false],
    [['energie'], 'energie', true, true],
    [['energie'], 'tourisme', false, false],
  ])('with %j selected, %s is active: %s, chosen: %s', (selected, id, active, chosen) => {
    const row = sectorRows(shown, livret, selected, String).find((r) => r.id === id);
    expect(row).toMatchObject({ active, chosen });
  });
});

describe('areaRows', () => {
  const names: Record<string, string> = {
    '75': 'Nouvelle-Aquitaine',
    '28': 'Normandie',
    '11': 'Île-de-France',
    '53': 'Bretagne',
  };
  it('sorts by count, then by name, keeping empty areas', () => {
    const counts = new Map([
      ['11', 0],
      ['28', 2],
      ['75', 5],
      ['53', 2],
    ]);
    expect(areaRows(counts, (c) => names[c]!, '28')).toEqual([
      { code: '75', name: 'Nouvelle-Aquitaine', count: 5, selected: false },
      { code: '53', name: 'Bretagne', count: 2, selected: false },
      { code: '28', name: 'Normandie', count: 2, selected: true },
      { code: '11', name: 'Île-de-France', count: 0, selected: false },
    ]);
  });
});

describe('barScale', () => {
  it.each([
    [[0, 5, 10], 200, 5, 100],
    [[0, 0], 200, 0, 0],
    [[13], 130, 13, 130],
    [[4], -5, 4, 0],
  ])('values %j on %d px: %d → %d px', (values, width, value, px) => {
    expect(barScale(values, width)(value)).toBeCloseTo(px, 6);
  });
});
