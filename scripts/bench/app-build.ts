/** Builds the app with the project's Vite config into a folder of the benchmark's own. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function buildApp(outDir: string): void {
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 240_000 },
  );
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status ?? run.signal})`);
  // The <campus-map> element beside it, as `npm run build` does (the bytes report measures its first step).
  const element = spawnSync(
    process.execPath,
    [vite, 'build', '-c', 'vite.element.config.ts', '--outDir', outDir, '--logLevel', 'warn'],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 240_000 },
  );
  if (element.error) throw element.error;
  if (element.status !== 0)
    throw new Error(`vite element build failed (exit ${element.status ?? element.signal})`);
}
