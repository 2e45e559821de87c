import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import {
  academieLayers,
  basemapLayer,
  basemapSource,
  campusLayers,
  countryLayers,
  departementLayer,
  dromTrueLayers,
  insetFrameLayers,
  regionLabelLayer,
  regionLayers,
} from './layers.ts';
import { SOURCES, baseStyle } from './style.ts';

const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };

function fullStyle(withBasemap: boolean): StyleSpecification {
  const sources = Object.fromEntries(
    Object.values(SOURCES)
      .filter((id) => id !== SOURCES.basemap)
      .map((id) => [
        id,
        id === SOURCES.campus ? { ...empty, promoteId: 'id' } : { ...empty, promoteId: 'code' },
      ]),
  );
  return {
    ...baseStyle(),
    sources: withBasemap
      ? { ...sources, [SOURCES.basemap]: basemapSource('https://example.org/{z}/{x}/{y}.png', '©') }
      : sources,
    layers: [
      ...baseStyle().layers,
      ...(withBasemap ? [basemapLayer()] : []),
      ...countryLayers(),
      ...regionLayers(),
      ...academieLayers(),
      departementLayer(),
      ...dromTrueLayers(),
      ...insetFrameLayers(),
      regionLabelLayer(),
      ...campusLayers(),
    ],
  };
}

describe('layers', () => {
  it('validate against the style specification, with and without the basemap', () => {
    expect(validateStyleMin(fullStyle(false))).toEqual([]);
    expect(validateStyleMin(fullStyle(true))).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = fullStyle(true).layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draw text with local fonts only (the style has no glyphs URL)', () => {
    const symbols = fullStyle(false).layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    expect(fullStyle(false).glyphs).toBeUndefined();
  });

  it('draw Campus symbols from the runtime images of each sector and status', () => {
    const points = campusLayers().find((l) => l.id === 'campus-points');
    expect(JSON.stringify(points)).toContain(
      '"icon-image":["concat","campus-",["get","sector"],"-",["get","status"]]',
    );
  });
});
