/**
 * The optional online basemap. Its tile URL is set at build time with `VITE_BASEMAP_TILES` (an
 * OpenStreetMap-style `{z}/{x}/{y}` raster template); the default is OpenStreetMap's standard tiles.
 */
export const BASEMAP_TILES: string =
  (import.meta.env['VITE_BASEMAP_TILES'] as string | undefined) ??
  'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export const BASEMAP_ATTRIBUTION = '© OpenStreetMap contributors';
