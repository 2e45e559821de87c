import { describe, expect, it } from 'vitest';
import { closestPairs, deltaE, simulate } from './colourVision.ts';
import { SECTOR_COLOURS, SECTOR_LETTERS } from './palette.ts';

describe('simulate', () => {
  it.each([
    ['#ffffff', 'deuteranopia', '#ffffff'],
    ['#000000', 'protanopia', '#000000'],
    ['#808080', 'tritanopia', '#808080'],
  ] as const)('keeps greys grey: %s under %s', (hex, d, expected) => expect(simulate(hex, d)).toBe(expected));

  it('merges red and green for a deuteranope', () => {
    expect(deltaE('#d62728', '#2ca02c')).toBeGreaterThan(60);
    expect(deltaE(simulate('#d62728', 'deuteranopia'), simulate('#2ca02c', 'deuteranopia'))).toBeLessThan(25);
  });
});

describe('the eleven sector colours', () => {
  it('are far apart for normal vision (ΔE ≥ 20)', () => {
    expect(closestPairs(SECTOR_COLOURS, 'normal')[0]!.deltaE).toBeGreaterThanOrEqual(20);
  });

  // Reviewed: the only pair under ΔE 10 with a colour-vision deficiency. The letters tell them apart.
  const KNOWN_CLOSE = ['protanopia:agroalimentaire/services-logistique'];

  it.each(['protanopia', 'deuteranopia', 'tritanopia'] as const)(
    'stay distinguishable with %s, or differ by their letter',
    (deficiency) => {
      const pairs = closestPairs(SECTOR_COLOURS, deficiency);
      expect(pairs[0]!.deltaE).toBeGreaterThanOrEqual(7);
      const close = pairs.filter((p) => p.deltaE < 10);
      for (const p of close) {
        expect(KNOWN_CLOSE).toContain(`${deficiency}:${p.a}/${p.b}`);
        expect(SECTOR_LETTERS[p.a as keyof typeof SECTOR_LETTERS]).not.toBe(
          SECTOR_LETTERS[p.b as keyof typeof SECTOR_LETTERS],
        );
      }
    },
  );
});
