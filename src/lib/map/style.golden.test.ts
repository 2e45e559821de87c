/**
 * Golden file of the map's style: the base style, every layer specification and how AreaLayer restyles
 * them by level, as JSON. A change to a colour, a width or an expression shows in the diff of
 * `__golden__/map-style.json` and is accepted on purpose, as the pipeline's output is
 * (scripts/lib/build.test.ts), with vitest's file snapshots:
 *
 *   npx vitest run src/lib/map/style.golden.test.ts --update
 *
 * (`--update` after the path: vitest reads a word right after `-u` as the kind of update.)
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AREA_LEVELS } from '../model/areas.ts';
import { areaDisplay } from './areaLevels.ts';
import * as layers from './layers.ts';
import { baseStyle } from './style.ts';

const GOLDEN = './__golden__/map-style.json';

/** Every export of layers.ts, called with each of its arguments worth drawing. */
const SPECIFICATIONS = {
  basemapLayer: layers.basemapLayer(),
  basemapSource: layers.basemapSource('https://tiles.example.org/{z}/{x}/{y}.png', '© example'),
  countryLayers: layers.countryLayers(),
  areaLayers: Object.fromEntries(AREA_LEVELS.map((level) => [level, layers.areaLayers(level)])),
  departementLayer: layers.departementLayer(),
  dromTrueLayers: layers.dromTrueLayers(),
  insetFrameLayers: layers.insetFrameLayers(),
  regionLabelLayer: layers.regionLabelLayer(),
  campusRoomLayer: layers.campusRoomLayer(),
  controlsRoomLayer: layers.controlsRoomLayer(),
} satisfies Record<keyof typeof layers, unknown>;

/** How AreaLayer restyles the layers of each level, in each state: part of what the map looks like. */
const AREA_DISPLAYS = Object.fromEntries(
  AREA_LEVELS.flatMap((level) =>
    [false, true].flatMap((active) =>
      [false, true].map((lines) => [
        `${level} active=${active} lines=${lines}`,
        areaDisplay(level, active, lines),
      ]),
    ),
  ),
);

/**
 * A copy with numbers rounded to 4 decimals (so float noise in a computed stop is no change) and
 * object keys sorted (their order means nothing to MapLibre); array order is kept, it does mean something.
 */
function stable(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e4) / 1e4 + 0; // + 0 turns -0 into 0
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/** Formatted as Prettier formats the file, so `prettier --check` accepts the golden file as written. */
async function asGoldenJson(value: unknown): Promise<string> {
  // Node's Prettier, not the one Vite resolves: the test setup's browser condition picks Prettier's
  // standalone build, which cannot read the project's configuration.
  const prettier = createRequire(import.meta.url)('prettier') as typeof import('prettier');
  const path = fileURLToPath(new URL(GOLDEN, import.meta.url));
  return prettier.format(JSON.stringify(value), { ...(await prettier.resolveConfig(path)), filepath: path });
}

describe('map style golden file', () => {
  it('covers every export of layers.ts', () => {
    expect(Object.keys(SPECIFICATIONS).sort()).toEqual(Object.keys(layers).sort());
  });

  it('matches __golden__/map-style.json', async () => {
    const style = { baseStyle: baseStyle(), ...SPECIFICATIONS, areaDisplay: AREA_DISPLAYS };
    await expect(await asGoldenJson(stable(style))).toMatchFileSnapshot(GOLDEN);
  });

  it('rounds numbers and sorts keys', () => {
    expect(stable({ b: [0.123456, -0.00001], a: 'x' })).toEqual({ a: 'x', b: [0.1235, 0] });
    expect(Object.keys(stable({ b: 1, a: 2 }) as object)).toEqual(['a', 'b']);
  });
});
