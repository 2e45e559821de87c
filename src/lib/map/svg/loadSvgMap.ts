/**
 * The SVG map (SvgMap.svelte, with d3-geo) is a chunk of its own (see state/onDemand.svelte.ts): the
 * start shows the first view's built map while MapLibre loads (builtMap.ts), so the SVG map is loaded
 * only where it is drawn live — without WebGL 2 or when MapLibre fails, where the page has no built
 * view (`npm run dev`, a query string, a kept list, an embed with options, `<campus-map>`), or when the
 * state leaves the built view's before MapLibre is there. The server's first view (src/prerender.ts)
 * loads it before rendering.
 */
import { OnDemand } from '../../state/onDemand.svelte.ts';

export const svgMap = new OnDemand(async () => (await import('./SvgMap.svelte')).default);
