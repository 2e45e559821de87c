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
import { COLOURS } from '../theme/palette.ts';

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
  controlsRoom: 'controls-room',
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
  campusRoom: 'campus-room',
  controlsRoom: 'controls-room',
} as const;

/** A blank image as large as a Campus symbol: the room layer's marks take space, draw nothing. */
export const ROOM_ICON = 'campus-room';

/** Zoom from which the Campus name their town (about a département in the viewport). */
export const TOWN_LABEL_MINZOOM = 7;

/** The offline base style: a sea-coloured background, no remote source, no glyphs, no sprite. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Campus — hors ligne',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': COLOURS.sea } }],
  };
}

const stateFlag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

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

/**
 * Size of the names of the overseas insets: small enough to stay inside a frame at every zoom (a frame
 * is ~35 px wide on a phone's national view, ~60 px on a laptop's).
 */
export const frameLabelSize = (scale = 1): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  3.5,
  6 * scale,
  5,
  8.5 * scale,
  6,
  11 * scale,
  8,
  13 * scale,
];

/** [zoom, size] stops of the Campus symbols (1 = 24 px), linear between, constant beyond. */
const ICON_STOPS: readonly (readonly [number, number])[] = [
  [4, 0.85],
  [9, 1.1],
];

/**
 * Size of the room a mark of the Campus overlay takes in MapLibre's collision index: the Campus
 * symbol's size times the mark's side in symbols (`k`: 1 for a Campus, more for a ring or an aggregate).
 */
export const roomSize = (scale = 1): ExpressionSpecification =>
  [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...ICON_STOPS.flatMap(([zoom, size]) => [zoom, ['*', size * scale, ['get', 'k']]]),
  ] as ExpressionSpecification;

/**
 * Size of the Campus symbols (1 = 24 px) at `zoom`, growing with the zoom and the screen's type scale:
 * the overlay's and the SVG map's symbols, and the placement (which works in pixels).
 */
export function iconSizeAt(zoom: number, scale = 1): number {
  const [first, last] = [ICON_STOPS[0]!, ICON_STOPS[ICON_STOPS.length - 1]!];
  if (zoom <= first[0]) return first[1] * scale;
  if (zoom >= last[0]) return last[1] * scale;
  const t = (zoom - first[0]) / (last[0] - first[0]);
  return (first[1] + t * (last[1] - first[1])) * scale;
}

/** Closest zoom of the first view (a small embedded area is not fitted to the street). */
export const HOME_MAX_ZOOM = 9;

/** Root font size (px) the map's sizes are designed for; larger screens scale them up. */
export const DESIGN_FONT_SIZE = 15;

/** The layout sizes that follow the type scale: [layer, property, value] for `setLayoutProperty`. */
export function scaledSizes(
  scale: number,
): [string, 'text-size' | 'icon-size', ExpressionSpecification | number][] {
  return [
    [LAYERS.regionLabels, 'text-size', labelSize(10, 15, scale)],
    [LAYERS.frameLabels, 'text-size', frameLabelSize(scale)],
    [LAYERS.campusRoom, 'icon-size', roomSize(scale)],
  ];
}

/** The paint sizes that follow the scale (outlines): [layer, property, value]. */
export function scaledPaint(
  scale: number,
): [string, 'line-width' | 'circle-radius', ExpressionSpecification | number][] {
  return [
    [LAYERS.regionsFocus, 'line-width', focusLineWidth(scale)],
    [LAYERS.academiesFocus, 'line-width', focusLineWidth(scale)],
  ];
}
