import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installRecordingCanvases, recordingCanvas, type Call } from '../../testing/recordingCanvas.ts';
import type { DrawnAggregate, DrawnCampus, ScreenMarks } from './markScreen.ts';
import { FADED_OPACITY, paintMarks, spriteRatio } from './paintMarks.ts';

const campus = (id: string, x: number, y: number, over: Partial<DrawnCampus> = {}): DrawnCampus => ({
  id,
  x,
  y,
  size: 24,
  faded: false,
  sector: 'energie',
  status: 'labellise',
  approximate: false,
  halo: null,
  town: '',
  ...over,
});

const aggregate = (x: number, y: number): DrawnAggregate => ({
  id: '@aggregate-0',
  x,
  y,
  size: 46,
  radius: 21,
  count: 40,
  bySector: new Map([['energie', 40]]),
  members: [],
  faded: false,
});

const marks = (over: Partial<ScreenMarks>): ScreenMarks => ({
  leaders: [],
  hubs: [],
  aggregates: [],
  campus: [],
  scale: 1,
  ...over,
});

const draws = (calls: readonly Call[]) => calls.filter((c) => c.op === 'drawImage');
/** The globalAlpha in force at each call, by index. */
const alphaAt = (calls: readonly Call[], index: number) => {
  for (let i = index; i >= 0; i--) if (calls[i]!.op === 'set globalAlpha') return calls[i]!.args[0];
  return 1;
};

let canvases: ReturnType<typeof installRecordingCanvases>;
beforeEach(() => (canvases = installRecordingCanvases()));
afterEach(() => canvases.restore());

describe('spriteRatio', () => {
  it('keeps the 2× images on ordinary screens and sharpens them where pixels are denser', () => {
    expect(spriteRatio(1, 1)).toBe(2);
    expect(spriteRatio(2, 1)).toBe(2);
    expect(spriteRatio(2, 1.1)).toBe(3);
    expect(spriteRatio(3, 1)).toBe(3);
    expect(spriteRatio(3, 1.1)).toBe(4);
    expect(spriteRatio(40, 2)).toBe(8);
  });
});

describe('paintMarks', () => {
  it('draws each Campus symbol centred on its place, at its size', () => {
    const target = recordingCanvas();
    const ctx = target.getContext('2d');
    paintMarks(ctx, marks({ campus: [campus('a', 100, 50), campus('b', 200, 80)] }), [], 1);
    const images = draws(target.calls);
    expect(images.map((c) => c.args.slice(1))).toEqual([
      [88, 38, 24, 24],
      [188, 68, 24, 24],
    ]);
  });

  it('makes the images at the resolution the canvas needs: sharp on a 3× screen', () => {
    const target = recordingCanvas();
    paintMarks(target.getContext('2d'), marks({ campus: [campus('a', 100, 50)] }), [], 1, 3);
    const [symbol] = draws(target.calls);
    // A symbol is 24 units wide: at 3 device pixels per unit, a 72-pixel image.
    expect((symbol!.args[0] as { width: number }).width).toBe(72);
    const low = recordingCanvas();
    paintMarks(low.getContext('2d'), marks({ campus: [campus('a', 100, 50)] }), [], 1, 1);
    expect((draws(low.calls)[0]!.args[0] as { width: number }).width).toBe(48);
  });

  it('fades the marks that hold nothing highlighted, and no other', () => {
    const target = recordingCanvas();
    paintMarks(
      target.getContext('2d'),
      marks({ campus: [campus('a', 10, 10, { faded: true }), campus('b', 60, 10)] }),
      [],
      1,
    );
    const indices = target.calls.flatMap((c, i) => (c.op === 'drawImage' ? [i] : []));
    expect(indices.map((i) => alphaAt(target.calls, i))).toEqual([FADED_OPACITY, 1]);
  });

  it('draws leaders first, then aggregates with their count, then symbols, then town names on top', () => {
    const target = recordingCanvas();
    paintMarks(
      target.getContext('2d'),
      marks({
        leaders: [[0, 0, 30, 30]],
        aggregates: [aggregate(300, 300)],
        campus: [campus('a', 30, 30)],
      }),
      [{ text: 'Nice', x: 30, y: 50, width: 24, height: 14 }],
      1,
    );
    const ops = target.calls.map((c) => `${c.op}${c.op === 'fillText' ? `:${String(c.args[0])}` : ''}`);
    const first = (op: string) => ops.indexOf(op);
    expect(first('lineTo')).toBeLessThan(first('fillText:40'));
    expect(first('fillText:40')).toBeLessThan(ops.lastIndexOf('drawImage'));
    expect(ops.lastIndexOf('drawImage')).toBeLessThan(first('strokeText'));
    expect(first('strokeText')).toBeLessThan(first('fillText:Nice'));
    // The aggregate's image, then the symbol's.
    expect(draws(target.calls).map((c) => c.args.slice(1, 3))).toEqual([
      [300 - 23, 300 - 23],
      [18, 18],
    ]);
  });

  it('rings a selected Campus with the selection halo under its symbol', () => {
    const target = recordingCanvas();
    paintMarks(
      target.getContext('2d'),
      marks({ campus: [campus('a', 100, 100, { halo: 'selected' })] }),
      [],
      1,
    );
    const [halo, symbol] = draws(target.calls);
    // The halo's image is 2 × 16.5 + 6 = 39 units wide, centred like the symbol.
    expect(halo!.args.slice(1)).toEqual([100 - 19.5, 100 - 19.5, 39, 39]);
    expect(symbol!.args.slice(3)).toEqual([24, 24]);
  });
});
