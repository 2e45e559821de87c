/**
 * Whether this browser can run MapLibre 6, which needs WebGL 2. Checked once, before the map is
 * created: without it the explorer draws the SVG map instead of an empty area.
 */
export function supportsWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
