import { describe, expect, it } from 'vitest';
import { AREA_LEVELS } from '../model/areas.ts';
import { COLOURS } from '../theme/palette.ts';
import { AREA_LEVEL_LAYERS, areaDisplay } from './areaLevels.ts';
import { LAYERS } from './style.ts';

describe('AREA_LEVEL_LAYERS', () => {
  it('names distinct sources and layers per level, among the style’s layer ids', () => {
    const ids = AREA_LEVELS.flatMap((level) => {
      const { fill, line, focus } = AREA_LEVEL_LAYERS[level];
      return [fill, line, focus];
    });
    expect(new Set(ids).size).toBe(6);
    expect(Object.values(LAYERS)).toEqual(expect.arrayContaining(ids));
    expect(AREA_LEVEL_LAYERS.region.source).not.toBe(AREA_LEVEL_LAYERS.academie.source);
  });
});

describe('areaDisplay', () => {
  it('leaves the régions as added, at either level', () => {
    expect(areaDisplay('region', true, true)).toBeNull();
    expect(areaDisplay('region', false, false)).toBeNull();
  });

  it('hides the académies unless they are the level or their boundaries are asked for', () => {
    expect(areaDisplay('academie', false, false)).toMatchObject({ fill: false, line: false });
  });

  it('draws académie boundaries dashed over the régions when asked for, areas still hidden', () => {
    expect(areaDisplay('academie', false, true)).toEqual({
      fill: false,
      line: true,
      lineDash: [3, 2],
      lineColour: COLOURS.academieLine,
    });
  });

  it('draws the académies as the areas, with solid région-coloured boundaries, at their level', () => {
    for (const lines of [false, true])
      expect(areaDisplay('academie', true, lines)).toEqual({
        fill: true,
        line: true,
        lineDash: [1, 0],
        lineColour: COLOURS.regionLine,
      });
  });
});
