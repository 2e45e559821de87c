import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  alphaAt,
  imageContent,
  imagesDrawn,
  installRecordingCanvases,
  recordingCanvas,
  textsDrawn,
  type Call,
} from '../../testing/recordingCanvas.ts';
import { SECTOR_COLOURS } from '../../theme/palette.ts';
import type { DrawnAggregate, DrawnCampus, ScreenMarks } from './markScreen.ts';
import { FADED_OPACITY, paintMarks, prewarmSprites, spriteRatio, townFont } from './paintMarks.ts';

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

type DrawnHub = ScreenMarks['hubs'][number];

const hub = (x: number, y: number, n: number, over: Partial<DrawnHub> = {}): DrawnHub => ({
  id: '@hub-0',
  n,
  x,
  y,
  ring: 30,
  size: 90,
  faded: false,
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

describe('paintMarks, mark by mark', () => {
  /** Paints `drawn` on a fresh recording context; returns its calls. */
  function paint(drawn: Partial<ScreenMarks>, labels: Parameters<typeof paintMarks>[2] = [], typeScale = 1) {
    const target = recordingCanvas();
    paintMarks(target.getContext('2d'), marks(drawn), labels, typeScale);
    return target.calls;
  }

  it('draws every leader as one line from the true place to the mark, in one stroke', () => {
    const calls = paint({
      leaders: [
        [0, 0, 30, 40],
        [100, 100, 90, 80],
      ],
    });
    const path = calls.filter((c) => ['moveTo', 'lineTo', 'stroke'].includes(c.op));
    expect(path.map((c) => [c.op, ...c.args])).toEqual([
      ['moveTo', 0, 0],
      ['lineTo', 30, 40],
      ['moveTo', 100, 100],
      ['lineTo', 90, 80],
      ['stroke'],
    ]);
  });

  it('draws a ring’s hub at its centre, the hub of as many spokes as the ring has Campus', () => {
    const calls = paint({ hubs: [hub(50, 60, 3), hub(200, 60, 5, { faded: true })] });
    const [three, five] = imagesDrawn(calls);
    expect([three!.x, three!.y, three!.side, three!.alpha]).toEqual([50, 60, 90, 1]);
    expect([five!.x, five!.alpha]).toEqual([200, FADED_OPACITY]);
    const spokes = (d: typeof three) => d!.image.calls.filter((c) => c.op === 'lineTo').length;
    expect([spokes(three), spokes(five)]).toEqual([3, 5]);
  });

  it('writes an aggregate’s count at its centre over its disc, in type that grows with the scale', () => {
    const faded = { ...aggregate(300, 200), count: 7, faded: true };
    const calls = paint({ aggregates: [aggregate(100, 100), faded] }, [], 2);
    const counts = textsDrawn(calls);
    expect(counts.map((t) => [t.text, t.x, Math.round(t.y)])).toEqual([
      ['40', 100, 101],
      ['7', 300, 201],
    ]);
    expect(counts[0]!.font).toMatch(/^bold 25px /);
    const [disc, fadedDisc] = imagesDrawn(calls);
    expect([disc!.x, disc!.y, disc!.side, disc!.alpha]).toEqual([100, 100, 46, 1]);
    expect(fadedDisc!.alpha).toBe(FADED_OPACITY);
    // The disc's image is its members' sector colours.
    expect(imageContent(disc!.image).fills).toContain(SECTOR_COLOURS.energie);
    const countAt = calls.findIndex((c) => c.op === 'fillText');
    expect(calls.findIndex((c) => c.op === 'drawImage')).toBeLessThan(countAt);
  });

  it('rings an approximate Campus with a dashed circle around its symbol, at its scale, faded with it', () => {
    const rough = (scale: number) =>
      paint({
        campus: [
          campus('exact', 20, 20, { size: 24 * scale }),
          campus('rough', 100, 50, { approximate: true, size: 24 * scale }),
          campus('rough-faded', 200, 50, { approximate: true, faded: true, size: 24 * scale }),
        ],
        scale,
      });
    const rings = (calls: Call[]) => imagesDrawn(calls).filter((d) => imageContent(d.image).dashed);
    const [ring, faded] = rings(rough(1));
    expect(rings(rough(1))).toHaveLength(2);
    expect([ring!.x, ring!.y, ring!.alpha]).toEqual([100, 50, 1]);
    expect([faded!.x, faded!.y, faded!.alpha]).toEqual([200, 50, FADED_OPACITY]);
    // Around the symbol: wider than it, and as much wider at every scale.
    expect(ring!.side).toBeGreaterThan(24);
    expect(rings(rough(1.5))[0]!.side).toBeCloseTo(1.5 * ring!.side, 9);
  });

  it('draws the hover halo smaller than the selection’s, both unfaded, under every symbol', () => {
    const calls = paint({
      campus: [
        campus('hovered', 20, 20, { halo: 'hover', faded: true }),
        campus('selected', 100, 20, { halo: 'selected' }),
      ],
    });
    const images = imagesDrawn(calls);
    const halos = images.filter((d) => imageContent(d.image).text.length === 0);
    expect(halos.map((d) => [d.x, d.side, d.alpha])).toEqual([
      [20, 36, 1],
      [100, 39, 1],
    ]);
    const firstSymbol = images.findIndex((d) => imageContent(d.image).text.length > 0);
    expect(images.indexOf(halos[1]!)).toBeLessThan(firstSymbol);
  });

  it('outlines each town name in white, then writes it in ink, in the town font of the scale', () => {
    const calls = paint({}, [{ text: 'Égletons', x: 40, y: 70, width: 48, height: 14 }], 1.5);
    const strokeAt = calls.findIndex((c) => c.op === 'strokeText');
    expect(calls[strokeAt]!.args).toEqual(['Égletons', 40, 70]);
    expect(textsDrawn(calls)).toEqual([{ text: 'Égletons', x: 40, y: 70, font: townFont(1.5) }]);
    expect(calls.findIndex((c) => c.op === 'fillText')).toBeGreaterThan(strokeAt);
    const before = calls.slice(0, strokeAt);
    expect(before.filter((c) => c.op === 'set strokeStyle').at(-1)!.args).toEqual(['#ffffff']);
  });

  it('draws no symbol for a sector it does not know rather than failing', () => {
    const calls = paint({ campus: [campus('odd', 10, 10, { sector: 'astronomie' }), campus('b', 50, 10)] });
    expect(imagesDrawn(calls).map((d) => d.x)).toEqual([50]);
  });

  it('makes each image once per resolution and draws the same one at every frame', () => {
    const first = paint({ campus: [campus('a', 10, 10)] });
    const second = paint({ campus: [campus('b', 80, 10)] });
    expect(imagesDrawn(second)[0]!.image).toBe(imagesDrawn(first)[0]!.image);
    const target = recordingCanvas();
    paintMarks(target.getContext('2d'), marks({ campus: [campus('a', 10, 10)] }), [], 1, 3);
    expect(imagesDrawn(target.calls)[0]!.image).not.toBe(imagesDrawn(first)[0]!.image);
  });
});

describe('prewarmSprites', () => {
  it('makes the 22 symbols, the dashed ring, the nine hubs and the two halos once', () => {
    // A resolution no other test draws at, so nothing of it is made yet.
    prewarmSprites(7);
    expect(canvases.made).toHaveLength(22 + 1 + 9 + 2);
    expect(canvases.made.every((c) => c.width > 0)).toBe(true);
    prewarmSprites(7);
    expect(canvases.made).toHaveLength(34);
  });
});
