/**
 * « Vouliez-vous dire… » under a search that finds nothing (SearchSuggestions.svelte, with the fuzzy
 * matching of query/suggestSearch.ts) is a chunk of its own (see state/onDemand.svelte.ts), loaded the
 * first time a search finds nothing, never at start.
 */
import { OnDemand } from '../state/onDemand.svelte.ts';

export const searchSuggestions = new OnDemand(
  async () => (await import('./SearchSuggestions.svelte')).default,
);
