import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '../../model/types.ts';
import { aggregateSlots } from './markImages.ts';

const at = (slots: number[], sector: string) => slots[SECTOR_IDS.indexOf(sector as never)];

describe('aggregateSlots', () => {
  it('rounds the shares to 24ths that add up, one per sector in the sectors’ order', () => {
    const slots = aggregateSlots(
      new Map([
        ['energie', 1],
        ['agroalimentaire', 1],
        ['tourisme', 1],
      ]),
    );
    expect(slots).toHaveLength(SECTOR_IDS.length);
    expect(slots.reduce((a, b) => a + b, 0)).toBe(24);
    expect([at(slots, 'agroalimentaire'), at(slots, 'tourisme'), at(slots, 'energie')]).toEqual([8, 8, 8]);
  });

  it('gives the same slots to aggregates of the same make-up (so they share one image)', () => {
    const small = new Map([
      ['energie', 2],
      ['numerique', 6],
    ]);
    const large = new Map([
      ['energie', 5],
      ['numerique', 15],
    ]);
    expect(aggregateSlots(small)).toEqual(aggregateSlots(large));
    expect([at(aggregateSlots(small), 'energie'), at(aggregateSlots(small), 'numerique')]).toEqual([6, 18]);
  });

  it('hands the slots left by rounding down to the largest remainders, ties in the sectors’ order', () => {
    // 7 sectors of one Campus each: 24/7 = 3.43 each, 21 by rounding down, 3 left for the first three.
    const seven = new Map(SECTOR_IDS.slice(0, 7).map((s) => [s, 1]));
    expect(aggregateSlots(seven)).toEqual([4, 4, 4, 3, 3, 3, 3, 0, 0, 0, 0]);
  });

  it('leaves a sector out only when its share rounds to nothing', () => {
    const slots = aggregateSlots(
      new Map([
        ['energie', 1],
        ['mobilite', 999],
      ]),
    );
    expect(at(slots, 'energie')).toBe(0);
    expect(at(slots, 'mobilite')).toBe(24);
  });
});
