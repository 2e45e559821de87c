import { describe, expect, it } from 'vitest';
import { MOVING_FADE_MS, placeLazilyWhileMoving, type PlacementMap } from './movingPlacement.ts';

/** A map that only keeps its listeners and the two fields the module sets. */
function fakeMap(): PlacementMap & { fire(type: 'movestart' | 'moveend'): void; listeners: number } {
  const listeners = new Map<string, Set<() => void>>();
  return {
    _fadeDuration: 0,
    style: { _layerOrderChanged: false },
    on(type, listener) {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
    },
    off(type, listener) {
      listeners.get(type)?.delete(listener);
    },
    fire(type) {
      for (const listener of listeners.get(type) ?? []) listener();
    },
    get listeners() {
      return [...listeners.values()].reduce((n, set) => n + set.size, 0);
    },
  };
}

describe('placeLazilyWhileMoving', () => {
  it('fades the symbols (so MapLibre places them at most every fade) only while the camera moves', () => {
    const map = fakeMap();
    placeLazilyWhileMoving(map);
    expect(map._fadeDuration).toBe(0);
    map.fire('movestart');
    expect(map._fadeDuration).toBe(MOVING_FADE_MS);
    expect(MOVING_FADE_MS).toBeGreaterThan(0);
    map.fire('moveend');
    expect(map._fadeDuration).toBe(0);
  });

  it('forces a full placement in the frame that ends the move, so the idle map is placed as before', () => {
    const map = fakeMap();
    placeLazilyWhileMoving(map);
    map.fire('movestart');
    expect(map.style!._layerOrderChanged).toBe(false);
    map.fire('moveend');
    expect(map.style!._layerOrderChanged).toBe(true);
  });

  it('undoes itself: listeners off, the fade at rest back', () => {
    const map = fakeMap();
    const undo = placeLazilyWhileMoving(map);
    expect(map.listeners).toBe(2);
    map.fire('movestart');
    undo();
    expect(map.listeners).toBe(0);
    expect(map._fadeDuration).toBe(0);
  });
});
