/**
 * Byte figures: the files the app requested at start, sorted into app JavaScript, MapLibre's chunk and
 * worker, CSS and fonts, each gzipped with zlib (level 9); the datasets; the comparison pages' libraries.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstStepFilesSync } from './elementBytes.ts';
import type { BytesReport, FileSize } from './types.ts';

export type AssetKind = 'maplibre' | 'worker' | 'js' | 'css' | 'font' | 'data' | 'other';

/** What a built file is, from its name (Vite names MapLibre's chunk `maplibre-<hash>.js`). */
export function classifyAsset(path: string): AssetKind {
  const name = basename(path).toLowerCase();
  if (/(^|[\\/])data[\\/]/.test(path) || /\.(geo)?json$/.test(name)) return 'data';
  if (/worker.*\.m?js$/.test(name) && name.includes('maplibre')) return 'worker';
  if (/^maplibre[-.].*\.m?js$/.test(name)) return 'maplibre';
  if (/\.m?js$/.test(name)) return 'js';
  if (name.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf|eot)$/.test(name)) return 'font';
  return 'other';
}

function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function sizeOf(file: string, name = basename(file)): FileSize {
  const bytes = readFileSync(file);
  return { name, raw: bytes.length, gzip: gzipSize(bytes) };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export interface BytesInput {
  /** Files the app requested while loading (absolute paths, in request order, duplicates allowed). */
  requested: readonly string[];
  /** The built app's folder. */
  appDir: string;
  datasets: readonly { label: string; dir: string }[];
  /** Dataset file names the app loads (from the requests; all JSON files of the folder otherwise). */
  datasetFiles: readonly string[];
  reference: readonly { file: string; name: string }[];
}

/** `<campus-map>`'s first step in a build (empty when the build has no campus-map.js). */
function elementFirstStep(appDir: string): FileSize[] {
  const entry = join(appDir, 'campus-map.js');
  if (!existsSync(entry)) return [];
  return firstStepFilesSync(pathToFileURL(entry).href, (url) => readFileSync(new URL(url)))
    .map((url) => fileURLToPath(url))
    .map((file) => sizeOf(file, relative(appDir, file)));
}

export function bytesReport(input: BytesInput): BytesReport {
  const requested = [...new Set(input.requested)];
  const of = (kind: AssetKind) =>
    requested.filter((f) => classifyAsset(relative(input.appDir, f)) === kind).map((f) => sizeOf(f));
  const built = listFiles(input.appDir).filter((f) => /\.m?js$/.test(f) && !requested.includes(f));
  const element = elementFirstStep(input.appDir);
  return {
    appJs: of('js'),
    maplibre: of('maplibre'),
    worker: of('worker'),
    css: of('css'),
    fonts: of('font'),
    otherBuildJs: built
      .filter((f) => !element.some((e) => join(input.appDir, e.name) === f))
      .map((f) => sizeOf(f, relative(input.appDir, f))),
    elementFirstStep: element,
    datasets: input.datasets.map(({ label, dir }) => {
      const names = input.datasetFiles.length
        ? input.datasetFiles
        : readdirSync(dir).filter((n) => /\.(geo)?json$/.test(n) && n !== 'build-report.json');
      return { label, files: names.map((n) => sizeOf(join(dir, n))) };
    }),
    reference: input.reference.map(({ file, name }) => sizeOf(file, name)),
  };
}
