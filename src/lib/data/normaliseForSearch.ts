/**
 * Text comparison insensitive to case, accents, ligatures and punctuation: « energie » finds
 * « Énergie », « oeuvre » finds « Œuvre », « saint etienne » finds « Saint-Étienne ».
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, normalised; empty for a blank query. */
export function queryTerms(query: string): string[] {
  const normalised = normaliseForSearch(query);
  return normalised === '' ? [] : normalised.split(' ');
}

/** True when every term occurs in the (already normalised) haystack; a query with no term matches all. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}
