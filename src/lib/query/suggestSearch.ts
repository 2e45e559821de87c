/**
 * « Vouliez-vous dire : Égletons ? » — when a search finds nothing, the Campus names, towns and
 * partners closest to what was typed, compared word by word over the normalised text (case, accents
 * and punctuation ignored, as by the search itself).
 *
 * The distance is a hand-written optimal string alignment (restricted Damerau–Levenshtein): an
 * insertion, a deletion, a substitution or a swap of two neighbouring letters is one edit, so
 * « eglteons » is one edit from « egletons ». Measured (esbuild --bundle --minify, gzip -9; « Issue 21 »
 * in BENCHMARKS.md): fastest-levenshtein 1.0.16 is 0.66 kB gzip but plain Levenshtein (a swap costs two
 * edits) with no word-start mode; fuse.js 7.5.0 is 9.5 kB gzip (7.9 kB basic), scores by Bitap rather
 * than by edits and keeps its own index; `osaDistance` below is 0.27 kB gzip and this whole module
 * 1.0 kB. No library earns its weight here, so none is added. The module is not loaded at start: it
 * comes with ui/SearchSuggestions.svelte, a chunk imported when a search first finds nothing
 * (ui/loadSearchSuggestions.ts).
 */
import type { CampusFeature } from '../model/types.ts';
import { normaliseForSearch, queryTerms } from '../data/normaliseForSearch.ts';
import { laterNames } from '../data/sinceFacts.ts';

/** What a suggestion is, in ranking order on equal distance. */
type SuggestionKind = 'campus' | 'town' | 'partner';
const KIND_RANK: Record<SuggestionKind, number> = { campus: 0, town: 1, partner: 2 };

export interface Suggestion {
  /** The text as the dataset writes it (« Égletons »): what the search is set to. */
  label: string;
  kind: SuggestionKind;
  /** Edits from the query (summed over its words). */
  distance: number;
}

/** At most this many suggestions. */
const MAX_SUGGESTIONS = 3;

/**
 * Edits a word of this many letters may carry and still be suggested: one per four letters, so
 * three letters or fewer must be spelt right, « eglteons » (8) may hold two, and nonsense finds nothing.
 */
export function allowedEdits(length: number): number {
  return Math.floor(length / 4);
}

/**
 * Optimal string alignment distance between `a` and `b`; with `prefix`, between `a` and the closest
 * beginning of `b` (the search finds words by their start too: « eglt » is one edit from « egle… »).
 * Three rolling rows: O(|a|·|b|) time, O(|b|) memory.
 */
export function osaDistance(a: string, b: string, prefix = false): number {
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return prefix ? Math.min(...previous) : previous[n]!;
}

/** Shorter terms are compared with whole words only: they would come close to too many word starts. */
const PREFIX_FROM = 5;

/**
 * Edits from a query term to a word of the dataset, or to its closest beginning for a term of five
 * letters or more (the search finds words by their start: « eglet » finds « Égletons »). Infinity
 * beyond the term's allowance.
 */
export function termDistance(term: string, word: string): number {
  const allowed = allowedEdits(term.length);
  const prefix = term.length >= PREFIX_FROM;
  // Too short, or (compared whole) too long, to come close enough.
  if (term.length - word.length > allowed || (!prefix && word.length - term.length > allowed))
    return Infinity;
  const d = osaDistance(term, word, prefix);
  return d <= allowed ? d : Infinity;
}

/**
 * Edits from the query's terms to a candidate's words: each term to its closest word, summed; or the
 * whole query to the whole candidate with the spaces left out (« saintetienne »), if closer. Infinity
 * when neither is close enough. `distance(t, w)` is term `t`'s distance to word `w` (an index).
 */
function candidateDistance(
  terms: readonly string[],
  words: readonly number[],
  compact: string,
  distance: (term: number, word: number) => number,
): number {
  let total = 0;
  for (let t = 0; t < terms.length && total !== Infinity; t++) {
    let best = Infinity;
    for (const w of words) if ((best = Math.min(best, distance(t, w))) === 0) break;
    total += best;
  }
  const joined = terms.join('');
  const allowed = allowedEdits(joined.length);
  if (Math.abs(joined.length - compact.length) <= allowed) {
    const d = osaDistance(joined, compact);
    if (d <= allowed) total = Math.min(total, d);
  }
  return total;
}

/** `candidateDistance` on plain words (for tests and one-off use). */
export function queryDistance(terms: readonly string[], words: readonly string[]): number {
  return candidateDistance(
    terms,
    words.map((_, i) => i),
    words.join(''),
    (t, w) => termDistance(terms[t]!, words[w]!),
  );
}

interface Candidate {
  label: string;
  kind: SuggestionKind;
  /** Its normalised words, as indices into the vocabulary's `words`. */
  words: number[];
  /** Its normalised words end to end. */
  compact: string;
  /** The Campus that carry this name, town or partner. */
  campus: string[];
}

/** Every Campus name (and other name), town, lead and partner, once per kind and text, and their words. */
interface Vocabulary {
  words: string[];
  candidates: Candidate[];
}

/** Built once per dataset (10 000 Campus: some 50 000 texts to normalise), not per keystroke. */
const vocabularies = new WeakMap<readonly CampusFeature[], Vocabulary>();

function vocabularyOf(campus: readonly CampusFeature[]): Vocabulary {
  const cached = vocabularies.get(campus);
  if (cached) return cached;
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const byKey = new Map<string, Candidate>();
  const add = (label: string, kind: SuggestionKind, id: string) => {
    const normalised = normaliseForSearch(label);
    if (normalised === '') return;
    const key = `${kind}:${normalised}`;
    const known = byKey.get(key);
    if (known) {
      if (known.campus.at(-1) !== id) known.campus.push(id);
      return;
    }
    const split = normalised.split(' ');
    const indices = split.map((word) => {
      let i = wordIndex.get(word);
      if (i === undefined) wordIndex.set(word, (i = words.push(word) - 1));
      return i;
    });
    byKey.set(key, { label, kind, words: indices, compact: split.join(''), campus: [id] });
  };
  for (const { id, properties: p } of campus) {
    // Its later names too (« CEINE », what it merges into): a misspelt one is suggested like a name.
    for (const name of [p.name, ...(p.aliases ?? []), ...laterNames(p.since)]) add(name, 'campus', id);
    add(p.town, 'town', id);
    for (const partner of [p.lead, ...p.partners]) add(partner, 'partner', id);
  }
  const vocabulary = { words, candidates: [...byKey.values()] };
  vocabularies.set(campus, vocabulary);
  return vocabulary;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export interface SuggestOptions {
  /** Only the Campus with these ids count (those the other filters let through); all by default. */
  within?: ReadonlySet<string>;
  /** At most this many suggestions. */
  max?: number;
}

/**
 * The closest names, towns and partners to `query` among `campus`, by distance then kind (Campus
 * name, town, partner), at most `max`. Candidates that lead to the same Campus are one suggestion,
 * worded by the shortest of them at the same distance (« Égletons », not « Campus d'Égletons »), and
 * ranked by that wording's kind. Empty for a blank query or when nothing is close enough. Pass the
 * same `campus` array each time: what it derives from it is kept.
 */
export function suggestSearches(
  query: string,
  campus: readonly CampusFeature[],
  { within, max = MAX_SUGGESTIONS }: SuggestOptions = {},
): Suggestion[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const { words, candidates } = vocabularyOf(campus);
  // Each term against each distinct word once (« campus », « lycée », a town recur).
  const near = terms.map((term) => Float32Array.from(words, (word) => termDistance(term, word)));
  const ranked: { candidate: Candidate; campus: string[]; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = candidateDistance(terms, candidate.words, candidate.compact, (t, w) => near[t]![w]!);
    if (distance === Infinity) continue;
    const ids = within ? candidate.campus.filter((id) => within.has(id)) : candidate.campus;
    if (ids.length > 0) ranked.push({ candidate, campus: ids, distance });
  }
  ranked.sort(
    (a, b) =>
      a.distance - b.distance ||
      KIND_RANK[a.candidate.kind] - KIND_RANK[b.candidate.kind] ||
      a.candidate.label.localeCompare(b.candidate.label, 'fr'),
  );
  const groups: { suggestion: Suggestion; campus: string[] }[] = [];
  for (const { candidate, campus: ids, distance } of ranked) {
    const suggestion = { label: candidate.label, kind: candidate.kind, distance };
    const group = groups.find((g) => sameSet(g.campus, ids));
    if (!group) {
      if (groups.length < max) groups.push({ suggestion, campus: ids });
    } else if (
      distance === group.suggestion.distance &&
      suggestion.label.length < group.suggestion.label.length
    ) {
      group.suggestion = suggestion;
    }
  }
  // In the order of what each offers (a town that several Campus share before one's partner).
  return groups
    .map((g) => g.suggestion)
    .sort((a, b) => a.distance - b.distance || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}
