/**
 * The presentation panel is a chunk of its own (see state/onDemand.svelte.ts), loaded when a
 * presentation starts (« Présenter », or a `?present=` link), or as the pointer reaches the button.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const presentationScreen = new OnDemand(
  async () => (await import('./PresentationScreen.svelte')).default,
);
