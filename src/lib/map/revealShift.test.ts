import { describe, expect, it } from 'vitest';
import { pointBox, revealShift, roomRect } from './revealShift.ts';

describe('roomRect', () => {
  it('takes the padding off each side', () => {
    expect(roomRect(800, 600, { top: 50, right: 40, bottom: 30, left: 400 })).toEqual({
      left: 400,
      top: 50,
      right: 760,
      bottom: 570,
    });
  });
  it('never turns inside out when the padding is larger than the map', () => {
    const room = roomRect(300, 200, { top: 150, right: 200, bottom: 100, left: 200 });
    expect(room.right).toBeGreaterThanOrEqual(room.left);
    expect(room.bottom).toBeGreaterThanOrEqual(room.top);
  });
});

describe('revealShift', () => {
  // A 1440×900 explorer's map (725 × 780) with the card docked on the left (its 380 px) and the
  // controls' padding.
  const room = roomRect(725, 780, { top: 60, right: 52, bottom: 40, left: 404 });

  it.each([
    ['a Campus under the card (Brest)', [60, 280], [404 + 12 - (60 - 14), 0]],
    ['a Campus just at the card’s edge', [410, 400], [404 + 12 - (410 - 14), 0]],
    ['a Campus under the zoom buttons', [700, 30], [725 - 52 - 12 - (700 + 14), 60 + 12 - (30 - 14)]],
  ] as const)('moves %s the shortest way into the free part', (_, at, shift) => {
    expect(revealShift(pointBox([at[0], at[1]], 14), room)).toEqual(shift);
  });

  it('leaves a Campus already clear of the card and controls where it is', () => {
    expect(revealShift(pointBox([550, 400], 14), room)).toBeNull();
    expect(revealShift(pointBox([404 + 26, 60 + 26], 14), room)).toBeNull();
  });

  it('carries a target below a phone’s bottom sheet up into the strip above it', () => {
    const phone = roomRect(390, 700, { top: 49, right: 41, bottom: 420, left: 13 });
    const [dx, dy] = revealShift(pointBox([200, 500], 14), phone)!;
    expect(dx).toBe(0);
    expect(500 + dy + 14).toBeLessThanOrEqual(700 - 420 - 12);
    expect(500 + dy - 14).toBeGreaterThanOrEqual(49 + 12);
  });

  it('centres a target larger than the room', () => {
    const shift = revealShift({ left: 0, top: 100, right: 700, bottom: 200 }, room);
    expect(shift).not.toBeNull();
    const [dx] = shift!;
    expect(350 + dx).toBeCloseTo((room.left + room.right) / 2);
  });
});
