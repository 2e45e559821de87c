// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { Dictionaries, type Dictionary } from './dictionaries.svelte.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

describe('Dictionaries', () => {
  it('holds French from the start, and English only once loaded', async () => {
    const loadEnglish = vi.fn(async () => en);
    const dictionaries = new Dictionaries({ en: loadEnglish });
    expect(dictionaries.get('fr')).toBe(fr);
    expect(dictionaries.get('en')).toBeUndefined();
    await dictionaries.load('fr');
    expect(loadEnglish).not.toHaveBeenCalled();

    const first = dictionaries.load('en');
    expect(dictionaries.load('en')).toBe(first); // one fetch for two callers
    await first;
    expect(dictionaries.get('en')).toBe(en);
    await dictionaries.load('en');
    expect(loadEnglish).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so that the next one tries again', async () => {
    const loadEnglish = vi
      .fn<() => Promise<Dictionary>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(en);
    const dictionaries = new Dictionaries({ en: loadEnglish });
    await expect(dictionaries.load('en')).rejects.toThrow('Failed to fetch');
    expect(dictionaries.get('en')).toBeUndefined();
    await dictionaries.load('en');
    expect(dictionaries.get('en')).toBe(en);
  });

  it('is state: what reads a language not loaded yet is computed again once it arrives', async () => {
    const dictionaries = new Dictionaries({ en: async () => en });
    const seen: (string | undefined)[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(dictionaries.get('en')?.['panel.filters']);
      });
    });
    flushSync();
    await dictionaries.load('en');
    flushSync();
    stop();
    expect(seen).toEqual([undefined, 'Filters']);
  });
});
