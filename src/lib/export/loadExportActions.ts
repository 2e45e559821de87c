/**
 * What the export menu entries and the chart download buttons do (CSV with d3-dsv, GeoJSON, the map
 * and chart PNGs, SVG) is a chunk of its own (see state/onDemand.svelte.ts), loaded on the first use.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const exportActions = new OnDemand(() => import('./exportActions.ts'));
