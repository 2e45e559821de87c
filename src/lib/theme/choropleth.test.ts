import { describe, expect, it } from 'vitest';
import { choroplethClasses, choroplethFill, choroplethLabels } from './choropleth.ts';
import { COLOURS } from './palette.ts';

describe('choropleth classes', () => {
  it.each([
    [0, [0], ['0']],
    [1, [0, 1], ['0', '1']],
    [3, [0, 1, 2, 3], ['0', '1', '2', '3']],
    [9, [0, 1, 3, 5, 7, 9], ['0', '1–2', '3–4', '5–6', '7–8', '9']],
    [13, [0, 1, 4, 7, 10, 13], ['0', '1–3', '4–6', '7–9', '10–12', '13']],
  ])('max %d → thresholds %j', (max, thresholds, labels) => {
    const classes = choroplethClasses(max);
    expect(classes.thresholds).toEqual(thresholds);
    expect(classes.colours).toHaveLength(thresholds.length);
    expect(classes.colours[0]).toBe(COLOURS.zero);
    expect(choroplethLabels(classes, max)).toEqual(labels);
  });

  it('uses distinct colours', () => {
    const { colours } = choroplethClasses(13);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('builds a step expression on the count feature-state', () => {
    expect(choroplethFill(choroplethClasses(2))).toEqual([
      'step',
      ['coalesce', ['feature-state', 'count'], 0],
      COLOURS.zero,
      1,
      expect.any(String),
      2,
      expect.any(String),
    ]);
  });
});
