/**
 * The MapLibre side of the map lives in its own chunk (MapLibre itself is ~290 kB gzip, its worker
 * ~150 kB): the app starts loading it at once, in parallel with the dataset (App), and draws the SVG
 * preview meanwhile; CampusMap shows it once it is there. One on-demand part like every other lazy
 * chunk (state/onDemand.svelte.ts): one load shared by every caller, a failure forgotten so that a
 * later call tries again.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const mapLibreView = new OnDemand(async () => (await import('./MapLibreView.svelte')).default);
