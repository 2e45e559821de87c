import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MarkHit } from './markScreen.ts';
import { fromTouch, pointerLeave, pointerMove, TOUCH_MOUSE_MS, watchMarkPointer } from './markPointer.ts';
import type { PlaceInput } from './placement.ts';

const campus = (id: string): MarkHit => ({ kind: 'campus', id, x: 10, y: 20 });
const members: PlaceInput[] = [{ key: 'm', id: 'm', sector: 'energie', x: 0.5, y: 0.3 }];
const aggregate: MarkHit = { kind: 'aggregate', id: 'g', count: 30, x: 100, y: 50, members };

describe('pointerMove', () => {
  it.each([
    ['onto a Campus', null, campus('a'), null, { over: 'campus', cursor: 'pointer', hover: 'a' }],
    [
      'onto the Campus already hovered (from the list)',
      null,
      campus('a'),
      'a',
      { over: 'campus', cursor: 'pointer' },
    ],
    ['from a Campus to another', 'campus', campus('b'), 'a', { over: 'campus', hover: 'b' }],
    ['within the same Campus', 'campus', campus('a'), 'a', { over: 'campus' }],
    ['off a Campus onto nothing', 'campus', null, 'a', { over: null, cursor: '', hover: null }],
    ['onto an aggregate', null, aggregate, null, { over: 'aggregate', cursor: 'pointer', aggregate }],
    ['within an aggregate', 'aggregate', aggregate, null, { over: 'aggregate' }],
    [
      'from an aggregate to a Campus',
      'aggregate',
      campus('a'),
      null,
      { over: 'campus', cursor: 'pointer', hover: 'a', aggregate: null },
    ],
    [
      'from a Campus to an aggregate',
      'campus',
      aggregate,
      'a',
      { over: 'aggregate', cursor: 'pointer', hover: null, aggregate },
    ],
    ['over nothing', null, null, null, { over: null }],
    // A hover the list set is not the map's to clear.
    ['over nothing, a Campus hovered from the list', null, null, 'a', { over: null }],
  ] as const)('%s', (_, over, hit, hovered, change) => {
    expect(pointerMove(over, hit, hovered)).toEqual(change);
  });
});

describe('pointerLeave', () => {
  it.each([
    ['campus', { over: null, cursor: '', hover: null }],
    ['aggregate', { over: null, cursor: '', aggregate: null }],
    [null, { over: null }],
  ] as const)('leaving the map over %s', (over, change) => {
    expect(pointerLeave(over)).toEqual(change);
  });
});

describe('fromTouch', () => {
  it('takes the mouse events of the second after a touch for the touch’s own', () => {
    expect(fromTouch(5000, 5000 - TOUCH_MOUSE_MS + 1)).toBe(true);
    expect(fromTouch(5000, 5000 - TOUCH_MOUSE_MS)).toBe(false);
    expect(fromTouch(5000, -Infinity)).toBe(false);
  });
});

/** A map with just what the pointer uses: its listeners, its canvas's style, its container. */
function fakeMap() {
  const listeners = new Map<string, (e: { point: { x: number; y: number } }) => void>();
  const canvas = { style: { cursor: '' } };
  const container = new EventTarget();
  const map = {
    on: (type: string, f: (e: { point: { x: number; y: number } }) => void) => listeners.set(type, f),
    off: (type: string) => listeners.delete(type),
    getCanvas: () => canvas,
    getCanvasContainer: () => container,
    unproject: ([x, y]: [number, number]) => ({ lng: x / 10, lat: y / 10 }),
  };
  const fire = (type: string, x = 0, y = 0) => listeners.get(type)?.({ point: { x, y } });
  return { map, canvas, container, listeners, fire };
}

describe('watchMarkPointer', () => {
  afterEach(() => vi.useRealTimers());

  function watched() {
    const fake = fakeMap();
    const marks: Record<string, MarkHit> = { '1,1': campus('a'), '2,2': aggregate };
    const handlers = {
      hit: (x: number, y: number) => marks[`${x},${y}`] ?? null,
      hovered: vi.fn(() => null),
      onhover: vi.fn(),
      onaggregatehover: vi.fn(),
      onselect: vi.fn(),
      onopen: vi.fn(),
    };
    const stop = watchMarkPointer(fake.map as never, handlers);
    return { ...fake, handlers, stop };
  }

  it('hovers a Campus under the mouse and shows the pointer, until it leaves', () => {
    const { fire, canvas, handlers } = watched();
    fire('mousemove', 1, 1);
    expect(handlers.onhover).toHaveBeenLastCalledWith('a');
    expect(canvas.style.cursor).toBe('pointer');
    fire('mousemove', 5, 5);
    expect(handlers.onhover).toHaveBeenLastCalledWith(null);
    expect(canvas.style.cursor).toBe('');
  });

  it('reports an aggregate hovered with its count and place, and its leaving the map', () => {
    const { fire, canvas, handlers } = watched();
    fire('mousemove', 2, 2);
    expect(handlers.onaggregatehover).toHaveBeenLastCalledWith({ count: 30, at: [10, 5] });
    fire('mouseout');
    expect(handlers.onaggregatehover).toHaveBeenLastCalledWith(null);
    expect(canvas.style.cursor).toBe('');
  });

  it('selects a Campus clicked and opens an aggregate clicked', () => {
    const { fire, handlers } = watched();
    fire('click', 1, 1);
    expect(handlers.onselect).toHaveBeenCalledWith('a');
    fire('click', 2, 2);
    expect(handlers.onopen).toHaveBeenCalledWith(members);
    fire('click', 5, 5);
    expect(handlers.onselect).toHaveBeenCalledTimes(1);
    expect(handlers.onopen).toHaveBeenCalledTimes(1);
  });

  it('ignores the mouse events a tap sends, for a second', () => {
    vi.useFakeTimers();
    const { fire, container, handlers } = watched();
    container.dispatchEvent(new Event('touchstart'));
    fire('mousemove', 1, 1);
    expect(handlers.onhover).not.toHaveBeenCalled();
    vi.advanceTimersByTime(TOUCH_MOUSE_MS);
    fire('mousemove', 1, 1);
    expect(handlers.onhover).toHaveBeenCalledWith('a');
  });

  it('stops listening when cleaned up', () => {
    const { stop, listeners, fire, container, handlers } = watched();
    stop();
    expect(listeners.size).toBe(0);
    container.dispatchEvent(new Event('touchstart'));
    fire('mousemove', 1, 1);
    expect(handlers.onhover).not.toHaveBeenCalled();
  });
});
