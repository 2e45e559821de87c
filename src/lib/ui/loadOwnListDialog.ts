/**
 * The « Vos données » dialog (and its French messages) is a chunk of its own (see
 * state/onDemand.svelte.ts): loaded when it opens, or as the pointer reaches its button. What shows a
 * kept list at start (state/ownList.svelte.ts) does not need it.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const ownListDialog = new OnDemand(async () => (await import('./OwnListDialog.svelte')).default);
