import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestInDirection, type Direction } from './nearestInDirection.ts';

/**
 * Northern France as a screen shows it at the national view (CSS pixels, y downwards), in reading
 * order as CampusKeys lists them: the list puts Cherbourg right after Valenciennes, the map does not.
 */
const NORTH = [
  { id: 'valenciennes', x: 720, y: 120 },
  { id: 'cherbourg', x: 420, y: 170 },
  { id: 'rouen', x: 560, y: 200 },
  { id: 'charleville', x: 790, y: 170 },
  { id: 'reims', x: 760, y: 230 },
  { id: 'paris', x: 650, y: 260 },
  { id: 'strasbourg', x: 960, y: 280 },
];
const at = (id: string) => NORTH.findIndex((p) => p.id === id);

describe('nearestInDirection', () => {
  it.each<[string, Direction, string]>([
    // → from Valenciennes goes east (Charleville), not to the next in the list (Cherbourg, far west).
    ['valenciennes', 'right', 'charleville'],
    ['valenciennes', 'down', 'reims'],
    ['valenciennes', 'left', 'rouen'],
    ['charleville', 'right', 'strasbourg'],
    ['charleville', 'left', 'valenciennes'],
    ['charleville', 'down', 'reims'],
    ['reims', 'up', 'charleville'],
    ['reims', 'left', 'paris'],
    ['paris', 'up', 'valenciennes'],
    ['paris', 'left', 'rouen'],
    ['rouen', 'left', 'cherbourg'],
    ['cherbourg', 'right', 'rouen'],
    ['strasbourg', 'left', 'reims'],
  ])('from %s, %s goes to %s', (from, direction, to) => {
    expect(NORTH[nearestInDirection(NORTH, at(from), direction)]!.id).toBe(to);
  });

  it.each<[string, Direction]>([
    ['cherbourg', 'left'],
    ['strasbourg', 'right'],
    ['strasbourg', 'down'],
    ['valenciennes', 'up'],
  ])('from %s, %s stays where it is: nothing lies that way', (from, direction) => {
    expect(nearestInDirection(NORTH, at(from), direction)).toBe(at(from));
  });

  it('prefers a symbol straight ahead to a nearer one off to the side', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 40, y: 30 }, // 50 px away, 37° off the axis
      { x: 70, y: 0 }, // 70 px away, on the axis
    ];
    expect(nearestInDirection(points, 0, 'right')).toBe(2);
  });

  it('takes one within 45° before a nearer one beyond it, one within 60° when that is all there is', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 20, y: 30 }, // 56° off
      { x: 150, y: 100 }, // 34° off
    ];
    expect(nearestInDirection(points, 0, 'right')).toBe(2);
    expect(nearestInDirection(points.slice(0, 2), 0, 'right')).toBe(1);
  });

  it('does not go to a symbol almost level with the start across the arrow (beyond 60°)', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 150 }, // 86° off
    ];
    expect(nearestInDirection(points, 0, 'right')).toBe(0);
    expect(nearestInDirection(points, 0, 'down')).toBe(1);
  });

  it('never moves to a symbol level with the start across the arrow', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 0, y: 30 },
    ];
    expect(nearestInDirection(points, 0, 'right')).toBe(0);
    expect(nearestInDirection(points, 0, 'down')).toBe(1);
  });

  it('walks symbols at the very same spot in list order, so none is out of reach', () => {
    const points = [
      { x: 5, y: 5 },
      { x: 5, y: 5 },
      { x: 5, y: 5 },
      { x: 50, y: 5 },
    ];
    expect(nearestInDirection(points, 0, 'right')).toBe(1);
    expect(nearestInDirection(points, 1, 'right')).toBe(2);
    expect(nearestInDirection(points, 2, 'right')).toBe(3);
    expect(nearestInDirection(points, 2, 'left')).toBe(1);
    expect(nearestInDirection(points, 0, 'left')).toBe(0);
  });

  it('stays put with a single symbol or an index out of range', () => {
    expect(nearestInDirection([{ x: 1, y: 1 }], 0, 'up')).toBe(0);
    expect(nearestInDirection([], 0, 'up')).toBe(0);
  });
});

describe('arrowDirection', () => {
  it.each([
    ['ArrowRight', 'right'],
    ['ArrowLeft', 'left'],
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down'],
    ['Enter', undefined],
    ['constructor', undefined],
  ])('%s → %s', (key, direction) => {
    expect(arrowDirection(key)).toBe(direction);
  });
});
