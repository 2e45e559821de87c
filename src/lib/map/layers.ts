/** The layers each map component adds, as style-specification objects. Pure. */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { HALO_HOVER, HALO_SELECTED } from './markImages.ts';
import { COLOURS } from './palette.ts';
import {
  APPROXIMATE_ICON,
  FONT_BOLD,
  FONT_REGULAR,
  LAYERS,
  SOURCES,
  TOWN_LABEL_MINZOOM,
  focusLineWidth,
  frameLabelSize,
  iconSize,
  labelSize,
  landFill,
  pointOpacity,
  stateFlag,
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

export function regionLayers(): LayerSpecification[] {
  return [
    {
      id: LAYERS.regionsFill,
      type: 'fill',
      source: SOURCES.regions,
      paint: { 'fill-color': landFill(), 'fill-opacity': 1 },
    },
    {
      id: LAYERS.regionsLine,
      type: 'line',
      source: SOURCES.regions,
      paint: {
        'line-color': COLOURS.regionLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 1.6],
      },
    },
    {
      id: LAYERS.regionsFocus,
      type: 'line',
      source: SOURCES.regions,
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

export function academieLayers(): LayerSpecification[] {
  return [
    {
      id: LAYERS.academiesFill,
      type: 'fill',
      source: SOURCES.academies,
      layout: { visibility: 'none' },
      paint: { 'fill-color': landFill(), 'fill-opacity': 1 },
    },
    {
      id: LAYERS.academiesLine,
      type: 'line',
      source: SOURCES.academies,
      layout: { visibility: 'none' },
      paint: { 'line-color': COLOURS.academieLine, 'line-width': 1.2, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYERS.academiesFocus,
      type: 'line',
      source: SOURCES.academies,
      paint: { 'line-color': COLOURS.selected, 'line-width': focusLineWidth() },
    },
  ];
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
        // Inside its frame at every zoom, long names wrapping: « La / Réunion ».
        'text-size': frameLabelSize(),
        'text-max-width': 6,
        'text-anchor': 'top-left',
        'text-justify': 'left',
        'text-offset': [0.3, 0.25],
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
 * The Campus layers, bottom to top: leader lines of marks pushed aside, hubs of the spread rings, aggregates (where thousands crowd), the
 * dashed ring of approximate positions, the hover and selection halos, the sector symbols, the town
 * names. Every mark is placed in JavaScript (placement.ts): a symbol's `icon-offset` puts it on its
 * ring, and the icons ignore nothing, so the région names below give way to them.
 */
export function campusLayers(): LayerSpecification[] {
  const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
  const offset: ExpressionSpecification = ['get', 'offset'];
  const icon = (image: string | ExpressionSpecification, withOffset = true) => ({
    'icon-image': image,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    'icon-size': iconSize(),
    ...(withOffset ? { 'icon-offset': offset } : {}),
  });
  return [
    {
      id: LAYERS.campusLeaders,
      type: 'line',
      source: SOURCES.campus,
      filter: kind('leader'),
      paint: { 'line-color': COLOURS.ink, 'line-width': 1.2, 'line-opacity': 0.55 },
    },
    {
      id: LAYERS.campusHubs,
      type: 'symbol',
      source: SOURCES.campus,
      filter: kind('hub'),
      layout: { ...icon(['get', 'image'], false), 'icon-ignore-placement': false },
      paint: { 'icon-opacity': pointOpacity() },
    },
    {
      id: LAYERS.campusAggregates,
      type: 'symbol',
      source: SOURCES.campus,
      filter: kind('aggregate'),
      layout: {
        ...icon(['get', 'image'], false),
        'icon-ignore-placement': false,
        'text-field': ['to-string', ['get', 'count']],
        'text-font': FONT_BOLD,
        'text-size': 12.5,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'icon-opacity': pointOpacity(), 'text-color': COLOURS.ink, 'text-opacity': pointOpacity() },
    },
    {
      // A dashed ring for a Campus whose position is approximate (académie seat, or a town read into
      // the livret), explained in the legend and on the card.
      id: LAYERS.campusApproximate,
      type: 'symbol',
      source: SOURCES.campus,
      filter: ['all', kind('campus'), ['==', ['get', 'approximate'], true]],
      layout: icon(APPROXIMATE_ICON),
      paint: { 'icon-opacity': pointOpacity() },
    },
    {
      id: LAYERS.campusHaloHover,
      type: 'symbol',
      source: SOURCES.campus,
      filter: kind('campus'),
      layout: icon(HALO_HOVER),
      paint: {
        'icon-opacity': [
          'case',
          stateFlag('selected'),
          0,
          ['any', stateFlag('hover'), stateFlag('highlight')],
          1,
          0,
        ],
      },
    },
    {
      id: LAYERS.campusHaloSelected,
      type: 'symbol',
      source: SOURCES.campus,
      filter: kind('campus'),
      layout: icon(HALO_SELECTED),
      paint: { 'icon-opacity': ['case', stateFlag('selected'), 1, 0] },
    },
    {
      id: LAYERS.campusPoints,
      type: 'symbol',
      source: SOURCES.campus,
      filter: kind('campus'),
      // In the collision index (not ignoring placement), so labels below make way for the symbols.
      layout: {
        ...icon(['concat', 'campus-', ['get', 'sector'], '-', ['get', 'status']]),
        'icon-ignore-placement': false,
      },
      paint: { 'icon-opacity': pointOpacity() },
    },
    {
      // The town of each Campus alone, and of each ring (on its hub), from about a département's view.
      id: LAYERS.campusTowns,
      type: 'symbol',
      source: SOURCES.campus,
      minzoom: TOWN_LABEL_MINZOOM,
      filter: ['all', ['!=', ['get', 'kind'], 'aggregate'], ['!=', ['get', 'town'], '']],
      layout: {
        'text-field': ['get', 'town'],
        'text-font': FONT_REGULAR,
        'text-size': 11.5,
        // Below the mark (its symbol, or its whole ring), else beside or above it if that spot is taken.
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': ['get', 'labelOffset'],
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: {
        'text-color': COLOURS.ink,
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.4,
        'text-opacity': pointOpacity(),
      },
    },
  ];
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
