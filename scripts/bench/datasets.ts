/**
 * The two datasets the pages load, built with the project's own pipeline into a temporary folder: the
 * livret (what `npm run data` writes) and 10 000 synthetic Campus on real communes (practices emptied
 * to their header, the eleven sectors unchanged).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, type SourceFiles } from '../lib/build.ts';
import { loadGeography, readSources } from '../lib/io.ts';
import { syntheticCampusCsv } from './synthetic.ts';
import { COMMUNES_FILE, formatCommunes } from '../../src/lib/data/communes.ts';
import type { DatasetId } from './types.ts';

export interface BuiltDataset {
  id: DatasetId;
  dir: string;
  /** Campus in campus.geojson. */
  count: number;
  bySector: Record<string, number>;
  /** Sector labels (French), by id, as the legend shows them. */
  sectorLabels: Record<string, string>;
}

const PRACTICES_HEADER = 'id,title,chapter,level,campus,academie,region,summary,source\n';

function build(
  id: DatasetId,
  sources: SourceFiles,
  dir: string,
  geo: ReturnType<typeof loadGeography>,
): BuiltDataset {
  const result = buildDataset(sources, geo);
  if (!result.ok)
    throw new Error(`dataset « ${id} » does not build:\n${result.errors.slice(0, 10).join('\n')}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(result.files)) writeFileSync(join(dir, name), text);
  // As `npm run data` writes it beside the dataset: « Vos données » fetches it.
  writeFileSync(join(dir, COMMUNES_FILE), formatCommunes(geo.gazetteer.entries()));
  const sectors = JSON.parse(result.files['sectors.json'] ?? '[]') as { id: string; label_fr: string }[];
  return {
    id,
    dir,
    count: result.report.counts.campus,
    bySector: result.report.counts.bySector,
    sectorLabels: Object.fromEntries(sectors.map((s) => [s.id, s.label_fr])),
  };
}

export function buildDatasets(root: string, largeCount: number): Record<DatasetId, BuiltDataset> {
  const geo = loadGeography('data/france.topo.json');
  const { sources, errors } = readSources('data');
  if (!sources) throw new Error(errors.join('\n'));
  const livret = build('livret', sources, join(root, 'data-livret'), geo);
  const enc = (s: string) => new TextEncoder().encode(s);
  const large = build(
    'large',
    {
      campus: enc(syntheticCampusCsv(geo.gazetteer, largeCount)),
      practices: enc(PRACTICES_HEADER),
      sectors: new Uint8Array(readFileSync('data/sectors.csv')),
    },
    join(root, 'data-large'),
    geo,
  );
  return { livret, large };
}
