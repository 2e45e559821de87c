import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  allCampusIconIds,
  baseStyle,
  campusIconId,
  focusLineWidth,
  iconSize,
  iconSizeAt,
  pointOpacity,
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

describe('scaledSizes', () => {
  it('scales label and symbol sizes with the type scale', () => {
    const sizes = new Map(scaledSizes(1.2).map(([layer, , value]) => [layer, value]));
    expect(sizes.get('campus-aggregates')).toBeCloseTo(15, 6);
    // Every Campus icon layer grows alike, so offsets (multiplied by the icon size) keep rings round.
    expect(sizes.get('campus-points')).toEqual(iconSize(1.2));
    expect(sizes.get('campus-hubs')).toEqual(iconSize(1.2));
    expect(sizes.get('campus-halo-selected')).toEqual(iconSize(1.2));
    expect(sizes.get('region-labels')).toEqual(['interpolate', ['linear'], ['zoom'], 4, 12, 8, 18]);
  });
});

describe('scaledPaint', () => {
  it('thickens outlines with the scale', () => {
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
  });
});

describe('iconSizeAt', () => {
  /** Evaluates an expression the way MapLibre does, at a zoom. */
  function evaluate(expression: ExpressionSpecification, zoom: number) {
    const compiled = createExpression(expression, 'icon-size');
    if (compiled.result !== 'success') throw new Error(compiled.value.map((e) => e.message).join('; '));
    return compiled.value.evaluate({ zoom } as never, { type: 'Point', properties: {} } as never);
  }

  it('agrees with the layers’ icon-size expression at every zoom and scale (the placement relies on it)', () => {
    for (const scale of [1, 1.35, 1.8])
      for (let zoom = 0; zoom <= 16; zoom += 0.25)
        expect(iconSizeAt(zoom, scale)).toBeCloseTo(evaluate(iconSize(scale), zoom) as number, 9);
  });
});

describe('pointOpacity', () => {
  it('fades a mark through feature-state only (no global state: a hover never reloads the source)', () => {
    expect(JSON.stringify(pointOpacity())).not.toContain('global-state');
    expect(pointOpacity()).toEqual(['case', ['boolean', ['feature-state', 'faded'], false], 0.28, 1]);
  });
});
