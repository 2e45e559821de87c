/**
 * The build's test fixture (scripts/fixtures/basic) as texts a test may edit, and as the bytes
 * `buildDataset` reads: shared by build.test.ts and build.rejects.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFiles } from './build.ts';

const FIXTURE = 'scripts/fixtures/basic';
const read = (name: string) => readFileSync(join(FIXTURE, name), 'utf8');
const enc = (text: string) => new TextEncoder().encode(text);
export const fixture = (): Record<keyof SourceFiles, string> => ({
  campus: read('campus.csv'),
  practices: read('practices.csv'),
  sectors: read('sectors.csv'),
  resolutions: read('resolutions.csv'),
});
export const toSources = (texts: Record<keyof SourceFiles, string>): SourceFiles => ({
  campus: enc(texts.campus),
  practices: enc(texts.practices),
  sectors: enc(texts.sectors),
  resolutions: enc(texts.resolutions),
});
