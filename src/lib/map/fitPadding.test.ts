import { describe, expect, it } from 'vitest';
import { addPadding, coverPadding, fitPadding } from './fitPadding.ts';

describe('fitPadding', () => {
  it('grows with the width between 8 and 40 px a side, with room for the controls', () => {
    expect(fitPadding(390)).toEqual({ top: 49, right: 41, bottom: 29, left: 13 });
    expect(fitPadding(100)).toEqual({ top: 44, right: 36, bottom: 24, left: 8 });
    expect(fitPadding(3000)).toEqual({ top: 76, right: 68, bottom: 56, left: 40 });
  });
});

describe('coverPadding', () => {
  const map = { left: 300, top: 100, right: 1050, bottom: 900 };

  it('docks a card on the left of a wide map to the left side', () => {
    expect(coverPadding(map, [{ left: 312, top: 148, right: 660, bottom: 860 }])).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 360,
    });
  });

  it('docks a phone’s bottom sheet to the bottom', () => {
    const phone = { left: 0, top: 130, right: 390, bottom: 790 };
    expect(coverPadding(phone, [{ left: 0, top: 400, right: 390, bottom: 790 }])).toEqual({
      top: 0,
      right: 0,
      bottom: 390,
      left: 0,
    });
  });

  it('ignores what does not cover the map, and keeps the larger of two on one side', () => {
    expect(
      coverPadding(map, [
        { left: 0, top: 0, right: 290, bottom: 900 },
        { left: 300, top: 200, right: 400, bottom: 800 },
        { left: 300, top: 200, right: 500, bottom: 700 },
      ]),
    ).toEqual({ top: 0, right: 0, bottom: 0, left: 200 });
  });

  it('adds to the fit padding', () => {
    expect(addPadding(fitPadding(390), { top: 0, right: 0, bottom: 300, left: 0 })).toEqual({
      top: 49,
      right: 41,
      bottom: 329,
      left: 13,
    });
  });
});
