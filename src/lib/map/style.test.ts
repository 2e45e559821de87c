import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '../data/types.ts';
import { COLOURS } from './palette.ts';
import {
  GLOBAL_STATE,
  allCampusIconIds,
  baseStyle,
  campusIconId,
  clusterPaint,
  clusterProperties,
  clusterSectorKey,
  clusterShownCount,
  focusLineWidth,
  sectorChosen,
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
    expect(paint.get('campus-clusters')).toEqual(['step', clusterShownCount, 28, 5, 34, 15, 42]);
    expect(paint.get('campus-halo')).toEqual([
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      34,
      30,
    ]);
  });
});

describe('the sector filter as global state', () => {
  /** Evaluates an expression the way MapLibre does, with the given chosen sectors. */
  function evaluate(expression: ExpressionSpecification, sectors: string[], properties: object) {
    const globalState = { [GLOBAL_STATE.sectors]: sectors };
    const compiled = createExpression(expression, 'filter', null, globalState);
    if (compiled.result !== 'success') throw new Error(compiled.value.map((e) => e.message).join('; '));
    return compiled.value.evaluate(
      { zoom: 5, globalState } as never,
      {
        type: 'Point',
        properties,
      } as never,
    );
  }

  it('keeps every Campus when no sector is chosen, only the chosen ones otherwise', () => {
    const energie = { sector: 'energie' };
    expect(evaluate(sectorChosen(['get', 'sector']), [], energie)).toBe(true);
    expect(evaluate(sectorChosen(['get', 'sector']), ['energie', 'numerique'], energie)).toBe(true);
    expect(evaluate(sectorChosen(['get', 'sector']), ['numerique'], energie)).toBe(false);
  });

  it('gives a cluster the number of its Campus in the chosen sectors', () => {
    const cluster = { point_count: 9, [clusterSectorKey('energie')]: 2, [clusterSectorKey('numerique')]: 7 };
    expect(evaluate(clusterShownCount, [], cluster)).toBe(9);
    expect(evaluate(clusterShownCount, ['energie'], cluster)).toBe(2);
    expect(evaluate(clusterShownCount, ['energie', 'numerique'], cluster)).toBe(9);
    expect(evaluate(clusterShownCount, ['mobilite'], cluster)).toBe(0);
  });

  it('declares one per-sector count per group for the clusters', () => {
    expect(Object.keys(clusterProperties())).toEqual(SECTOR_IDS.map(clusterSectorKey));
  });
});
