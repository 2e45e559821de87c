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
  roomSize,
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
    // The room the Campus marks take grows with them, so the région names keep clear at every size.
    expect(sizes.get('campus-room')).toEqual(roomSize(1.2));
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

describe('roomSize', () => {
  it('is the symbol size times the mark side k, at every zoom', () => {
    const expression = createExpression(roomSize(1.3) as ExpressionSpecification, 'icon-size');
    if (expression.result !== 'success') throw new Error('invalid expression');
    for (const zoom of [3, 4, 6.5, 9, 12]) {
      for (const k of [1, 2.5]) {
        const value = expression.value.evaluate({ zoom }, {
          type: 'Point',
          properties: { k },
        } as never) as number;
        expect(value).toBeCloseTo(iconSizeAt(zoom, 1.3) * k, 9);
      }
    }
  });
});
