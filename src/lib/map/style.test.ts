import { describe, expect, it } from 'vitest';
import { COLOURS } from './palette.ts';
import {
  allCampusIconIds,
  baseStyle,
  campusIconId,
  clusterPaint,
  focusLineWidth,
  scaledPaint,
  scaledSizes,
} from './style.ts';

describe('baseStyle', () => {
  it('is offline: no glyphs, no sprite, no remote source', () => {
    const style = baseStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style.sources).toEqual({});
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });
});

describe('Campus symbols', () => {
  it('names 22 symbols: each group, labelled or project', () => {
    expect(allCampusIconIds()).toHaveLength(22);
    expect(campusIconId('energie', 'projet')).toBe('campus-energie-projet');
    expect(allCampusIconIds()).toContain('campus-agroalimentaire-labellise');
  });
});

describe('clusterPaint', () => {
  it('rings the clusters holding a highlighted Campus and fades the others while dimmed', () => {
    const paint = clusterPaint([3, 7], true);
    expect(paint['circle-stroke-color']).toEqual([
      'case',
      ['in', ['get', 'cluster_id'], ['literal', [3, 7]]],
      COLOURS.selected,
      '#ffffff',
    ]);
    expect(paint['circle-opacity'][3]).toBe(0.35);
    expect(clusterPaint([], false)['circle-opacity'][3]).toBe(0.92);
  });
});

describe('scaledSizes', () => {
  it('scales label and symbol sizes with the type scale', () => {
    const sizes = new Map(scaledSizes(1.2).map(([layer, , value]) => [layer, value]));
    expect(sizes.get('campus-cluster-count')).toBeCloseTo(15.6, 6);
    expect(sizes.get('region-labels')).toEqual(['interpolate', ['linear'], ['zoom'], 4, 12, 8, 18]);
  });
});

describe('scaledPaint', () => {
  it('thickens outlines and enlarges rings and clusters with the scale', () => {
    const paint = new Map(scaledPaint(2).map(([layer, , value]) => [layer, value]));
    expect(paint.get('regions-focus')).toEqual(focusLineWidth(2));
    expect(focusLineWidth(2)).toEqual([
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      5,
      ['boolean', ['feature-state', 'highlight'], false],
      5,
      ['boolean', ['feature-state', 'hover'], false],
      3,
      0,
    ]);
    expect(paint.get('campus-clusters')).toEqual(['step', ['get', 'point_count'], 28, 5, 34, 15, 42]);
    expect(paint.get('campus-halo')).toEqual([
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      34,
      30,
    ]);
  });
});
