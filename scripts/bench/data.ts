/**
 * `npm run bench:data` — build time of the dataset for 1 000 and 10 000 synthetic Campus on real
 * communes. Prints figures (median of 5 runs after a warm-up); it asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildDataset } from '../lib/build.ts';
import { loadGeography } from '../lib/io.ts';
import { median } from './stats.ts';
import { syntheticCampusCsv } from './synthetic.ts';

const t0 = performance.now();
const geo = loadGeography('data/france.topo.json');
const loadMs = performance.now() - t0;
const enc = (s: string) => new TextEncoder().encode(s);
const base = {
  practices: enc('id,title,chapter,level,campus,academie,region,summary,source\n'),
  sectors: new Uint8Array(readFileSync('data/sectors.csv')),
};

function bench(count: number): number {
  const campus = enc(syntheticCampusCsv(geo.gazetteer, count));
  buildDataset({ ...base, campus }, geo); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const result = buildDataset({ ...base, campus }, geo);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(result.errors.slice(0, 5).join('\n'));
  }
  const ms = median(times);
  console.log(
    `${String(count).padStart(6)} records: ${ms.toFixed(0).padStart(5)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
  );
  return ms;
}

console.log(`gazetteer + geography load (once per build): ${loadMs.toFixed(0)} ms`);
const small = bench(1000);
const large = bench(10000);
console.log(`ratio 10 000 / 1 000: ${(large / small).toFixed(2)} (linear growth would be 10)`);
console.log(
  `full build of 10 000 records including load: ${(loadMs + large).toFixed(0)} ms (target < 2000 ms)`,
);
