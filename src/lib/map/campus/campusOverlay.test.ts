import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installRecordingCanvases } from '../../testing/recordingCanvas.ts';
import { SIDE6, at, calls, fakeMap, input, look, placement, symbols } from '../../testing/fakeOverlayMap.ts';
import { CampusOverlay, assertFlatCamera } from './campusOverlay.ts';
import { placeCampus } from './placement.ts';
import { iconSizeAt } from '../style.ts';

let canvases: ReturnType<typeof installRecordingCanvases>;
beforeEach(() => (canvases = installRecordingCanvases()));
afterEach(() => {
  canvases.restore();
  vi.unstubAllGlobals();
});

describe('assertFlatCamera', () => {
  it('lets a flat, north-up camera through and refuses a turned or tilted one', () => {
    expect(() => assertFlatCamera(0, 0)).not.toThrow();
    expect(() => assertFlatCamera(12, 0)).toThrow(/bearing 12/);
    expect(() => assertFlatCamera(0, 30)).toThrow(/pitch 30/);
  });
});

describe('assertFlatCamera', () => {
  it('lets a flat, north-up camera through and refuses a turned or tilted one', () => {
    expect(() => assertFlatCamera(0, 0)).not.toThrow();
    expect(() => assertFlatCamera(12, 0)).toThrow(/bearing 12/);
    expect(() => assertFlatCamera(0, 30)).toThrow(/pitch 30/);
  });
});

describe('CampusOverlay', () => {
  it('redraws in the map’s render event and leaves it when destroyed', () => {
    const { map, listeners } = fakeMap();
    const overlay = new CampusOverlay(map, look);
    overlay.placement = placement([at('a', 100, 100)]);
    listeners.get('render')!();
    expect(symbols(overlay)).toHaveLength(1);
    overlay.destroy();
    expect(listeners.has('render')).toBe(false);
  });

  it('refuses to draw on a rotated map rather than put the marks in the wrong place', () => {
    const overlay = new CampusOverlay(fakeMap({ bearing: 20 }).map, look);
    expect(() => overlay.draw()).toThrow(/flat and north-up/);
  });

  it('draws the Campus in view, tells tests what it drew, and answers which mark is under a point', () => {
    const { map } = fakeMap();
    const overlay = new CampusOverlay(map, look);
    overlay.placement = placeCampus([input('paris', 2.35, 48.85), input('far', 40, 10)], 6, () => 1);
    overlay.draw();
    const drawn = overlay.canvas.campusMarks!;
    expect(drawn.campus.map((c) => c.id)).toEqual(['paris']);
    expect(drawn.campus[0]).toMatchObject({ x: 200, y: 150 });
    expect(overlay.hit(205, 152)).toMatchObject({ kind: 'campus', id: 'paris' });
    expect(overlay.hit(260, 150)).toBeNull();
  });

  it('matches its canvas to the map’s device pixels and paints in CSS pixels', () => {
    const { map } = fakeMap({ ratio: 3 });
    const overlay = new CampusOverlay(map, look);
    overlay.placement = placeCampus([input('paris', 2.35, 48.85)], 6, () => 1);
    overlay.draw();
    expect([overlay.canvas.width, overlay.canvas.height]).toEqual([1200, 900]);
    expect([overlay.canvas.style.width, overlay.canvas.style.height]).toEqual(['400px', '300px']);
    const transforms = calls(overlay).filter((c) => c.op === 'setTransform');
    expect(transforms.at(-1)!.args).toEqual([3, 0, 0, 3, 0, 0]);
    // The previous frame is wiped, over the whole canvas, before anything is painted.
    const clear = calls(overlay).findIndex((c) => c.op === 'clearRect');
    expect(calls(overlay)[clear]!.args).toEqual([0, 0, 1200, 900]);
    expect(clear).toBeLessThan(calls(overlay).findIndex((c) => c.op === 'drawImage'));
  });

  it('draws nothing and hits nothing while hidden (choropleth)', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placeCampus([input('paris', 2.35, 48.85)], 6, () => 1);
    overlay.draw();
    expect(overlay.hit(200, 150)).not.toBeNull();
    overlay.visible = false;
    overlay.draw();
    expect(overlay.canvas.campusMarks).toBeUndefined();
    expect(overlay.hit(200, 150)).toBeNull();
    expect(overlay.canvas.style.display).toBe('none');
    expect(
      calls(overlay).slice(
        calls(overlay)
          .map((c) => c.op)
          .lastIndexOf('clearRect'),
      ),
    ).not.toContainEqual(expect.objectContaining({ op: 'drawImage' }));
  });

  it('draws once at the next animation frame however often the marks change, and not after destroy', () => {
    const frames: (() => void)[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => cancelled.push(id));
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placement([at('a', 100, 100)]);
    overlay.requestDraw();
    overlay.requestDraw();
    expect(frames).toHaveLength(1);
    expect(symbols(overlay)).toHaveLength(0);
    frames[0]!();
    expect(symbols(overlay)).toHaveLength(1);
    // Once drawn, the next change asks for a frame again; destroying the overlay cancels it.
    overlay.requestDraw();
    expect(frames).toHaveLength(2);
    overlay.destroy();
    expect(cancelled).toEqual([2]);
  });
});

describe('CampusOverlay hit-testing', () => {
  it('finds the Campus under a point within its disc and a 2 px tolerance, and none beyond', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placement([at('a', 100, 100), at('b', 300, 200)]);
    overlay.draw();
    const reach = SIDE6 / 2 + 2;
    expect(overlay.hit(300, 200)).toEqual({
      kind: 'campus',
      id: 'b',
      x: expect.closeTo(300, 6),
      y: expect.closeTo(200, 6),
    });
    expect(overlay.hit(100 + reach - 0.05, 100)).toMatchObject({ kind: 'campus', id: 'a' });
    expect(overlay.hit(100, 100 - reach + 0.05)).toMatchObject({ kind: 'campus', id: 'a' });
    expect(overlay.hit(100 + reach + 0.05, 100)).toBeNull();
    expect(overlay.hit(200, 150)).toBeNull();
  });

  it('gives the topmost of two overlapping Campus: the one drawn last', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placement([at('under', 100, 100), at('over', 110, 100)]);
    overlay.draw();
    expect(overlay.hit(105, 100)).toMatchObject({ id: 'over' });
    expect(overlay.hit(95, 100)).toMatchObject({ id: 'under' });
  });

  it('gives an aggregate with its count and members, and a Campus drawn over it first', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    const members = Array.from({ length: 30 }, (_, i) => at(`m${i}`, 150, 150));
    overlay.placement = placement([at('over', 165, 150)], {
      aggregates: [
        {
          kind: 'aggregate',
          x: members[0]!.x,
          y: members[0]!.y,
          members,
          bySector: new Map([['energie', 30]]),
        },
      ],
    });
    overlay.draw();
    const hit = overlay.hit(140, 150);
    expect(hit).toMatchObject({ kind: 'aggregate', count: 30, x: expect.closeTo(150, 6) });
    expect(hit?.kind === 'aggregate' && hit.members).toBe(members);
    expect(overlay.hit(165, 150)).toMatchObject({ kind: 'campus', id: 'over' });
    expect(overlay.hit(150, 240)).toBeNull();
  });

  it('answers for the last frame drawn: nothing before the first', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placement([at('a', 100, 100)]);
    expect(overlay.hit(100, 100)).toBeNull();
    overlay.draw();
    expect(overlay.hit(100, 100)).toMatchObject({ id: 'a' });
  });
});

describe('CampusOverlay.campusInView', () => {
  it('lists each Campus in view once, where its symbol is, ring offsets included', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    const inset = { ...at('drom', 50, 60), key: 'drom@inset' };
    const truePlace = { ...at('drom', 380, 20), key: 'drom@true' };
    overlay.placement = placement([at('a', 100, 100), inset, truePlace, at('gone', 500, 100)]);
    overlay.placement.campus[0]!.offset = [1, -0.5];
    const points = overlay.campusInView();
    expect(points.map((p) => p.id)).toEqual(['a', 'drom']);
    expect(points[0]!.x).toBeCloseTo(100 + iconSizeAt(6), 6);
    expect(points[0]!.y).toBeCloseTo(100 - 0.5 * iconSizeAt(6), 6);
    expect(points[1]!.x).toBeCloseTo(50, 6);
  });
});
