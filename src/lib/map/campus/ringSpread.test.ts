import { describe, expect, it } from 'vitest';
import { MAX_SPREAD, SYMBOL, ringRadius, slotAngle, slotOffset } from './ringSpread.ts';

describe('slotOffset', () => {
  it('puts the first member at the top and goes clockwise', () => {
    const r = ringRadius(3);
    expect(slotOffset(0, 3)).toEqual([0, -Math.round(r * 100) / 100]);
    expect(slotOffset(1, 3)[0]).toBeGreaterThan(0);
    expect(slotOffset(2, 3)[0]).toBeLessThan(0);
  });

  it('leaves at least a symbol between the centres of two neighbours', () => {
    for (let n = 2; n <= MAX_SPREAD; n++) {
      const [ax, ay] = slotOffset(0, n);
      const [bx, by] = slotOffset(1, n);
      expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThanOrEqual(SYMBOL);
    }
  });
});

describe('ringRadius', () => {
  it('is 0 for a Campus alone, and never closer to the hub than 0.6 symbol', () => {
    expect(ringRadius(1)).toBe(0);
    expect(ringRadius(2)).toBeGreaterThanOrEqual(SYMBOL * 0.6);
  });

  it('grows with the Campus it spreads, so their chord stays a symbol and a gap', () => {
    for (let n = 3; n < MAX_SPREAD; n++) expect(ringRadius(n + 1)).toBeGreaterThan(ringRadius(n));
  });
});

describe('slotAngle', () => {
  it('spreads the slots evenly from the top', () => {
    expect(slotAngle(0, 4)).toBe(0);
    expect(slotAngle(1, 4)).toBeCloseTo(Math.PI / 2, 12);
    expect(slotAngle(3, 4)).toBeCloseTo((3 * Math.PI) / 2, 12);
  });
});
