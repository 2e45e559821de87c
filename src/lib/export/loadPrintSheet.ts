/**
 * The print sheet is a chunk of its own (see state/onDemand.svelte.ts), loaded once the start-up work
 * is done, so that it is in the page for `beforeprint` (Ctrl+P as well as « Imprimer… »).
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const printSheet = new OnDemand(async () => (await import('./PrintSheet.svelte')).default);
