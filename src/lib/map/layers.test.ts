import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { AREA_LEVELS } from '../model/areas.ts';
import {
  areaLayers,
  basemapLayer,
  basemapSource,
  campusRoomLayer,
  countryLayers,
  departementLayer,
  dromTrueLayers,
  insetFrameLayers,
  regionLabelLayer,
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
      ...AREA_LEVELS.flatMap(areaLayers),
      departementLayer(),
      ...dromTrueLayers(),
      ...insetFrameLayers(),
      regionLabelLayer(),
      campusRoomLayer(),
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

  it('keep room for the Campus marks in the collision index without drawing them', () => {
    const room = campusRoomLayer();
    expect(room.type).toBe('symbol');
    expect(room.paint).toEqual({ 'icon-opacity': 0 });
    expect(room.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': false });
  });
});
