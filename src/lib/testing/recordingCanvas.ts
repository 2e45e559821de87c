/**
 * A stand-in for the 2D canvas in unit tests (they run in Node, without a canvas): every method call
 * and property set on its context is recorded in order, so a test can read what was painted, where,
 * and with which images. `installRecordingCanvases` makes `document.createElement('canvas')` return
 * such canvases (the sprites are made that way) and gives them back to restore the document.
 */

export interface Call {
  /** A method's name, or `set <property>`. */
  op: string;
  args: unknown[];
}

export interface RecordingCanvas {
  width: number;
  height: number;
  style: Record<string, string>;
  className: string;
  calls: Call[];
  getContext(kind: '2d'): CanvasRenderingContext2D;
  setAttribute(name: string, value: string): void;
  remove(): void;
}

/** A canvas whose context records; `measureText` gives 6 px per character. */
export function recordingCanvas(): RecordingCanvas {
  const calls: Call[] = [];
  const state: Record<string | symbol, unknown> = {};
  const canvas: RecordingCanvas = {
    width: 300,
    height: 150,
    style: {},
    className: '',
    calls,
    getContext: () => context,
    setAttribute: () => undefined,
    remove: () => undefined,
  };
  const context = new Proxy(state, {
    get(target, key) {
      if (key === 'canvas') return canvas;
      if (key in target) return target[key];
      if (typeof key !== 'string') return undefined;
      return (...args: unknown[]) => {
        calls.push({ op: key, args });
        if (key === 'measureText') return { width: String(args[0]).length * 6 };
        return undefined;
      };
    },
    set(target, key, value) {
      target[key] = value;
      if (typeof key === 'string') calls.push({ op: `set ${key}`, args: [value] });
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return canvas;
}

/** Makes `document.createElement('canvas')` return recording canvases; returns the undo. */
export function installRecordingCanvases(): { made: RecordingCanvas[]; restore: () => void } {
  const made: RecordingCanvas[] = [];
  const had = Object.prototype.hasOwnProperty.call(globalThis, 'document');
  const previous = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = {
    createElement: (tag: string) => {
      if (tag !== 'canvas') throw new Error(`unexpected element ${tag}`);
      const canvas = recordingCanvas();
      made.push(canvas);
      return canvas;
    },
  };
  return {
    made,
    restore: () => {
      if (had) (globalThis as { document?: unknown }).document = previous;
      else delete (globalThis as { document?: unknown }).document;
    },
  };
}

/** An image drawn on a recording context: the image, the centre and side it was drawn at, the alpha then. */
export interface DrawnImage {
  image: RecordingCanvas;
  x: number;
  y: number;
  side: number;
  alpha: number;
}

/** The globalAlpha in force at call `index` (1 if none was set before it). */
export function alphaAt(calls: readonly Call[], index: number): number {
  for (let i = index; i >= 0; i--) if (calls[i]!.op === 'set globalAlpha') return calls[i]!.args[0] as number;
  return 1;
}

/** The square images drawn with `drawImage(image, left, top, side, side)`, in order, by their centres. */
export function imagesDrawn(calls: readonly Call[]): DrawnImage[] {
  return calls.flatMap((call, i) => {
    if (call.op !== 'drawImage') return [];
    const [image, left, top, side] = call.args as [RecordingCanvas, number, number, number];
    return [{ image, x: left + side / 2, y: top + side / 2, side, alpha: alphaAt(calls, i) }];
  });
}

/** What an image made on a recording canvas shows: its text, the colours it fills and strokes, any dashes. */
export function imageContent(image: RecordingCanvas): {
  text: string[];
  fills: string[];
  strokes: string[];
  dashed: boolean;
} {
  const set = (property: string) =>
    image.calls.filter((c) => c.op === `set ${property}`).map((c) => String(c.args[0]));
  return {
    text: image.calls.filter((c) => c.op === 'fillText').map((c) => String(c.args[0])),
    fills: set('fillStyle'),
    strokes: set('strokeStyle'),
    dashed: image.calls.some((c) => c.op === 'setLineDash' && (c.args[0] as number[]).length > 0),
  };
}

/** The texts written with `fillText`, with where, and the font in force then. */
export function textsDrawn(calls: readonly Call[]): { text: string; x: number; y: number; font: string }[] {
  let font = '';
  return calls.flatMap((call) => {
    if (call.op === 'set font') font = String(call.args[0]);
    if (call.op !== 'fillText') return [];
    const [text, x, y] = call.args as [string, number, number];
    return [{ text, x, y, font }];
  });
}
