/**
 * `npm run data [-- --source DIR --out DIR --geography FILE --verbose --quiet]`
 * Validates the source records and writes the dataset the app loads. On any problem it prints every
 * error as `file:line: field: what is wrong — what was expected`, exits 1 and leaves the previous
 * output untouched.
 *
 * On success it prints one line (what was written, how many warnings and facts from outside the
 * livret, and where the build report is), then each reviewed source conflict (`resolutions.csv`) in
 * full: `npm run dev` and `npm test` run it first, so the rest stays in the report
 * (`build-report.json`), and `--verbose` prints it too.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { buildDataset } from './lib/build.ts';
import { loadGeography, readSources, writeAtomically } from './lib/io.ts';
import { COMMUNES_FILE, formatCommunes } from '../src/lib/data/communes.ts';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        source: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/data' },
        geography: { type: 'string', default: 'data/france.topo.json' },
        quiet: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    console.error(
      `build-data: ${(e as Error).message}\nusage: npm run data -- [--source DIR] [--out DIR] [--geography FILE] [--verbose] [--quiet]`,
    );
    return 2;
  }
  const { sources, errors } = readSources(values.source);
  if (!sources) {
    console.error(errors.join('\n'));
    return 1;
  }
  const geography = loadGeography(values.geography);
  const result = buildDataset(sources, geography);
  if (!result.ok) {
    const prefixed = result.errors.map((e) => join(values.source, e));
    console.error(prefixed.join('\n'));
    console.error(`\n${result.errors.length} problem(s) found — nothing was written to ${values.out}.`);
    return 1;
  }
  // Beside the dataset, the compact commune gazetteer the app fetches when someone opens their own list.
  writeAtomically(values.out, {
    ...result.files,
    [COMMUNES_FILE]: formatCommunes(geography.gazetteer.entries()),
  });
  if (!values.quiet) {
    const { counts, warnings, resolutions, outside_facts } = result.report;
    console.log(
      `dataset written to ${values.out}: ${counts.campus} Campus, ${counts.practices} practices, ` +
        `${counts.sectors} sector groups; ${warnings.length} warning(s), ${outside_facts.length} fact(s) ` +
        `not stated by the livret — see ${join(values.out, 'build-report.json')}`,
    );
    for (const r of resolutions)
      console.log(`  resolved ${r.record} ${r.field}: ${r.declared} → ${r.resolved} (${r.reason})`);
    if (!values.verbose) return 0;
    for (const w of warnings) console.log(`  warning: ${w}`);
    if (outside_facts.length > 0) {
      console.log(`  ${outside_facts.length} fact(s) not stated by the livret:`);
      for (const f of outside_facts) {
        const from =
          f.basis === 'source'
            ? f.url
            : f.basis === 'livret-text'
              ? 'our reading of the livret'
              : "académie's seat";
        // A fact since the livret says what kind it is and when: « felletin · since merged_into 2023: … ».
        const what = f.kind ? `${f.fact} ${f.kind} ${f.date}` : f.fact;
        console.log(`    ${f.record} · ${what}: ${f.value || '—'} ← ${from}`);
      }
    }
  }
  return 0;
}

process.exitCode = main();
