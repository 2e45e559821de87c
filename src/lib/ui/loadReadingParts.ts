/**
 * The cards, the list of Campus and the good practices (readingParts.ts) are a chunk of their own (see
 * state/onDemand.svelte.ts), loaded when one of them is to be shown (a Campus or an area selected, a
 * `?campus=` link, the list's or the practices' tab), or as the pointer reaches a tab.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const readingParts = new OnDemand(() => import('./readingParts.ts'));
