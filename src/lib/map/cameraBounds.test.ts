import { describe, expect, it } from 'vitest';
import { lockedBounds } from './cameraBounds.ts';

describe('lockedBounds', () => {
  it('adds the same margin on each side, a share of the larger side', () => {
    // 4° wide, 2° high: 0.5 × 4° = 2° on each side.
    expect(lockedBounds([0, 44, 4, 46], 0.5)).toEqual([-2, 42, 6, 48]);
  });

  it('stays within the world MapLibre can show', () => {
    // 9° wide: 9° on each side, cut at the antimeridian and at 85° N.
    expect(lockedBounds([170, 80, 179, 84], 1)).toEqual([161, 71, 180, 85]);
  });
});
