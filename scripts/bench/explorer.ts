/**
 * `npm run bench:explorer` — the Svelte-side cost of a sector filter change at 10 000 Campus: the
 * explorer's derived state (the Campus shown, the chart counts, the summary, the list order…) is
 * recomputed after each toggle of « Transition énergétique ». The real `Explorer` runs, with Svelte's
 * client signals (see svelte-runes-hooks.ts), on synthetic records built in memory. Prints the
 * median and range of N toggles; it asserts nothing.
 */
import { register } from 'node:module';
import { performance } from 'node:perf_hooks';
import type { CampusFeature, Chapter } from '../../src/lib/model/types.ts';
import { CHAPTERS, SECTOR_IDS } from '../../src/lib/model/types.ts';
import type { Dataset } from '../../src/lib/data/loadDataset.ts';
import { ACADEMIES } from '../../src/lib/geo/academies.ts';
import type { Geography } from '../../src/lib/data/geography.ts';
import { makeCampus, PRACTICES, SECTORS } from '../../src/lib/testing/fixtures.ts';
import { median } from './stats.ts';
import { seededRandom } from './synthetic.ts';

register('./svelte-runes-hooks.ts', import.meta.url);
// Imported after the hooks are registered: these modules hold runes.
const { AppState } = await import('../../src/lib/state/app.svelte.ts');
const { CameraRequests } = await import('../../src/lib/state/camera.svelte.ts');
const { Explorer } = await import('../../src/lib/state/explorer.svelte.ts');
const { HoverState } = await import('../../src/lib/state/hover.svelte.ts');

const COUNT = Number(process.env['BENCH_COUNT'] ?? 10_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 41);

/** Campus spread over the académies, sectors, statuses and chapters, with searchable text. */
function syntheticCampus(count: number): CampusFeature[] {
  const random = seededRandom(1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const academie = pick(ACADEMIES);
    const chapters: Chapter[] = random() < 0.3 ? [pick(CHAPTERS)] : [];
    return makeCampus(`synthetic-${i + 1}`, {
      name: `Campus synthétique ${i + 1} ${academie.name}`,
      sector: pick(SECTOR_IDS),
      status: random() < 0.8 ? 'labellise' : 'projet',
      town: `Ville ${Math.floor(random() * 3000)}`,
      region: academie.region,
      academie: academie.id,
      academie_2020: academie.id,
      lead: `Lycée ${i + 1}`,
      partners: ['Entreprise A', 'Université B'],
      chapters,
    });
  });
}

const data: Dataset = {
  campus: syntheticCampus(COUNT),
  practices: PRACTICES,
  sectors: SECTORS,
  geography: {} as Geography,
};
let start = performance.now();
const explorer = new Explorer(data, new AppState(), new HoverState(), new CameraRequests());
const buildMs = performance.now() - start;

/** Reads what the screen reads after a change (map, list, charts, legend, choropleth, summary). */
function readAll(): number {
  const byName = (explorer as { shownByName?: readonly CampusFeature[] }).shownByName;
  return (
    explorer.shown.length +
    (byName?.length ?? 0) +
    explorer.sectorCounts.size +
    explorer.areaCounts.size +
    explorer.choropleth.thresholds.length +
    explorer.highlightedCampus.size +
    explorer.summary.length
  );
}

/** Times `change(on)` then `change(off)`, each followed by the reads of the screen, `runs` times. */
function timeChanges(runs: number, change: (on: boolean) => void): { on: number[]; off: number[] } {
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [times, value] of [
      [on, true],
      [off, false],
    ] as const) {
      start = performance.now();
      change(value);
      readAll();
      times.push(performance.now() - start);
    }
  }
  return { on, off };
}

const line = (label: string, times: number[]) =>
  console.log(
    `${label.padEnd(34)} median ${median(times).toFixed(2).padStart(6)} ms (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})`,
  );

const CHANGES: [string, (on: boolean) => void][] = [
  ['sector filter « energie »', () => explorer.app.toggleSector('energie')],
  ['search « ville 12 »', (on) => explorer.app.setFilters({ query: on ? 'ville 12' : '' })],
];

readAll();
console.log(`${COUNT} synthetic Campus, ${RUNS} runs; explorer built in ${buildMs.toFixed(0)} ms`);
for (const [label, change] of CHANGES) {
  timeChanges(10, change); // warm-up: let V8 optimise before timing
  const { on, off } = timeChanges(RUNS, change);
  line(`${label} on`, on);
  line(`${label} off`, off);
}
