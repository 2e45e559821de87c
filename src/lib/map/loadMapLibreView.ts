/**
 * The MapLibre side of the map lives in its own chunk (MapLibre itself is ~290 kB gzip, its worker
 * ~150 kB): the app starts loading it at once, in parallel with the dataset, and draws the SVG preview
 * meanwhile. The promise is shared, so calling this early (App) and late (CampusMap) costs one load.
 */
type MapLibreViewModule = typeof import('./MapLibreView.svelte');

let pending: Promise<MapLibreViewModule> | null = null;

export function loadMapLibreView(): Promise<MapLibreViewModule> {
  pending ??= import('./MapLibreView.svelte').catch((error: unknown) => {
    pending = null; // a later call (a retry) tries again
    throw error;
  });
  return pending;
}
