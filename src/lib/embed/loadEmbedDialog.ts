/**
 * The inside of the « Intégrer » dialog (choices, live preview, snippets) is a chunk of its own (see
 * state/onDemand.svelte.ts), loaded as the dialog opens, or as the pointer reaches its button.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const embedDialogBody = new OnDemand(async () => (await import('./EmbedDialogBody.svelte')).default);
