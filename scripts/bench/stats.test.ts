import { describe, expect, it } from 'vitest';
import {
  formatKb,
  formatMs,
  formatRatio,
  formatSummary,
  frameStats,
  median,
  pad,
  percentile,
  summarize,
} from './stats.ts';

describe('median', () => {
  it.each([
    [[], Number.NaN],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7, 7, 1, 100, 7, 2, 9], 7],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('gives median, min, max and the count of finite values', () => {
    expect(summarize([30, 10, null, 20, Number.NaN, undefined])).toEqual({
      n: 3,
      median: 20,
      min: 10,
      max: 30,
    });
  });

  it('is null when no run produced the figure', () => {
    expect(summarize([null, null])).toBeNull();
    expect(summarize([])).toBeNull();
  });
});

describe('formatting', () => {
  it.each([
    [0.04, '0.0'],
    [3.14159, '3.1'],
    [9.96, '10.0'],
    [12.5, '13'],
    [1234.4, '1234'],
    [Number.NaN, '—'],
  ])('formatMs(%d) = %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it('prints a summary as median (min–max), and how many runs gave it when some failed', () => {
    expect(formatSummary({ n: 7, median: 412.2, min: 398, max: 455.6 }, 7)).toBe('412 (398–456)');
    expect(formatSummary({ n: 5, median: 2.25, min: 2, max: 30 }, 7)).toBe('2.3 (2.0–30) n=5/7');
    expect(formatSummary(null, 7)).toBe('—');
  });

  it('prints kilobytes of 1 000 bytes', () => {
    expect(formatKb(60_000)).toBe('60.0 kB');
    expect(formatKb(78_149)).toBe('78.1 kB');
  });

  it('prints ratios, or a dash when a side is missing', () => {
    expect(formatRatio(300, 200)).toBe('1.50×');
    expect(formatRatio(null, 200)).toBe('—');
    expect(formatRatio(300, 0)).toBe('—');
  });

  it('pads left or right by characters', () => {
    expect(pad('ab', 4)).toBe('ab  ');
    expect(pad('ab', 4, 'right')).toBe('  ab');
    expect(pad('abcdef', 4)).toBe('abcdef');
    expect(pad('✓', 2)).toBe('✓ ');
  });
});

describe('percentile', () => {
  it('takes the nearest rank, an interval that happened', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 0.95)).toBe(19);
    expect(percentile(twenty, 0.5)).toBe(10);
    expect(percentile(twenty, 1)).toBe(20);
    expect(percentile([42], 0.95)).toBe(42);
    expect(percentile([], 0.95)).toBeNaN();
  });

  it('does not depend on the order of its input', () => {
    expect(percentile([100, 16, 17, 16, 18, 16, 16, 16, 16, 16], 0.95)).toBe(100);
    expect(
      percentile([16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 90], 0.95),
    ).toBe(16);
  });
});

describe('frameStats', () => {
  it('gives the median, p95, worst frame and the frames over 50 ms', () => {
    const intervals = [...Array.from({ length: 17 }, () => 17), 51, 60, 200];
    expect(frameStats(intervals)).toEqual({ frames: 20, median: 17, p95: 60, worst: 200, over50: 3 });
  });

  it('counts a 50 ms frame as on time and leaves out what is not an interval', () => {
    expect(frameStats([50, 16, Number.NaN, -1])).toEqual({
      frames: 2,
      median: 33,
      p95: 50,
      worst: 50,
      over50: 0,
    });
    expect(frameStats([])).toBeNull();
  });
});
