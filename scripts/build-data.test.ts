import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = join('node_modules', '.bin', 'tsx');

async function buildData(source: string, out: string, ...options: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, [
      'scripts/build-data.ts',
      '--source',
      source,
      '--out',
      out,
      ...options,
    ]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run data (command line)', () => {
  it('writes the dataset, replacing the previous output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'campus-data-'));
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.txt'), 'old');
    const result = await buildData('scripts/fixtures/basic', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('6 Campus, 3 practices, 11 sector groups');
    // `npm run dev` runs it first: one line with the report's path, then each reviewed source conflict;
    // the warnings and the facts from outside the livret stay in the report.
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as {
      warnings: string[];
      resolutions: unknown[];
    };
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(result.stdout).toContain(`see ${join(out, 'build-report.json')}`);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1 + report.resolutions.length);
    expect(result.stdout).not.toContain('warning:');
    expect(readdirSync(out).sort()).toEqual([
      'build-report.json',
      'campus.geojson',
      'communes.tsv',
      'context.topo.json',
      'france.topo.json',
      'practices.json',
      'sectors.json',
    ]);
  });

  it('prints the warnings and the facts from outside the livret with --verbose', async () => {
    const out = mkdtempSync(join(tmpdir(), 'campus-data-'));
    const result = await buildData('scripts/fixtures/basic', out, '--verbose');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: tourisme-reunion');
    expect(result.stdout).toMatch(/fact\(s\) not stated by the livret:\n {4}\S+ · /);
  });

  it('on bad input prints every error, exits 1 without a stack trace and leaves the output untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'campus-data-'));
    const source = join(dir, 'source');
    cpSync('scripts/fixtures/basic', source, { recursive: true });
    const campus = readFileSync(join(source, 'campus.csv'), 'utf8');
    writeFileSync(
      join(source, 'campus.csv'),
      campus.replace(',materiaux,', ',plastique,').replace(',caen,28,', ',caen,99,'),
    );
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'campus.geojson'), 'previous');
    const result = await buildData(source, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(source, 'campus.csv')}:2: sector: unknown value « plastique »`);
    expect(result.stderr).toContain(`${join(source, 'campus.csv')}:3: region: unknown value « 99 »`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(out, 'campus.geojson'), 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['out', 'source']);
  });

  it('names a missing source file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'campus-data-'));
    const result = await buildData(dir, join(dir, 'out'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'campus.csv')}:0: (file): not found`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
