/**
 * The inside of « Exporter »'s menu (its entries and what each does) is a chunk of its own (see
 * state/onDemand.svelte.ts): most visitors never export, so the start-up code holds only the button. It is
 * loaded when the pointer or the focus reaches the button, and at the latest when the menu opens.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const exportMenuList = new OnDemand(async () => (await import('./ExportMenuList.svelte')).default);
