import { describe, expect, it } from 'vitest';
import { fitScale, MIN_STEP_SCALE, STEP_SCALE_PRECISION } from './fitScale.ts';

/** A step whose text is `height` px at full size, in a pane `room` px high (its height follows its type). */
const pane = (height: number, room: number) => (scale: number) => height * scale <= room;

describe('fitScale', () => {
  it.each<[string, number, number, number]>([
    ['fits at full size', 500, 800, 1],
    ['fits exactly', 800, 800, 1],
    ['a little too long', 894, 843, 843 / 894],
    ['much too long', 739, 550, 550 / 739],
  ])('%s', (_, height, room, expected) => {
    const scale = fitScale(pane(height, room));
    expect(scale).toBeLessThanOrEqual(expected + 1e-9);
    expect(scale).toBeGreaterThan(expected - STEP_SCALE_PRECISION);
  });

  it('stops at the smallest scale when even that does not fit', () => {
    expect(fitScale(pane(5000, 500))).toBe(MIN_STEP_SCALE);
  });

  it('tries full size first, and finds the scale in a few tries', () => {
    const tried: number[] = [];
    const scale = fitScale((s) => {
      tried.push(s);
      return s <= 0.7;
    });
    expect(scale).toBeLessThanOrEqual(0.7);
    expect(tried[0]).toBe(1);
    expect(tried.length).toBeLessThan(10);
  });
});
