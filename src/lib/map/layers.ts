/** The layers each map component adds, as style-specification objects. Pure. */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { COLOURS } from './palette.ts';
import {
  APPROXIMATE_ICON,
  FONT_BOLD,
  FONT_REGULAR,
  GLOBAL_STATE,
  LAYERS,
  SOURCES,
  clusterPaint,
  clusterRadius,
  clusterShownCount,
  sectorChosen,
  focusLineWidth,
  haloRadius,
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
        'text-size': labelSize(10, 13),
        'text-anchor': 'top-left',
        'text-offset': [0.35, 0.3],
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

export function campusLayers(): LayerSpecification[] {
  const dimmed = ['boolean', ['global-state', GLOBAL_STATE.dimmed], false] as ExpressionSpecification;
  return [
    {
      id: LAYERS.clusters,
      type: 'circle',
      source: SOURCES.campus,
      filter: ['all', ['has', 'point_count'], ['>', clusterShownCount, 0]],
      paint: {
        'circle-color': COLOURS.cluster,
        'circle-radius': clusterRadius(),
        ...clusterPaint([], false),
      },
    },
    {
      id: LAYERS.clusterCount,
      type: 'symbol',
      source: SOURCES.campus,
      filter: ['all', ['has', 'point_count'], ['>', clusterShownCount, 0]],
      layout: {
        'text-field': ['to-string', clusterShownCount],
        'text-font': FONT_BOLD,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': COLOURS.clusterText },
    },
    {
      id: LAYERS.campusHalo,
      type: 'circle',
      source: SOURCES.campus,
      filter: ['all', ['!', ['has', 'point_count']], sectorChosen(['get', 'sector'])],
      paint: {
        'circle-radius': haloRadius(),
        'circle-color': '#ffffff',
        'circle-opacity': 0,
        'circle-stroke-color': COLOURS.selected,
        'circle-stroke-width': [
          'case',
          stateFlag('selected'),
          3,
          ['any', stateFlag('hover'), ['all', dimmed, stateFlag('highlight')]],
          2,
          0,
        ],
      },
    },
    {
      // Under the symbol: a dashed ring for a Campus whose position is approximate (académie seat, or a
      // town read into the livret), explained in the legend and on the card.
      id: LAYERS.campusApproximate,
      type: 'symbol',
      source: SOURCES.campus,
      filter: [
        'all',
        ['!', ['has', 'point_count']],
        ['==', ['get', 'approximate'], true],
        sectorChosen(['get', 'sector']),
      ],
      layout: {
        'icon-image': APPROXIMATE_ICON,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': iconSize(),
      },
      paint: { 'icon-opacity': pointOpacity() },
    },
    {
      id: LAYERS.campusPoints,
      type: 'symbol',
      source: SOURCES.campus,
      filter: ['all', ['!', ['has', 'point_count']], sectorChosen(['get', 'sector'])],
      layout: {
        'icon-image': ['concat', 'campus-', ['get', 'sector'], '-', ['get', 'status']],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': iconSize(),
      },
      paint: { 'icon-opacity': pointOpacity() },
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
