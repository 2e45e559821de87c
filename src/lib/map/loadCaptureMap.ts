/**
 * The copy of the map for the PNG exports (captureMap.ts) is a chunk of its own (see
 * state/onDemand.svelte.ts): MapSnapshotSource asks for it at the first export, not with MapLibre's view.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const captureMapModule = new OnDemand(() => import('./captureMap.ts'));
