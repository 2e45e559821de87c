/**
 * What differs between the two levels of area AreaLayer draws: their source and layer ids, and how
 * their layers are shown. Régions are the land under everything, drawn at either level; académies are
 * shown on demand: their areas at their level, their boundaries then or when asked for (the toggle).
 */
import type { AreaLevel } from '../model/areas.ts';
import { COLOURS } from '../theme/palette.ts';
import { LAYERS, SOURCES } from './style.ts';

export interface AreaLevelLayers {
  source: string;
  /** The areas: plain land, or the choropleth; what clicks and hovers hit. */
  fill: string;
  /** The boundaries. */
  line: string;
  /** The outline of the selected, hovered or highlighted areas. */
  focus: string;
  /** Whether the fill and the boundaries start hidden and are shown by `areaDisplay`. */
  onDemand: boolean;
}

export const AREA_LEVEL_LAYERS: Readonly<Record<AreaLevel, AreaLevelLayers>> = {
  region: {
    source: SOURCES.regions,
    fill: LAYERS.regionsFill,
    line: LAYERS.regionsLine,
    focus: LAYERS.regionsFocus,
    onDemand: false,
  },
  academie: {
    source: SOURCES.academies,
    fill: LAYERS.academiesFill,
    line: LAYERS.academiesLine,
    focus: LAYERS.academiesFocus,
    onDemand: true,
  },
};

/** How the layers of a level shown on demand are drawn at a moment. */
export interface AreaDisplay {
  fill: boolean;
  line: boolean;
  lineDash: [number, number];
  lineColour: string;
}

/**
 * The display of a level's layers, given whether it is the app's level (`active`) and whether its
 * boundaries are asked for (`lines`); null for a level always drawn as added. Boundaries are dashed
 * over the régions (an overlay), solid and région-coloured when they bound the areas drawn.
 */
export function areaDisplay(level: AreaLevel, active: boolean, lines: boolean): AreaDisplay | null {
  if (!AREA_LEVEL_LAYERS[level].onDemand) return null;
  return {
    fill: active,
    line: lines || active,
    lineDash: active ? [1, 0] : [3, 2],
    lineColour: active ? COLOURS.regionLine : COLOURS.academieLine,
  };
}
