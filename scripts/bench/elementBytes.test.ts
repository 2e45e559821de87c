import { describe, expect, it } from 'vitest';
import { firstStepFiles, firstStepFilesSync, staticImports } from './elementBytes.ts';

describe('staticImports', () => {
  it('finds static imports and re-exports of minified and formatted code, not import()', () => {
    const code = [
      'import"./assets/campus-map-first-a1.js";',
      'import{A as e,$ as t}from"./b.js";',
      "import * as ns from '../c.js';",
      'export{x}from"./d.js";export*from"./e.js";',
      'const later=()=>import("./assets/campus-map-MapLibreView-f.js");',
      'import("./g.js").then(()=>{});',
      'import maplibre from "maplibre-gl";', // bare: not a file of the build
    ].join('\n');
    expect(staticImports(code)).toEqual([
      './assets/campus-map-first-a1.js',
      './b.js',
      '../c.js',
      './d.js',
      './e.js',
    ]);
  });
});

describe('firstStepFiles', () => {
  it('follows static imports at any depth, each file once, resolved against the importer', async () => {
    const files: Record<string, string> = {
      'http://s/campus-map.js': 'import"./assets/first.js";customElements.define()',
      'http://s/assets/first.js': 'import{a}from"./shared.js";import("./maplibre.js")',
      'http://s/assets/shared.js': 'export{b}from"./first.js";',
      'http://s/assets/maplibre.js': 'a big chunk',
    };
    const read = (url: string) => new TextEncoder().encode(files[url] ?? '');
    const expected = ['http://s/campus-map.js', 'http://s/assets/first.js', 'http://s/assets/shared.js'];
    const step = await firstStepFiles('http://s/campus-map.js', async (url) => read(url));
    expect(step.map((f) => f.url)).toEqual(expected);
    expect(firstStepFilesSync('http://s/campus-map.js', read)).toEqual(expected);
  });
});
