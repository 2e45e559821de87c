import { describe, expect, it } from 'vitest';
import type { SectorId } from '../model/types.ts';
import { AREA_BAR_COLOUR } from '../theme/palette.ts';
import { areaListItems, scaledValues, sectorListItems } from './barListItems.ts';
import { areaRows, sectorRows } from './bars.ts';

describe('sectorListItems', () => {
  const rows = sectorRows(
    new Map<SectorId, number>([['energie', 2]]),
    new Map([['energie', 10]]),
    ['energie'],
    String,
  );

  it('keeps the bar data of the files and print, keyed by group, with the screen state', () => {
    const energie = sectorListItems(rows, (r) => `${r.shown}/${r.livret}`).find((i) => i.key === 'energie')!;
    expect(energie).toMatchObject({ value: 2, reference: 10, pressed: true, dimmed: false, spoken: '2/10' });
    expect(energie.letter).toBeTruthy();
  });

  it('dims the groups the sector rule leaves off the map', () => {
    const items = sectorListItems(rows, () => '');
    expect(items.filter((i) => i.dimmed)).toHaveLength(10);
    expect(items.filter((i) => i.pressed).map((i) => i.key)).toEqual(['energie']);
  });
});

describe('areaListItems', () => {
  it('keeps the order of the rows, presses the selected area and dims the empty ones', () => {
    const rows = areaRows(
      new Map([
        ['a', 0],
        ['b', 3],
      ]),
      (c) => c.toUpperCase(),
      'b',
    );
    const items = areaListItems(rows, (r) => `${r.count}`);
    expect(items.map((i) => [i.key, i.pressed, i.dimmed, i.colour])).toEqual([
      ['b', true, false, AREA_BAR_COLOUR],
      ['a', false, true, AREA_BAR_COLOUR],
    ]);
  });
});

describe('scaledValues', () => {
  it('holds the bars and the reference outlines', () => {
    expect(
      scaledValues([
        { key: 'x', label: 'x', value: 2, reference: 7, colour: '#000' },
        { key: 'y', label: 'y', value: 4, colour: '#000' },
      ]),
    ).toEqual([2, 7, 4]);
  });
});
