import { describe, expect, it } from 'vitest';
import { makeCampus } from '../testing/fixtures.ts';
import { inOrder, nameOrder } from './nameOrder.ts';

const CAMPUS = [
  makeCampus('z', { name: 'Campus Zéphyr' }),
  makeCampus('e1', { name: 'Campus énergie' }),
  makeCampus('a', { name: 'Campus aéronautique' }),
  makeCampus('e2', { name: 'Campus Energie' }),
  makeCampus('e3', { name: 'Campus énergie' }),
];
const ids = (campus: readonly { id: string }[]) => campus.map((f) => f.id);

describe('nameOrder', () => {
  it('sorts by name in French collation, « É » beside « E » (unaccented first), not after « Z »', () => {
    expect(ids(inOrder(CAMPUS, nameOrder(CAMPUS)))).toEqual(['a', 'e2', 'e1', 'e3', 'z']);
  });

  it('keeps the dataset order between equal names', () => {
    const order = [...nameOrder(CAMPUS)];
    expect(order.indexOf(1)).toBeLessThan(order.indexOf(4));
  });

  it('sorts like localeCompare in French, as the list did', () => {
    const sorted = [...CAMPUS].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'fr'));
    expect(ids(inOrder(CAMPUS, nameOrder(CAMPUS)))).toEqual(ids(sorted));
  });
});

describe('inOrder', () => {
  it('keeps only the masked Campus, in the given order', () => {
    const mask = Uint8Array.from([1, 0, 1, 0, 1]);
    expect(ids(inOrder(CAMPUS, nameOrder(CAMPUS), mask))).toEqual(['a', 'e3', 'z']);
  });

  it('gives nothing for no Campus', () => {
    expect(inOrder([], nameOrder([]))).toEqual([]);
  });
});
