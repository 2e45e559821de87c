import { describe, expect, it } from 'vitest';
import { OnDemand } from '../state/onDemand.svelte.ts';
import { ownListReader } from './loadOwnListReader.ts';

describe('the own-list reader, on demand', () => {
  it('is an OnDemand part whose module gives OwnListReader, shared by OwnListGate and EmbedApp', async () => {
    expect(ownListReader).toBeInstanceOf(OnDemand);
    const first = ownListReader.load();
    expect(ownListReader.load()).toBe(first);
    const module = await first;
    expect(ownListReader.value).toBe(module);
    expect(module.OwnListReader.prototype.read).toBeTypeOf('function');
  });
});
