import { describe, expect, it } from 'vitest';
import { AGGREGATE_SLOTS, aggregateImageId, parseAggregateImageId, spreadImageId } from './markImages.ts';

describe('aggregateImageId', () => {
  it('rounds the shares to 24ths that add up, in the sectors’ order', () => {
    const id = aggregateImageId(
      21,
      new Map([
        ['energie', 1],
        ['agroalimentaire', 1],
        ['tourisme', 1],
      ]),
    );
    const parsed = parseAggregateImageId(id)!;
    expect(parsed.radius).toBe(21);
    expect(parsed.slots).toHaveLength(11);
    expect(parsed.slots.reduce((a, b) => a + b, 0)).toBe(AGGREGATE_SLOTS);
    expect([parsed.slots[0], parsed.slots[9], parsed.slots[10]]).toEqual([8, 8, 8]);
  });

  it('shares one image between aggregates of the same make-up', () => {
    expect(
      aggregateImageId(
        17,
        new Map([
          ['energie', 2],
          ['numerique', 6],
        ]),
      ),
    ).toBe(
      aggregateImageId(
        17,
        new Map([
          ['energie', 5],
          ['numerique', 15],
        ]),
      ),
    );
  });

  it('leaves a sector out only when its share rounds to nothing', () => {
    const slots = parseAggregateImageId(
      aggregateImageId(
        25,
        new Map([
          ['energie', 1],
          ['mobilite', 999],
        ]),
      ),
    )!.slots;
    expect(slots[10]).toBe(0);
    expect(slots[5]).toBe(24);
  });
});

describe('image ids', () => {
  it('are recognised for what they are, and only those', () => {
    expect(spreadImageId(3)).toBe('spread-3');
    expect(parseAggregateImageId('campus-energie-projet')).toBeUndefined();
    expect(parseAggregateImageId('aggregate-17-1.2')).toBeUndefined();
  });
});
