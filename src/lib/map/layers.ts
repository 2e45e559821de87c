/** The layers each map component adds, as style-specification objects. Pure. */
import type {
  ExpressionSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import { INSETS, frameLabelCorner, frameLabelOffset } from '../geo/insets.ts';
import type { AreaLevel } from '../model/areas.ts';
import { COLOURS } from '../theme/palette.ts';
import { AREA_LEVEL_LAYERS } from './areaLevels.ts';
import {
  FONT_BOLD,
  FONT_REGULAR,
  LAYERS,
  SOURCES,
  focusLineWidth,
  frameLabelSize,
  labelSize,
  landFill,
  ROOM_ICON,
  roomSize,
} from './style.ts';

/** Neighbouring countries: a faint backdrop so mainland France does not float in a void. */
export function countryLayers(): LayerSpecification[] {
  return [
    {
      id: LAYERS.countriesFill,
      type: 'fill',
      source: SOURCES.countries,
      paint: { 'fill-color': COLOURS.neighbour },
    },
    {
      id: LAYERS.countriesLine,
      type: 'line',
      source: SOURCES.countries,
      paint: { 'line-color': COLOURS.neighbourLine, 'line-width': 0.6 },
    },
  ];
}

/**
 * How a level's boundaries are first drawn (AreaLayer restyles those shown on demand: areaDisplay).
 * New objects at each call, like every layer function's, so no two layers share one.
 */
function outlinePaint(level: AreaLevel): LineLayerSpecification['paint'] {
  return level === 'region'
    ? {
        'line-color': COLOURS.regionLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 1.6],
      }
    : { 'line-color': COLOURS.academieLine, 'line-width': 1.2, 'line-dasharray': [3, 2] };
}

/**
 * The areas of a level: their fill (plain land, or the choropleth), their boundaries and the outline of
 * the selected, hovered or highlighted ones. The fill and boundaries of a level shown on demand start hidden.
 */
export function areaLayers(level: AreaLevel): LayerSpecification[] {
  const { source, fill, line, focus, onDemand } = AREA_LEVEL_LAYERS[level];
  const hidden = () => (onDemand ? { layout: { visibility: 'none' as const } } : {});
  return [
    { id: fill, type: 'fill', source, ...hidden(), paint: { 'fill-color': landFill(), 'fill-opacity': 1 } },
    { id: line, type: 'line', source, ...hidden(), paint: outlinePaint(level) },
    {
      id: focus,
      type: 'line',
      source,
      paint: { 'line-color': COLOURS.selected, 'line-width': focusLineWidth() },
    },
  ];
}

export function regionLabelLayer(): LayerSpecification {
  return {
    id: LAYERS.regionLabels,
    type: 'symbol',
    source: SOURCES.regionLabels,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT_BOLD,
      'text-size': labelSize(10, 15),
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.06,
      'text-max-width': 8,
      'text-padding': 4,
      // The Campus symbols are placed first (they are above): a name that would fall under one moves
      // beside its label point, or is left out while the symbols need the room.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
    },
    paint: {
      'text-color': COLOURS.label,
      'text-halo-color': COLOURS.labelHalo,
      'text-halo-width': 1.5,
      'text-opacity': ['interpolate', ['linear'], ['zoom'], 3.6, 0, 4.2, 0.85],
    },
  };
}

export function departementLayer(): LayerSpecification {
  return {
    id: LAYERS.departementsLine,
    type: 'line',
    source: SOURCES.departements,
    minzoom: 5.5,
    paint: {
      'line-color': COLOURS.departementLine,
      'line-width': 0.7,
      'line-opacity': ['interpolate', ['linear'], ['zoom'], 5.5, 0, 6.5, 1],
    },
  };
}

/** The codes of the insets whose names are written from their bottom-right corner. */
const rightColumn = () =>
  INSETS.filter((inset) => frameLabelCorner(inset.region) === 'bottom-right').map((inset) => inset.region);

/** A per-inset layout value, by région code (the left column's for any other code). */
function frameLabelMatch<T>(value: (region: string) => T): ExpressionSpecification {
  const literal = (v: T) => (Array.isArray(v) ? ['literal', v] : v);
  return [
    'match',
    ['get', 'code'],
    ...INSETS.flatMap((inset) => [inset.region, literal(value(inset.region))]),
    literal(value('')),
  ] as unknown as ExpressionSpecification;
}

export function insetFrameLayers(): LayerSpecification[] {
  return [
    {
      id: LAYERS.framesLine,
      type: 'line',
      source: SOURCES.frames,
      paint: { 'line-color': COLOURS.frameLine, 'line-width': 1 },
    },
    {
      id: LAYERS.frameLabels,
      type: 'symbol',
      source: SOURCES.frameLabels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        // One line, from the corner insets.ts chooses: the left column's names in the top-left corner,
        // reading right, the right column's in the bottom-right, reading left, so a name longer than its
        // frame (a phone) runs over a corner holding no other name.
        'text-size': frameLabelSize(),
        'text-max-width': 20,
        'text-anchor': frameLabelMatch(frameLabelCorner),
        'text-justify': ['match', ['get', 'code'], rightColumn(), 'right', 'left'],
        'text-offset': frameLabelMatch((region) => frameLabelOffset(frameLabelCorner(region))),
        'text-allow-overlap': true,
      },
      paint: { 'text-color': COLOURS.label, 'text-halo-color': COLOURS.sea, 'text-halo-width': 1 },
    },
  ];
}

export function dromTrueLayers(): LayerSpecification[] {
  return [
    {
      id: LAYERS.dromTrueFill,
      type: 'fill',
      source: SOURCES.dromTrue,
      paint: { 'fill-color': COLOURS.land },
    },
    {
      id: LAYERS.dromTrueLine,
      type: 'line',
      source: SOURCES.dromTrue,
      paint: { 'line-color': COLOURS.regionLine, 'line-width': 1 },
    },
  ];
}

/**
 * The room the Campus marks take, for MapLibre's collision index only: the marks themselves are drawn
 * by the Campus overlay (campus/campusOverlay.ts), but the région names below must still give way to
 * them. A blank icon the size of each mark (`k` symbols wide, on its ring by `offset`), never drawn. Its
 * source holds the marks of every Campus, filtered or not, so a filter change leaves MapLibre as it is.
 */
export function campusRoomLayer(): LayerSpecification {
  return {
    id: LAYERS.campusRoom,
    type: 'symbol',
    source: SOURCES.campus,
    layout: {
      'icon-image': ROOM_ICON,
      'icon-size': roomSize(),
      'icon-offset': ['get', 'offset'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
    },
    paint: { 'icon-opacity': 0 },
  };
}

/**
 * The room the map's buttons take, for MapLibre's collision index only (controlsRoom.ts): squares of
 * the blank room image, each `size` symbols wide, so the région names are placed clear of the buttons.
 */
export function controlsRoomLayer(): LayerSpecification {
  return {
    id: LAYERS.controlsRoom,
    type: 'symbol',
    source: SOURCES.controlsRoom,
    layout: {
      'icon-image': ROOM_ICON,
      'icon-size': ['get', 'size'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-rotation-alignment': 'viewport',
    },
    paint: { 'icon-opacity': 0 },
  };
}

/** The optional online basemap: a raster tile layer under everything else. */
export function basemapSource(tiles: string, attribution: string): SourceSpecification {
  return { type: 'raster', tiles: [tiles], tileSize: 256, maxzoom: 19, attribution };
}

export function basemapLayer(): LayerSpecification {
  return {
    id: LAYERS.basemap,
    type: 'raster',
    source: SOURCES.basemap,
    paint: { 'raster-saturation': -0.6 },
  };
}
