/**
 * Whether this browser may run MapLibre 6, which needs WebGL 2. Only the API is looked for, not a
 * context created: creating one costs up to a second with software rendering, and MapLibre creates
 * its own anyway. When creation fails there (no GPU, blocklisted driver, disabled by policy), the map
 * reports it (MapRoot's `onfail`) and the explorer keeps the SVG map instead of an empty area.
 */
export function supportsWebGL2(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}
