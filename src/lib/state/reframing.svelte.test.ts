// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';
import { AppState } from './app.svelte.ts';
import { CameraRequests } from './camera.svelte.ts';
import { Explorer } from './explorer.svelte.ts';
import { HoverState } from './hover.svelte.ts';
import { frameFilterChanges } from './reframing.svelte.ts';
import { parseUrlState } from './urlState.ts';

const DATA: Dataset = { campus: CAMPUS, practices: PRACTICES, sectors: SECTORS, geography: {} as Geography };
let cleanup = () => {};
afterEach(() => cleanup());

/** An explorer whose filter changes are framed from now on, as the MapLibre map starts them. */
function following(search = '') {
  const explorer = new Explorer(
    DATA,
    new AppState(parseUrlState(search)),
    new HoverState(),
    new CameraRequests(),
  );
  cleanup = $effect.root(() => frameFilterChanges(explorer));
  flushSync();
  return explorer;
}

describe('frameFilterChanges', () => {
  it('leaves the opening view alone', () => {
    const explorer = following('?sectors=energie&map=6/45/2');
    expect(explorer.camera.request).toBeNull();
    expect(explorer.app.view).not.toBeNull();
  });

  it('frames the Campus a sector filter leaves', () => {
    const explorer = following();
    explorer.app.toggleSector('energie');
    flushSync();
    expect(explorer.camera.request?.target).toEqual({
      kind: 'shown',
      ids: explorer.shown.map((f) => f.id),
    });
    expect(explorer.shown.length).toBeLessThan(CAMPUS.length);
  });

  it('frames the région chosen', () => {
    const explorer = following();
    explorer.app.selectArea('region', '28');
    flushSync();
    expect(explorer.camera.request?.target).toEqual({ kind: 'area', level: 'region', code: '28' });
  });

  it('goes back to the first view when every Campus is shown again', () => {
    const explorer = following('?sectors=energie');
    explorer.app.view = { zoom: 6, lat: 45, lon: 2 };
    explorer.app.toggleSector('energie');
    flushSync();
    expect(explorer.app.view).toBeNull();
    expect(explorer.camera.request).toBeNull();
  });

  it('leaves a map the person has moved alone', () => {
    const explorer = following();
    explorer.camera.userMoved = true;
    explorer.app.toggleSector('energie');
    flushSync();
    expect(explorer.camera.request).toBeNull();
  });
});
