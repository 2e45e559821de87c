/**
 * The optional online basemap. Its tile URL is set at build time with `VITE_BASEMAP_TILES` (an
 * OpenStreetMap-style `{z}/{x}/{y}` raster template); the default is OpenStreetMap's standard tiles.
 */
export const BASEMAP_TILES: string =
  (import.meta.env['VITE_BASEMAP_TILES'] as string | undefined) ??
  'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export const BASEMAP_ATTRIBUTION = '© OpenStreetMap contributors';

/** Tiles of the basemap that loaded and that failed since it was turned on. */
export interface TileTally {
  loaded: number;
  failed: number;
}

/**
 * Whether the basemap is failing and the map should go back to its offline layers: a tile fails before
 * any has loaded (offline, a blocked or mistyped server), or failures keep coming and outnumber the
 * tiles loaded (the server went away). A stray failure among loaded tiles is left to MapLibre's retry.
 */
export function basemapFailing({ loaded, failed }: TileTally): boolean {
  if (failed === 0) return false;
  return loaded === 0 || (failed >= 8 && failed > loaded);
}
