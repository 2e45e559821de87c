import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { COLOURS } from '../theme/palette.ts';
import {
  LAYERS,
  baseStyle,
  focusLineWidth,
  frameLabelSize,
  iconSizeAt,
  labelSize,
  landFill,
  roomSize,
  scaledPaint,
  scaledSizes,
} from './style.ts';

/** Evaluates a style expression the way MapLibre does: at a zoom, for a feature and its feature-state. */
function evaluate(
  expression: ExpressionSpecification,
  zoom = 5,
  state: Record<string, boolean> = {},
  properties: Record<string, number> = {},
): unknown {
  const compiled = createExpression(expression, 'layers[0].paint.value');
  if (compiled.result !== 'success') throw new Error(compiled.value.map((e) => e.message).join('; '));
  return compiled.value.evaluate({ zoom } as never, { type: 'Point', properties } as never, state as never);
}

describe('baseStyle', () => {
  it('is offline: no glyphs, no sprite, no remote source', () => {
    const style = baseStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style.sources).toEqual({});
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('is a valid MapLibre style, the sea for a background', () => {
    expect(validateStyleMin(baseStyle() as never)).toEqual([]);
    expect(baseStyle().layers).toEqual([
      { id: 'background', type: 'background', paint: { 'background-color': COLOURS.sea } },
    ]);
  });
});

describe('landFill', () => {
  it('tints a région when selected, less when hovered, and leaves the others plain land', () => {
    expect(evaluate(landFill())).toBe(COLOURS.land);
    expect(evaluate(landFill(), 5, { hover: true })).toBe(COLOURS.landHover);
    expect(evaluate(landFill(), 5, { selected: true })).toBe(COLOURS.landSelected);
    // Selected and hovered: the selection shows.
    expect(evaluate(landFill(), 5, { selected: true, hover: true })).toBe(COLOURS.landSelected);
    expect(new Set([COLOURS.land, COLOURS.landHover, COLOURS.landSelected]).size).toBe(3);
  });
});

describe('focusLineWidth', () => {
  it('outlines a selected or highlighted area boldly, a hovered one lightly, the others not at all', () => {
    const width = (state: Record<string, boolean>, scale = 1) => evaluate(focusLineWidth(scale), 5, state);
    expect(width({})).toBe(0);
    expect(width({ hover: true })).toBe(1.5);
    expect(width({ highlight: true })).toBe(2.5);
    expect(width({ selected: true })).toBe(2.5);
    expect(width({ selected: true, hover: true })).toBe(2.5);
    expect(width({ hover: true }, 2)).toBe(3);
    expect(width({ selected: true }, 2)).toBe(5);
  });
});

describe('text sizes', () => {
  it('grows the région names from `min` at zoom 4 to `max` at zoom 8, times the type scale', () => {
    const size = (zoom: number, scale = 1) => evaluate(labelSize(10, 15, scale), zoom);
    expect(size(3)).toBe(10);
    expect(size(4)).toBe(10);
    expect(size(6)).toBeCloseTo(12.5, 9);
    expect(size(8)).toBe(15);
    expect(size(12)).toBe(15);
    expect(size(8, 1.4)).toBeCloseTo(21, 9);
  });

  it('keeps the overseas insets’ names small at a wide view and grows them with the zoom and the scale', () => {
    const size = (zoom: number, scale = 1) => evaluate(frameLabelSize(scale), zoom) as number;
    const zooms = [3, 3.5, 4, 5, 5.5, 6, 7, 8, 10];
    const sizes = zooms.map((z) => size(z));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThanOrEqual(sizes[i - 1]!);
    expect([size(3.5), size(5), size(6), size(8)]).toEqual([6, 8.5, 11, 13]);
    for (const z of zooms) expect(size(z, 2)).toBeCloseTo(2 * size(z), 9);
  });
});

describe('iconSizeAt', () => {
  it('grows the symbols from zoom 4 to zoom 9 and holds them beyond, times the type scale', () => {
    expect(iconSizeAt(0)).toBe(iconSizeAt(4));
    expect(iconSizeAt(16)).toBe(iconSizeAt(9));
    expect(iconSizeAt(4)).toBeCloseTo(0.85, 9);
    expect(iconSizeAt(9)).toBeCloseTo(1.1, 9);
    expect(iconSizeAt(6.5)).toBeCloseTo((0.85 + 1.1) / 2, 9);
    expect(iconSizeAt(6.5, 1.6)).toBeCloseTo(1.6 * iconSizeAt(6.5), 9);
  });
});

describe('roomSize', () => {
  it('is the symbol size the placement uses times the mark’s side k, at every zoom and scale', () => {
    for (const scale of [1, 1.3, 1.8])
      for (let zoom = 0; zoom <= 16; zoom += 0.25)
        for (const k of [1, 2.5])
          expect(evaluate(roomSize(scale), zoom, {}, { k })).toBeCloseTo(iconSizeAt(zoom, scale) * k, 9);
  });
});

describe('scaledSizes and scaledPaint', () => {
  const layerIds = new Set<string>(Object.values(LAYERS));

  it('resize the région and inset names and the Campus room, at the scale given', () => {
    const sizes = scaledSizes(1.5);
    expect(sizes.map(([layer, property]) => [layer, property])).toEqual([
      [LAYERS.regionLabels, 'text-size'],
      [LAYERS.frameLabels, 'text-size'],
      [LAYERS.campusRoom, 'icon-size'],
    ]);
    for (const [layer] of sizes) expect(layerIds.has(layer)).toBe(true);
    const value = new Map(sizes.map(([layer, , v]) => [layer, v as ExpressionSpecification]));
    expect(evaluate(value.get(LAYERS.regionLabels)!, 8)).toBeCloseTo(15 * 1.5, 9);
    expect(evaluate(value.get(LAYERS.frameLabels)!, 8)).toBeCloseTo(13 * 1.5, 9);
    expect(evaluate(value.get(LAYERS.campusRoom)!, 9, {}, { k: 1 })).toBeCloseTo(1.1 * 1.5, 9);
  });

  it('thicken both focus outlines with the scale', () => {
    const paint = scaledPaint(2);
    expect(paint.map(([layer, property]) => [layer, property])).toEqual([
      [LAYERS.regionsFocus, 'line-width'],
      [LAYERS.academiesFocus, 'line-width'],
    ]);
    for (const [, , value] of paint)
      expect(evaluate(value as ExpressionSpecification, 5, { selected: true })).toBe(5);
  });
});
