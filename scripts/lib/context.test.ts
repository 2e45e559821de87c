import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { bbox } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CONTEXT_BOUNDS } from './context.ts';

const topology = JSON.parse(readFileSync('data/context.topo.json', 'utf8')) as Topology;
const countries = feature(
  topology,
  topology.objects['countries'] as GeometryCollection<{ name: string }>,
).features;

describe('data/context.topo.json', () => {
  it.each([
    ['724', 'Spain'],
    ['826', 'United Kingdom'],
    ['276', 'Germany'],
    ['380', 'Italy'],
    ['756', 'Switzerland'],
  ])('holds neighbour %s (%s)', (id, name) => {
    expect(countries.find((f) => f.id === id)?.properties.name).toBe(name);
  });

  it('leaves France out: our own layers draw it', () => {
    expect(countries.some((f) => f.id === '250')).toBe(false);
  });

  it('stays within the clipping box', () => {
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: countries });
    const [W, S, E, N] = CONTEXT_BOUNDS;
    expect([w >= W - 0.01, s >= S - 0.01, e <= E + 0.01, n <= N + 0.01]).toEqual([true, true, true, true]);
  });
});
