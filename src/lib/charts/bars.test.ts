import { describe, expect, it } from 'vitest';
import type { SectorId } from '../model/types.ts';
import { AREA_BAR_COLOUR } from '../theme/palette.ts';
import { makeCampus } from '../testing/fixtures.ts';
import {
  areaBars,
  areaListItems,
  areaRows,
  barChartLayout,
  barScale,
  fitText,
  scaledValues,
  sectorBars,
  sectorBarsOf,
  sectorListItems,
  sectorRows,
  wrapText,
  type BarDatum,
} from './bars.ts';

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

const DATA: BarDatum[] = [
  { key: 'a', label: 'Alpha', value: 10, reference: 20, colour: '#111111', letter: 'A' },
  { key: 'b', label: 'Beta', value: 5, reference: 4, colour: '#222222', letter: 'B' },
  { key: 'c', label: 'Gamma', value: 0, reference: 0, colour: '#333333', letter: 'C' },
];

describe('fitText', () => {
  it.each([
    ['short', 200, 10, 'short'],
    ['Mobilité, aéronautique, transports terrestres et maritimes', 120, 10, 'Mobilité, aéronautiq…'],
    ['abc', 4, 10, '…'],
  ])('fitText(%j, %d, %d) = %j', (text, width, size, expected) => {
    expect(fitText(text, width, size)).toBe(expected);
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines that fit, and ellipsises past the last line', () => {
    expect(wrapText('un deux trois quatre', 60, 10)).toEqual(['un deux', 'trois', 'quatre']);
    expect(wrapText('un deux trois quatre cinq six', 60, 10, 2)).toEqual(['un deux', 'trois qua…']);
    expect(wrapText('court', 100, 10)).toEqual(['court']);
  });
});

describe('barChartLayout', () => {
  it('stacked: one row per datum, the largest value spans the bar width, references as outlines', () => {
    const layout = barChartLayout(DATA, { width: 300, fontSize: 10 });
    expect(layout.rows.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = layout.rows as [
      (typeof layout.rows)[0],
      (typeof layout.rows)[0],
      (typeof layout.rows)[0],
    ];
    expect(a.referenceWidth).toBeCloseTo(300 - 1 - a.barX, 6);
    expect(a.barWidth).toBeCloseTo(a.referenceWidth! / 2, 6);
    expect(b.barWidth).toBeCloseTo(a.barWidth / 2, 6);
    expect(c.barWidth).toBe(0);
    expect(a.valueText).toBe('10 / 20');
    // Rows do not overlap and the height holds them all.
    expect(b.textY - a.textY).toBeGreaterThan(a.barHeight + 10);
    expect(layout.height).toBeGreaterThanOrEqual(c.barY + c.barHeight);
    // The letter disc sits before the label.
    expect(a.discX + a.discR).toBeLessThan(a.textX);
  });

  it('inline: labels on the left as wide as the longest, bars after them, values fit on the right', () => {
    const layout = barChartLayout(
      DATA.map(({ reference: _r, letter: _l, ...d }) => d),
      { width: 400, fontSize: 10, shape: 'inline', labelShare: 0.4 },
    );
    const [a] = layout.rows;
    expect(a!.barX).toBe(34); // « Gamma »: 5 characters, well under 40 % of the width
    const long = barChartLayout([{ ...DATA[0]!, label: 'x'.repeat(200) }], {
      width: 400,
      fontSize: 10,
      shape: 'inline',
      labelShare: 0.4,
    });
    expect(long.rows[0]!.barX).toBe(160);
    expect(long.rows[0]!.text.endsWith('…')).toBe(true);
    expect(a!.textX).toBe(0);
    expect(a!.valueText).toBe('10');
    expect(a!.barX + a!.barWidth).toBeLessThan(400 - 10);
    expect(a!.referenceWidth).toBeNull();
  });

  it('draws nothing for no data', () => {
    expect(barChartLayout([], { width: 100 })).toMatchObject({ height: 0, rows: [] });
  });
});

describe('bar data', () => {
  it('sector bars carry the sector colour, letter and livret count', () => {
    const rows = sectorRows(new Map([['energie', 3]]), new Map([['energie', 10]]), [], (id) => `G ${id}`);
    const energie = sectorBars(rows).find((b) => b.key === 'energie')!;
    expect(energie).toMatchObject({
      label: 'G energie',
      value: 3,
      reference: 10,
      letter: 'E',
      colour: '#117733',
    });
    expect(energie.letterInk).toBe('#ffffff');
  });

  it('area bars keep the order they are given', () => {
    const bars = areaBars([
      { code: '84', name: 'ARA', count: 9, selected: false },
      { code: '28', name: 'Normandie', count: 3, selected: true },
    ]);
    expect(bars.map((b) => [b.key, b.value])).toEqual([
      ['84', 9],
      ['28', 3],
    ]);
  });

  it('counts the sector groups of a set of Campus, largest first', () => {
    const campus = [
      makeCampus('a', { sector: 'tourisme' }),
      makeCampus('b', { sector: 'energie' }),
      makeCampus('c', { sector: 'energie' }),
    ];
    expect(sectorBarsOf(campus, (id) => id).map((b) => [b.key, b.value, b.letter])).toEqual([
      ['energie', 2, 'E'],
      ['tourisme', 1, 'G'],
    ]);
  });
});
