/**
 * The map's style, as data: the offline base style, the ids of sources and layers, and the paint and
 * layout expressions the layers use (layers.ts assembles them). Pure (no MapLibre instance), so it is
 * unit-tested and validated against the style specification.
 *
 * Text without a glyph server: the style has no `glyphs` URL, and MapLibre 6 then draws every label
 * with the browser's local fonts (TinySDF on a canvas; see GlyphManager `_getAndCacheGlyphsPromise`:
 * `if (!this.url …) glyph = await this._drawGlyph(…)`). The font stack below is therefore a CSS
 * font-family list, not a list of PBF font names; the first name only tells MapLibre the weight.
 * Sector symbols are images drawn on a canvas at runtime (campusIcons.ts): no sprite either.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { CAMPUS_STATUSES, SECTOR_IDS, type CampusStatus, type SectorId } from '../data/types.ts';
import { COLOURS } from './palette.ts';

/** Local font stacks (CSS families); "Bold" in the first name makes MapLibre draw bold. */
export const FONT_BOLD = ['Sans Bold', 'Liberation Sans', 'Arial', 'Helvetica', 'DejaVu Sans'];
export const FONT_REGULAR = ['Sans Regular', 'Liberation Sans', 'Arial', 'Helvetica', 'DejaVu Sans'];

export const SOURCES = {
  regions: 'regions',
  regionLabels: 'region-labels',
  departements: 'departements',
  academies: 'academies',
  frames: 'inset-frames',
  frameLabels: 'inset-frame-labels',
  dromTrue: 'drom-true',
  campus: 'campus',
  basemap: 'basemap',
  countries: 'countries',
} as const;

export const LAYERS = {
  basemap: 'basemap',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  regionsFill: 'regions-fill',
  regionsLine: 'regions-line',
  regionsFocus: 'regions-focus',
  regionLabels: 'region-labels',
  departementsLine: 'departements-line',
  academiesFill: 'academies-fill',
  academiesLine: 'academies-line',
  academiesFocus: 'academies-focus',
  dromTrueFill: 'drom-true-fill',
  dromTrueLine: 'drom-true-line',
  framesLine: 'inset-frames-line',
  frameLabels: 'inset-frame-labels',
  clusters: 'campus-clusters',
  clusterCount: 'campus-cluster-count',
  campusHalo: 'campus-halo',
  campusApproximate: 'campus-approximate',
  campusPoints: 'campus-points',
} as const;

/** The image of the dashed ring around a Campus whose position is approximate. */
export const APPROXIMATE_ICON = 'campus-approximate';

/** The layers a click or a hover can land on, top first. */
export const CAMPUS_LAYERS = [LAYERS.campusPoints, LAYERS.clusters] as const;

/** Names of the style's global state (`map.setGlobalStateProperty`). */
export const GLOBAL_STATE = {
  /** True while something is highlighted: the other Campus fade. */
  dimmed: 'dimmed',
  /** The sector groups chosen in the legend (empty: all). */
  sectors: 'sectors',
} as const;

const chosenSectors: ExpressionSpecification = ['global-state', GLOBAL_STATE.sectors];
const noSectorChosen: ExpressionSpecification = ['==', ['length', chosenSectors], 0];

/**
 * The sector filter is global state, not new data: a legend click changes one value that the layers'
 * filters read, and MapLibre re-filters the tiles it has instead of receiving, re-indexing and
 * re-clustering every Campus (`setData`). The other filters (area, status, chapter, search) still
 * send the Campus that pass them; they change less often and can shrink the data a lot.
 */
export const sectorChosen = (sector: ExpressionSpecification): ExpressionSpecification => [
  'any',
  noSectorChosen,
  ['in', sector, chosenSectors],
];

/** Property of a cluster holding how many of its Campus are in `sector` (see `clusterProperties`). */
export const clusterSectorKey = (sector: SectorId) => `n_${sector}`;

/** Per cluster, a count of its Campus in each sector, so that its size can follow the sector filter. */
export function clusterProperties(): Record<string, ExpressionSpecification> {
  return Object.fromEntries(
    SECTOR_IDS.map((sector) => [
      clusterSectorKey(sector),
      ['+', ['case', ['==', ['get', 'sector'], sector], 1, 0]],
    ]),
  );
}

/** How many Campus of a cluster pass the sector filter: what its circle and number show. */
export const clusterShownCount: ExpressionSpecification = [
  'case',
  noSectorChosen,
  ['get', 'point_count'],
  [
    '+',
    ...SECTOR_IDS.map((sector): ExpressionSpecification => [
      'case',
      ['in', sector, chosenSectors],
      ['number', ['get', clusterSectorKey(sector)], 0],
      0,
    ]),
  ],
];

/** The offline base style: a sea-coloured background, no remote source, no glyphs, no sprite. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Campus — hors ligne',
    state: {
      [GLOBAL_STATE.dimmed]: { default: false },
      [GLOBAL_STATE.sectors]: { default: [] },
    },
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': COLOURS.sea } }],
  };
}

export function campusIconId(sector: SectorId, status: CampusStatus): string {
  return `campus-${sector}-${status}`;
}

export function allCampusIconIds(): string[] {
  return SECTOR_IDS.flatMap((sector) => CAMPUS_STATUSES.map((status) => campusIconId(sector, status)));
}

/**
 * Paint of the cluster circles given the clusters holding a highlighted Campus (found from their
 * leaves, see CampusLayer): those get a dark ring; while something is highlighted the others fade.
 */
export function clusterPaint(highlightedClusters: readonly number[], dimmed: boolean) {
  const hit: ExpressionSpecification = ['in', ['get', 'cluster_id'], ['literal', [...highlightedClusters]]];
  const faded = dimmed ? 0.35 : 0.92;
  return {
    'circle-stroke-color': ['case', hit, COLOURS.selected, '#ffffff'] as ExpressionSpecification,
    'circle-stroke-width': ['case', hit, 4, 2] as ExpressionSpecification,
    'circle-opacity': ['case', hit, 0.92, faded] as ExpressionSpecification,
    'circle-stroke-opacity': ['case', hit, 1, dimmed ? 0.35 : 1] as ExpressionSpecification,
  };
}

export const stateFlag = (name: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false,
];

/** Opacity of a Campus point: faded while something else is highlighted. */
export function pointOpacity(): ExpressionSpecification {
  return [
    'case',
    ['all', ['boolean', ['global-state', GLOBAL_STATE.dimmed], false], ['!', stateFlag('highlight')]],
    0.28,
    1,
  ];
}

/** Fill of a région outside the choropleth: plain land, tinted when selected or hovered. */
export function landFill(): ExpressionSpecification {
  return [
    'case',
    stateFlag('selected'),
    COLOURS.landSelected,
    stateFlag('hover'),
    COLOURS.landHover,
    COLOURS.land,
  ];
}

/** Width of the outline drawn around a selected, highlighted or hovered area. */
export function focusLineWidth(scale = 1): ExpressionSpecification {
  return [
    'case',
    stateFlag('selected'),
    2.5 * scale,
    stateFlag('highlight'),
    2.5 * scale,
    stateFlag('hover'),
    1.5 * scale,
    0,
  ];
}

/** Radius of a cluster circle by its size. */
export const clusterRadius = (scale = 1): ExpressionSpecification => [
  'step',
  clusterShownCount,
  14 * scale,
  5,
  17 * scale,
  15,
  21 * scale,
];

/** Radius of the ring around a selected or hovered Campus symbol (the symbol is 24 px at scale 1). */
export const haloRadius = (scale = 1): ExpressionSpecification => [
  'case',
  stateFlag('selected'),
  17 * scale,
  15 * scale,
];

/** Text size growing with the zoom, times the screen's type scale (larger on a projector). */
export const labelSize = (min: number, max: number, scale = 1): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  4,
  min * scale,
  8,
  max * scale,
];

/** Size of the Campus symbols (1 = 24 px), growing with the zoom and the screen's type scale. */
export const iconSize = (scale = 1): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  4,
  0.85 * scale,
  9,
  1.1 * scale,
];

/** Root font size (px) the map's sizes are designed for; larger screens scale them up. */
export const DESIGN_FONT_SIZE = 15;

/** The layout sizes that follow the type scale: [layer, property, value] for `setLayoutProperty`. */
export function scaledSizes(
  scale: number,
): [string, 'text-size' | 'icon-size', ExpressionSpecification | number][] {
  return [
    [LAYERS.regionLabels, 'text-size', labelSize(10, 15, scale)],
    [LAYERS.frameLabels, 'text-size', labelSize(10, 13, scale)],
    [LAYERS.clusterCount, 'text-size', 13 * scale],
    [LAYERS.campusPoints, 'icon-size', iconSize(scale)],
    [LAYERS.campusApproximate, 'icon-size', iconSize(scale)],
  ];
}

/** The paint sizes that follow the scale (outlines, rings, clusters): [layer, property, value]. */
export function scaledPaint(
  scale: number,
): [string, 'line-width' | 'circle-radius', ExpressionSpecification | number][] {
  return [
    [LAYERS.regionsFocus, 'line-width', focusLineWidth(scale)],
    [LAYERS.academiesFocus, 'line-width', focusLineWidth(scale)],
    [LAYERS.clusters, 'circle-radius', clusterRadius(scale)],
    [LAYERS.campusHalo, 'circle-radius', haloRadius(scale)],
  ];
}
