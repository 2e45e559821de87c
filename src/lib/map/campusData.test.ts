import { describe, expect, it } from 'vitest';
import { CAMPUS } from '../testing/fixtures.ts';
import { sameCampus } from './campusData.ts';

describe('sameCampus', () => {
  const [a, b] = [CAMPUS[0]!, CAMPUS[1]!];

  it('is true for equal lists of ids, even as new arrays', () => {
    expect(sameCampus([a, b], [a, b])).toBe(true);
    expect(sameCampus([], [])).toBe(true);
  });

  it('is false when a Campus is added, removed or moved', () => {
    expect(sameCampus([a], [a, b])).toBe(false);
    expect(sameCampus([a, b], [a])).toBe(false);
    expect(sameCampus([a, b], [b, a])).toBe(false);
  });
});
