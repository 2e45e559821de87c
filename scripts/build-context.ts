/**
 * `npm run context`: builds data/context.topo.json, the backdrop of neighbouring countries, from the
 * world-atlas package (Natural Earth 50 m countries, public domain).
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { contextTopology, neighbouringCountries } from './lib/context.ts';

const require = createRequire(import.meta.url);
const world = require('world-atlas/countries-50m.json') as Topology;
const countries = neighbouringCountries(world);
const text = JSON.stringify(contextTopology(countries)) + '\n';
writeFileSync('data/context.topo.json', text);
console.log(
  `context: ${countries.length} countries → data/context.topo.json (${(text.length / 1024).toFixed(0)} KB)`,
);
