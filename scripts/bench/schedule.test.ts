import { describe, expect, it } from 'vitest';
import { shouldStartRound } from './schedule.ts';

const plan = { min: 3, max: 7, budgetMs: 300_000 };

describe('shouldStartRound', () => {
  it.each([
    [0, 10_000, [], true], // always the minimum
    [2, 290_000, [100_000, 100_000], true], // the minimum, even over budget
    [3, 200_000, [60_000, 70_000, 65_000], true], // 200 + 70 ≤ 300
    [3, 240_000, [60_000, 70_000, 65_000], false], // 240 + 70 > 300
    [7, 10_000, [1_000], false], // never past the maximum
  ] as const)('after %d rounds at %d ms → %s', (done, elapsedMs, roundMs, expected) => {
    expect(shouldStartRound({ ...plan, done, elapsedMs, roundMs })).toBe(expected);
  });
});
