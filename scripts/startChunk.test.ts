import { describe, expect, it } from 'vitest';
import { sharedStartModules, staticClosure, type GraphNode } from './startChunk.ts';

/** A graph from `id: [static imports] | [dynamic imports]` lines. */
function graph(nodes: Record<string, [string[], string[]?]>): Map<string, GraphNode> {
  return new Map(Object.entries(nodes).map(([id, [s, d = []]]) => [id, { static: s, dynamic: d }]));
}

// The app page, the embed page, MapLibre's view (imported at start), the print sheet (on demand).
const GRAPH = graph({
  'index.html': [['main.ts']],
  'main.ts': [
    ['screen.svelte', 'state.ts', 'node_modules/svelte/index.js'],
    ['view.svelte', 'print.svelte'],
  ],
  'screen.svelte': [['header.svelte', 'palette.ts']],
  'header.svelte': [[]],
  'state.ts': [['palette.ts']],
  'palette.ts': [[]],
  'embed.html': [['embed.ts']],
  'embed.ts': [['state.ts', 'node_modules/svelte/index.js'], ['view.svelte']],
  'view.svelte': [['layers.ts', 'camera.ts']],
  'layers.ts': [[]],
  'camera.ts': [[]],
  'print.svelte': [['camera.ts', 'chart.ts', 'palette.ts']],
  'chart.ts': [[]],
  'node_modules/svelte/index.js': [[]],
});
const ours = (id: string) => !id.includes('node_modules');

describe('staticClosure', () => {
  it('follows static imports only, the root included', () => {
    expect([...staticClosure(GRAPH, 'view.svelte')].sort()).toEqual([
      'camera.ts',
      'layers.ts',
      'view.svelte',
    ]);
    expect(staticClosure(GRAPH, 'main.ts').has('print.svelte')).toBe(false);
  });
});

describe('sharedStartModules', () => {
  const shared = (startRoots: string[]) =>
    [...sharedStartModules(GRAPH, ['index.html', 'embed.html'], startRoots, ours)].sort();

  it('takes what the start reaches and another root shares, not what one root alone reaches', () => {
    // state.ts and palette.ts: the page and the embed; not header.svelte (the page's alone), not the
    // print sheet's chart.ts (on demand), not svelte (node_modules have their own groups).
    expect(shared(['index.html'])).toEqual(['palette.ts', 'state.ts']);
  });

  it('with MapLibre’s view at start, takes what it shares (camera.ts, with the print sheet), not its own', () => {
    expect(shared(['index.html', 'view.svelte'])).toEqual(['camera.ts', 'palette.ts', 'state.ts']);
  });
});
