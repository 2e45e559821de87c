/**
 * Who owns the pointer on the Campus marks (README.md, point 5). The overlay's canvas lets every event
 * through; MapLibre's mouse events ask the overlay what they landed on. A Campus under a mouse is
 * hovered (its tooltip) and takes the click (its card opens); an aggregate under it shows its count
 * and, clicked, opens (the map zooms onto its members: aggregateZoom.ts). Hovering is for mice and
 * pens: a tap also sends mouse events (the browser's compatibility ones) but no mouse ever leaves, so
 * a hover set by a tap would keep its tooltip over the card it opened; those are ignored for a second.
 * The decisions are pure (`pointerMove`, `pointerLeave`, `fromTouch`); `watchMarkPointer` wires them.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MarkHit } from './markScreen.ts';
import type { PlaceInput } from './placement.ts';

/** What the pointer is over: a Campus, an aggregate, or neither. */
export type Over = MarkHit['kind'] | null;

type AggregateHit = Extract<MarkHit, { kind: 'aggregate' }>;

/** What a pointer event changes; a field left out stays as it is. */
export interface PointerChange {
  /** What the pointer is over now. */
  over: Over;
  /** The map canvas's cursor, when it changes. */
  cursor?: 'pointer' | '';
  /** The Campus hovered (its id, or null as the pointer leaves it), when it changes. */
  hover?: string | null;
  /** The aggregate hovered (or null as the pointer leaves it), when it changes. */
  aggregate?: AggregateHit | null;
}

/**
 * The pointer moved onto `hit` (null: nothing) from `over`; `hovered` is the Campus hovered now
 * (the list may have set it), so one already hovered is not hovered again.
 */
export function pointerMove(over: Over, hit: MarkHit | null, hovered: string | null): PointerChange {
  const kind = hit?.kind ?? null;
  const change: PointerChange = { over: kind };
  if (kind !== over) change.cursor = kind ? 'pointer' : '';
  if (hit?.kind === 'campus') {
    if (hit.id !== hovered) change.hover = hit.id;
  } else if (over === 'campus') change.hover = null;
  if (hit?.kind === 'aggregate') {
    if (over !== 'aggregate') change.aggregate = hit;
  } else if (over === 'aggregate') change.aggregate = null;
  return change;
}

/** The pointer left the map while over `over`. */
export function pointerLeave(over: Over): PointerChange {
  const change: PointerChange = { over: null };
  if (over) change.cursor = '';
  if (over === 'campus') change.hover = null;
  if (over === 'aggregate') change.aggregate = null;
  return change;
}

/** How long after a touch the mouse events that follow it are the touch's own (ms). */
export const TOUCH_MOUSE_MS = 1000;

/** Whether a mouse event at `now` is one a touch at `touchedAt` sent (performance.now() times). */
export const fromTouch = (now: number, touchedAt: number): boolean => now - touchedAt < TOUCH_MOUSE_MS;

/** What the marks' pointer reports to, and asks. */
export interface MarkPointerHandlers {
  /** The mark drawn under a point of the map's canvas (CSS pixels), if any: the overlay's `hit`. */
  hit(x: number, y: number): MarkHit | null;
  /** The Campus hovered now. */
  hovered(): string | null;
  /** The pointer entered a Campus (id) or left it (null). */
  onhover(id: string | null): void;
  /** The pointer entered an aggregate (its size and [lon, lat]) or left it (null). */
  onaggregatehover(aggregate: { count: number; at: [number, number] } | null): void;
  /** A Campus was clicked. */
  onselect(id: string): void;
  /** An aggregate was clicked: its members. */
  onopen(members: readonly PlaceInput[]): void;
}

type MapPointer = Pick<MapLibreMap, 'on' | 'off' | 'getCanvas' | 'getCanvasContainer' | 'unproject'>;

/** Listens to the pointer on `map`'s marks; returns the cleanup. */
export function watchMarkPointer(map: MapPointer, handlers: MarkPointerHandlers): () => void {
  const canvas = map.getCanvas();
  let over: Over = null;
  let touchedAt = -Infinity;
  const onTouch = () => (touchedAt = performance.now());
  const container = map.getCanvasContainer();
  container.addEventListener('touchstart', onTouch, { passive: true });

  const apply = (change: PointerChange) => {
    if (change.cursor !== undefined) canvas.style.cursor = change.cursor;
    if (change.hover !== undefined) handlers.onhover(change.hover);
    if (change.aggregate !== undefined) {
      const aggregate = change.aggregate;
      handlers.onaggregatehover(aggregate && { count: aggregate.count, at: lngLat(aggregate) });
    }
    over = change.over;
  };
  const lngLat = (hit: { x: number; y: number }): [number, number] => {
    const at = map.unproject([hit.x, hit.y]);
    return [at.lng, at.lat];
  };
  const onMove = (e: { point: { x: number; y: number } }) => {
    if (fromTouch(performance.now(), touchedAt)) return;
    apply(pointerMove(over, handlers.hit(e.point.x, e.point.y), handlers.hovered()));
  };
  const onLeave = () => apply(pointerLeave(over));
  const onClick = (e: { point: { x: number; y: number } }) => {
    const hit = handlers.hit(e.point.x, e.point.y);
    if (hit?.kind === 'campus') handlers.onselect(hit.id);
    else if (hit?.kind === 'aggregate') handlers.onopen(hit.members);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    container.removeEventListener('touchstart', onTouch);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
  };
}
