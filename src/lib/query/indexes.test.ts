import { describe, expect, it } from 'vitest';
import { idSet, indexBy } from './indexes.ts';

describe('indexes', () => {
  it('indexes items by key (the last one wins on a duplicate)', () => {
    const index = indexBy(
      [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
        { id: 'a', n: 3 },
      ],
      (x) => x.id,
    );
    expect(index.get('a')).toEqual({ id: 'a', n: 3 });
    expect(index.size).toBe(2);
  });

  it('builds a set of ids', () => {
    expect([...idSet(['x', 'y', 'x'])]).toEqual(['x', 'y']);
  });
});
