import { describe, expect, it } from 'vitest';
import { fitPadding } from './fitPadding.ts';

describe('fitPadding', () => {
  it('grows with the width between 8 and 40 px a side, with room for the controls', () => {
    expect(fitPadding(390)).toEqual({ top: 49, right: 41, bottom: 29, left: 13 });
    expect(fitPadding(100)).toEqual({ top: 44, right: 36, bottom: 24, left: 8 });
    expect(fitPadding(3000)).toEqual({ top: 76, right: 68, bottom: 56, left: 40 });
  });
});
