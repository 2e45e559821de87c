// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { AppState } from './app.svelte.ts';
import { parseUrlState } from './urlState.ts';
import { syncUrl } from './urlSync.svelte.ts';

const known = { campus: new Set(['a', 'b']), practices: new Set<string>() };
let cleanup = () => {};

function start(search: string) {
  history.replaceState(null, '', `/${search}`);
  const app = new AppState(parseUrlState(location.search, known));
  cleanup = $effect.root(() => syncUrl(app, known));
  flushSync();
  return app;
}

afterEach(() => cleanup());

describe('syncUrl', () => {
  it('tidies the opening link without adding a history entry', () => {
    const before = history.length;
    start('?academie=caen&foo=bar');
    expect(location.search).toBe('?academie=normandie');
    expect(history.length).toBe(before);
  });

  it('pushes a history entry for a filter change', () => {
    const app = start('');
    const before = history.length;
    app.toggleSector('energie');
    flushSync();
    expect(location.search).toBe('?sectors=energie');
    expect(history.length).toBe(before + 1);
  });

  it('replaces the entry when only the map view changes', () => {
    const app = start('?region=75');
    const before = history.length;
    app.view = { lon: 2, lat: 46, zoom: 5 };
    flushSync();
    expect(location.search).toBe('?region=75&map=5/46/2');
    expect(history.length).toBe(before);
  });

  it('restores the state on back/forward (popstate)', () => {
    const app = start('?sectors=energie');
    history.pushState(null, '', '/?campus=b&lang=en');
    dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    expect(app.campus).toBe('b');
    expect(app.lang).toBe('en');
    expect(app.filters.sectors).toEqual([]);
  });
});
