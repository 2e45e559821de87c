// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { AppState } from '../state/app.svelte.ts';
import { CameraRequests } from '../state/camera.svelte.ts';
import { Explorer } from '../state/explorer.svelte.ts';
import { HoverState } from '../state/hover.svelte.ts';
import { parseUrlState } from '../state/urlState.ts';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';
import { closesSheet, PhoneSheets } from './phoneSheets.svelte.ts';

const DATA: Dataset = { campus: CAMPUS, practices: PRACTICES, sectors: SECTORS, geography: {} as Geography };
let cleanup = () => {};
afterEach(() => cleanup());

function phone(search = '') {
  const explorer = new Explorer(
    DATA,
    new AppState(parseUrlState(search)),
    new HoverState(),
    new CameraRequests(),
  );
  let sheets!: PhoneSheets;
  cleanup = $effect.root(() => {
    sheets = new PhoneSheets(explorer);
  });
  flushSync();
  return { explorer, sheets };
}

describe('closesSheet', () => {
  it.each([
    [{ kind: 'campus', id: 'x' }, true],
    [{ kind: 'practice', id: 'p' }, true],
    [{ kind: 'area', level: 'region', code: '28' }, true],
    [{ kind: 'shown', ids: ['x'] }, false],
  ] as const)('%o → %s', (target, closes) => {
    expect(closesSheet(target)).toBe(closes);
  });
});

describe('PhoneSheets', () => {
  it('fits what the map shows above a sheet that opens, and the first view when it closes', () => {
    const { explorer, sheets } = phone();
    explorer.app.view = { lon: 2, lat: 45, zoom: 6 };
    sheets.choose('side');
    flushSync();
    expect(explorer.camera.request?.target).toEqual({
      kind: 'shown',
      ids: CAMPUS.map((f) => f.id),
    });
    sheets.close();
    flushSync();
    expect(explorer.app.view).toBeNull();
  });

  it('waits under a full-height sheet, and opens the next one at half height', () => {
    const { explorer, sheets } = phone();
    sheets.choose('charts');
    flushSync();
    const seq = explorer.camera.request?.seq;
    sheets.toggleSize();
    flushSync();
    expect(sheets.full).toBe(true);
    expect(explorer.camera.request?.seq).toBe(seq);
    sheets.choose('side');
    expect(sheets.full).toBe(false);
    sheets.toggleSize();
    sheets.close();
    flushSync();
    expect(sheets.full).toBe(false);
  });

  it('leaves a map the person has moved alone', () => {
    const { explorer, sheets } = phone();
    explorer.camera.userMoved = true;
    sheets.choose('side');
    flushSync();
    expect(explorer.camera.request).toBeNull();
  });

  it('closes on a request whose answer is on the map, not on a filter’s framing', () => {
    const { explorer, sheets } = phone();
    explorer.camera.userMoved = true;
    sheets.choose('side');
    flushSync();
    explorer.camera.focus({ kind: 'shown', ids: ['cherbourg'] });
    flushSync();
    expect(sheets.open).toBe('side');
    explorer.camera.focus({ kind: 'campus', id: 'cherbourg' });
    flushSync();
    expect(sheets.open).toBeNull();
  });
});
