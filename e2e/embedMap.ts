/**
 * Reading an embedded map from a test: inside the iframe it is `window.__map`; on a page with the
 * custom element it is the element's `map` property (the element puts nothing on the host's window).
 */
import type { Frame, Page } from '@playwright/test';

export type Where = Page | Frame;
/** `null`: the frame's `window.__map`; a selector: that element's `map` property. */
export type MapRef = string | null;

interface TestMap {
  loaded(): boolean;
  isMoving(): boolean;
  once(type: string, listener: () => void): void;
  getZoom(): number;
}

/** Waits until the map exists and is idle (style loaded, tiles and symbols placed). */
export async function waitForEmbedMapIdle(where: Where, ref: MapRef): Promise<void> {
  await where.waitForFunction(
    (selector) => {
      const host = selector ? document.querySelector(selector) : window;
      return Boolean(
        (host as unknown as { map?: unknown; __map?: unknown } | null)?.[selector ? 'map' : '__map'],
      );
    },
    ref,
    { timeout: 30_000 },
  );
  await where.evaluate(
    (selector) =>
      new Promise<void>((resolve) => {
        const host = (selector ? document.querySelector(selector) : window) as unknown as Record<
          string,
          TestMap
        >;
        const map = host[selector ? 'map' : '__map']!;
        const idle = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', () => resolve()));
        requestAnimationFrame(() => requestAnimationFrame(idle));
      }),
    ref,
  );
}

/**
 * Ids of every Campus the map draws in its viewport, each as its own symbol (at the livret's scale
 * nothing is aggregated; an aggregate would make this null, so a spec cannot pass on it unseen).
 */
export async function drawnCampusIds(where: Where, ref: MapRef): Promise<string[] | null> {
  return where.evaluate(async (selector) => {
    type Marks = { campus: { id: string; x: number; y: number }[]; aggregates: unknown[] };
    type M = { getCanvasContainer(): HTMLElement };
    const host = (selector ? document.querySelector(selector) : window) as unknown as Record<
      string,
      M | null
    >;
    const map = host[selector ? 'map' : '__map'];
    if (!map) return null;
    try {
      // The Campus overlay's canvas carries what it drew last (src/lib/map/campus/campusOverlay.ts).
      const canvas = map.getCanvasContainer().querySelector('canvas.campus-overlay') as
        (HTMLCanvasElement & { campusMarks?: Marks }) | null;
      const marks = canvas?.campusMarks;
      if (!marks || marks.aggregates.length > 0) return null;
      const { width, height } = canvas.getBoundingClientRect();
      const inside = (m: { x: number; y: number }) => m.x >= 0 && m.y >= 0 && m.x <= width && m.y <= height;
      return [...new Set(marks.campus.filter(inside).map((c) => c.id))].sort();
    } catch {
      return null; // the map is being replaced (new attributes)
    }
  }, ref);
}

export async function mapZoom(where: Where, ref: MapRef): Promise<number> {
  return where.evaluate((selector) => {
    const host = (selector ? document.querySelector(selector) : window) as unknown as Record<string, TestMap>;
    return host[selector ? 'map' : '__map']!.getZoom();
  }, ref);
}

/** Where a point of the map is in the frame's (or page's) viewport: its centre, or a Campus by id. */
export async function mapPoint(
  where: Where,
  ref: MapRef,
  campusId?: string,
): Promise<{ x: number; y: number }> {
  const point = await where.evaluate(
    ([selector, id]) => {
      type Marks = { campus: { id: string; x: number; y: number }[] };
      type M = { getCanvas(): HTMLCanvasElement; getCanvasContainer(): HTMLElement };
      const host = (selector ? document.querySelector(selector) : window) as unknown as Record<string, M>;
      const map = host[selector ? 'map' : '__map']!;
      const rect = map.getCanvas().getBoundingClientRect();
      if (!id) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      const canvas = map.getCanvasContainer().querySelector('canvas.campus-overlay') as
        (HTMLCanvasElement & { campusMarks?: Marks }) | null;
      const mark = canvas?.campusMarks?.campus.find((c) => c.id === id);
      return mark ? { x: rect.left + mark.x, y: rect.top + mark.y } : null;
    },
    [ref, campusId ?? null] as const,
  );
  if (!point) throw new Error(`Campus ${campusId} is not drawn as a symbol`);
  return point;
}

/** A frame's point in the page's coordinates (the frame's offset added). */
export async function onPage(
  frame: Frame,
  point: { x: number; y: number },
): Promise<{ x: number; y: number }> {
  const box = await (await frame.frameElement()).boundingBox();
  if (!box) throw new Error('the frame is not displayed');
  return { x: box.x + point.x, y: box.y + point.y };
}
