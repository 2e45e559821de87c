/**
 * Symbol placement while the camera moves (issue 22, point 4: pan and zoom as smooth as bare MapLibre).
 *
 * The map is made with `fadeDuration: 0` so that, at rest, every label is where its collisions put it
 * in the very frame that shows it (no fade frames after a change). But MapLibre reads a zero fade as
 * « redo the whole placement at every frame » (Style `_updatePlacement`: `forceFullPlacement ||=
 * fadeDuration === 0`): during a pan or a zoom, every frame re-placed all four symbol layers (région
 * names, inset names, and the two invisible room layers the names give way to) and rewrote their
 * opacity buffers. With a non-zero fade, MapLibre places at most once per fade duration (`Placement
 * .stillRecent`), in slices of 2 ms, and the labels fade in and out over it, as on any MapLibre map.
 *
 * So: a fade while the camera moves, none at rest. When the camera stops, the placement is forced
 * within the same frame (the style's `_layerOrderChanged` flag is MapLibre's own « place everything
 * now »), so the `idle` that follows already has every label where a map with no fade would put it.
 * What is seen at rest is unchanged; during a move, names may appear or give way up to
 * `MOVING_FADE_MS` late, fading.
 */

/** How often, at most, the symbols are placed again while the camera moves (ms), and their fade. */
export const MOVING_FADE_MS = 300;

/** The parts of a MapLibre map this uses (private fields of MapLibre 6, typed in its .d.ts). */
export interface PlacementMap {
  _fadeDuration: number;
  style?: { _layerOrderChanged: boolean } | null;
  on(type: 'movestart' | 'moveend', listener: () => void): unknown;
  off(type: 'movestart' | 'moveend', listener: () => void): unknown;
}

/** Places the symbols lazily while `map` moves and at once when it stops; returns the undo. */
export function placeLazilyWhileMoving(map: PlacementMap): () => void {
  const atRest = map._fadeDuration;
  const moving = () => {
    map._fadeDuration = MOVING_FADE_MS;
  };
  const stopped = () => {
    map._fadeDuration = atRest;
    // `moveend` fires inside the frame that ends the move, before that frame's placement: a full one.
    if (map.style) map.style._layerOrderChanged = true;
  };
  map.on('movestart', moving);
  map.on('moveend', stopped);
  return () => {
    map.off('movestart', moving);
    map.off('moveend', stopped);
    map._fadeDuration = atRest;
  };
}
