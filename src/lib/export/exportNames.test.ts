import { describe, expect, it } from 'vitest';
import { displayDate, exportFilename, isoDate } from './exportNames.ts';
import { slideLegend } from './slideLegend.ts';
import { makeCampus } from '../testing/fixtures.ts';

describe('export names', () => {
  const date = new Date(2026, 10, 9, 23, 30); // 9 November 2026, late evening, local time

  it('dates files by the local calendar day', () => {
    expect(isoDate(date)).toBe('2026-11-09');
    expect(exportFilename('carte', 'png', date)).toBe('campus-carte-2026-11-09.png');
  });

  it('writes the date the way each language does', () => {
    expect(displayDate('fr', date)).toBe('09/11/2026');
    expect(displayDate('en', date)).toBe('9 November 2026');
  });
});

describe('slideLegend', () => {
  it('lists the sector groups on the map once each, in livret order', () => {
    const shown = [
      makeCampus('a', { sector: 'tourisme' }),
      makeCampus('b', { sector: 'agroalimentaire' }),
      makeCampus('c', { sector: 'tourisme' }),
    ];
    expect(slideLegend(shown, (id) => id.toUpperCase())).toEqual([
      { sector: 'agroalimentaire', label: 'AGROALIMENTAIRE', colour: '#999933', letter: 'A' },
      { sector: 'tourisme', label: 'TOURISME', colour: '#ddcc77', letter: 'G' },
    ]);
  });
});
