import { describe, expect, it } from 'vitest';
import { BandCache, bandsAhead } from './bandCache.ts';

/** A cache whose placing is recorded: `calls` lists the (shown, band) placed. */
function recorded(limit?: number) {
  const calls: string[] = [];
  const cache = new BandCache<{ ids: string[] }, string>(
    (shown, band) => {
      calls.push(`${shown.ids.join('+')}@${band}`);
      return `${shown.ids.join('+')} placed for ${band}`;
    },
    (a, b) => a.ids.join() === b.ids.join(),
    limit,
  );
  return { cache, calls };
}

describe('BandCache', () => {
  it('places a band once, then gives it back while the same Campus are shown', () => {
    const { cache, calls } = recorded();
    expect(cache.get({ ids: ['a', 'b'] }, 5.2)).toBe('a+b placed for 5.2');
    expect(cache.get({ ids: ['a', 'b'] }, 6.2)).toBe('a+b placed for 6.2');
    // A new array with the same Campus: still the same placements.
    expect(cache.get({ ids: ['a', 'b'] }, 5.2)).toBe('a+b placed for 5.2');
    expect(calls).toEqual(['a+b@5.2', 'a+b@6.2']);
  });

  it('drops every band when what is shown changes', () => {
    const { cache, calls } = recorded();
    cache.get({ ids: ['a', 'b'] }, 5.2);
    cache.get({ ids: ['a', 'b'] }, 6.2);
    expect(cache.get({ ids: ['a'] }, 6.2)).toBe('a placed for 6.2');
    expect(cache.has(5.2)).toBe(false);
    expect(calls).toEqual(['a+b@5.2', 'a+b@6.2', 'a@6.2']);
  });

  it('places the neighbouring bands ahead, once, for what was shown last', () => {
    const { cache, calls } = recorded();
    expect(cache.ahead(6.2)).toBe(false); // nothing shown yet
    cache.get({ ids: ['a'] }, 5.2);
    expect(cache.ahead(6.2)).toBe(true);
    expect(cache.ahead(6.2)).toBe(false);
    expect(cache.get({ ids: ['a'] }, 6.2)).toBe('a placed for 6.2');
    expect(calls).toEqual(['a@5.2', 'a@6.2']);
  });

  it('keeps at most `limit` bands, dropping the least recently used', () => {
    const { cache, calls } = recorded(2);
    cache.get({ ids: ['a'] }, 1);
    cache.get({ ids: ['a'] }, 2);
    cache.get({ ids: ['a'] }, 1); // 1 used again: 2 is now the oldest
    cache.get({ ids: ['a'] }, 3);
    expect([cache.has(1), cache.has(2), cache.has(3)]).toEqual([true, false, true]);
    cache.ahead(4);
    expect(cache.has(1)).toBe(false);
    expect(calls).toEqual(['a@1', 'a@2', 'a@3', 'a@4']);
  });
});

describe('bandsAhead', () => {
  // Bands starting at .2 past each level, as zoomBand with origin 0.2 names them.
  const bandOf = (zoom: number) => Math.floor(zoom - 0.2) + 0.2;

  it('gives the band above, then the band below', () => {
    expect(bandsAhead(5.2, bandOf, 0, 22)).toEqual([6.2, 4.2]);
  });

  it('keeps within the map’s zoom range (the band below the lowest zoom still holds it)', () => {
    expect(bandsAhead(5.2, bandOf, 0, 6)).toEqual([4.2]);
    expect(bandsAhead(5.2, bandOf, 5.2, 22)).toEqual([6.2, 4.2]);
    expect(bandsAhead(5.2, bandOf, 5.3, 22)).toEqual([6.2]);
  });
});
