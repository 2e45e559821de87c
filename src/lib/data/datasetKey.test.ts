import { describe, expect, it } from 'vitest';
import { datasetKey } from './datasetKey.ts';

describe('datasetKey', () => {
  it('is the count and a hash, the same for the same ids in the same order', () => {
    expect(datasetKey(['felletin', 'brest'])).toBe(datasetKey(['felletin', 'brest']));
    expect(datasetKey(['felletin', 'brest'])).toMatch(/^2-[0-9a-f]+$/);
    expect(datasetKey([])).toMatch(/^0-/);
  });

  it('differs when a Campus is added, removed, renamed or the ids are split otherwise', () => {
    const base = datasetKey(['felletin', 'brest']);
    expect(datasetKey(['felletin', 'brest', 'egletons'])).not.toBe(base);
    expect(datasetKey(['felletin'])).not.toBe(base);
    expect(datasetKey(['felletin', 'brest-2'])).not.toBe(base);
    expect(datasetKey(['ab', 'c'])).not.toBe(datasetKey(['a', 'bc']));
  });
});
