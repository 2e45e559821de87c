import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { memoryStore } from '../data/keptList.ts';
import type { OwnListFile, OwnListResult } from '../ingest/ownList.ts';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';
import { OwnListState } from './ownList.svelte.ts';

const LIVRET: Dataset = {
  campus: CAMPUS,
  practices: PRACTICES,
  sectors: SECTORS,
  geography: {} as Geography,
};
const FILE: OwnListFile = { name: 'liste.csv', bytes: new Uint8Array([1, 2, 3]) };

/** A reader that maps the first fixture Campus, or fails when the file is called « bad.csv ». */
const reader = {
  async read(file: OwnListFile): Promise<OwnListResult> {
    if (file.name === 'bad.csv')
      return {
        ok: false,
        name: file.name,
        format: 'csv',
        problems: [{ file: file.name, line: 1, field: '(header)', message: 'missing' }],
      };
    return {
      ok: true,
      list: {
        name: file.name,
        format: 'csv',
        encoding: 'utf-8',
        campus: [CAMPUS[0]!],
        problems: [],
        warnings: [],
        notes: [],
        headers: {},
        rowsRead: 2,
        leftOut: 1,
      },
    };
  },
};

function setup(kept?: OwnListFile) {
  const store = memoryStore(kept);
  let changes = 0;
  const state = new OwnListState(
    LIVRET,
    reader,
    store,
    () => changes++,
    async () => {},
  );
  return { state, store, changes: () => changes };
}

describe('OwnListState', () => {
  it('shows a list that maps Campus in place of the livret’s, without practices, and keeps it', async () => {
    const { state, store, changes } = setup();
    await state.open(FILE);
    expect(state.active).toBe(true);
    expect(state.dataset.campus.map((f) => f.id)).toEqual([CAMPUS[0]!.id]);
    expect(state.dataset.practices).toEqual([]);
    expect(state.dataset.origin).toEqual({ kind: 'own-list', name: 'liste.csv', rowsRead: 2, leftOut: 1 });
    expect(store.kept?.name).toBe('liste.csv');
    expect(state.kept).toBe(true);
    expect(changes()).toBe(1);
  });

  it('leaves the map as it was for a file that maps nothing, and says why', async () => {
    const { state, store, changes } = setup();
    await state.open({ ...FILE, name: 'bad.csv' });
    expect(state.dataset).toBe(LIVRET);
    expect(state.phase).toMatchObject({ kind: 'read', result: { ok: false } });
    expect(store.kept).toBeUndefined();
    expect(changes()).toBe(0);
  });

  it('reports a reader that cannot run (the gazetteer did not download)', async () => {
    const store = memoryStore();
    const failing = { read: () => Promise.reject(new Error('HTTP 404')) };
    const state = new OwnListState(
      LIVRET,
      failing,
      store,
      () => {},
      async () => {},
    );
    await state.open(FILE);
    expect(state.phase).toEqual({ kind: 'failed', name: 'liste.csv', reason: 'HTTP 404' });
    expect(state.dataset).toBe(LIVRET);
  });

  it('restores the kept list without starting afresh, and forgets it on request', async () => {
    const { state, store, changes } = setup(FILE);
    await state.restore();
    expect(state.active).toBe(true);
    expect(state.kept).toBe(true);
    expect(changes()).toBe(0);
    await state.forget();
    expect(state.dataset).toBe(LIVRET);
    expect(store.kept).toBeUndefined();
    expect(changes()).toBe(1);
  });

  it('reads another sheet of the last file, and keeps the sheet chosen', async () => {
    const { state, store } = setup();
    expect(await state.chooseSheet('Autres')).toBeUndefined();
    await state.open(FILE);
    const result = await state.chooseSheet('Autres');
    expect(result?.ok).toBe(true);
    expect(store.kept).toMatchObject({ name: 'liste.csv', sheet: 'Autres' });
  });

  it('drops a kept list that no longer reads', async () => {
    const { state, store } = setup({ ...FILE, name: 'bad.csv' });
    await state.restore();
    expect(state.active).toBe(false);
    expect(store.kept).toBeUndefined();
  });
});
