import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '../model/types.ts';
import { COLOURS, SECTOR_COLOURS, SECTOR_LETTERS, contrastRatio, letterColour } from './palette.ts';

describe('sector palette and letters', () => {
  it('has a distinct colour and a distinct letter for each of the eleven groups', () => {
    expect(new Set(SECTOR_IDS.map((id) => SECTOR_COLOURS[id])).size).toBe(11);
    expect(new Set(SECTOR_IDS.map((id) => SECTOR_LETTERS[id])).size).toBe(11);
  });

  it.each(SECTOR_IDS)('the letter of %s reads on its disc (contrast ≥ 3)', (id) => {
    const colour = SECTOR_COLOURS[id];
    expect(contrastRatio(colour, letterColour(colour))).toBeGreaterThanOrEqual(3);
  });
});

describe('letterColour and contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff'],
    ['#332288', '#ffffff'],
    ['#ddcc77', COLOURS.ink],
    ['#88ccee', COLOURS.ink],
  ])('on %s, letters are %s', (background, expected) => {
    expect(letterColour(background)).toBe(expected);
  });

  it('gives 21 for black on white and 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
