/**
 * The `sources` column of campus.csv: which facts of a record come from elsewhere than the livret.
 * Written `fact=url` and `|`-separated, e.g. `town=https://www.ac-caen.fr/…|lead=https://…`, so a
 * région's officer can fill it in a spreadsheet. A URL must be a plain `https:` address: it becomes a
 * link on the Campus card, and anything else (`javascript:`, `data:`, `http:`) is refused by the build.
 * `fact=livret` marks a fact deduced from the livret's text rather than stated by it.
 */
import { SOURCED_FACTS, type FactSource, type SourcedFact } from '../model/types.ts';

export const LIVRET_READING = 'livret';

/** A problem with one entry: what is wrong and what was expected. */
export interface FactSourceProblem {
  entry: string;
  message: string;
}

/** The address if it is a plain `https:` URL with a host and no credentials, else undefined. */
export function safeHttpsUrl(text: string): string | undefined {
  if (!/^https:\/\/[^\s"'<>\\]+$/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '')
    return undefined;
  return text;
}

export function parseFactSources(entries: readonly string[]): {
  sources: FactSource[];
  problems: FactSourceProblem[];
} {
  const sources: FactSource[] = [];
  const problems: FactSourceProblem[] = [];
  for (const entry of entries) {
    const at = entry.indexOf('=');
    const fact = entry.slice(0, at).trim();
    const url = entry.slice(at + 1).trim();
    if (at < 0 || !(SOURCED_FACTS as readonly string[]).includes(fact)) {
      problems.push({
        entry,
        message: `« ${entry} » does not name a fact — expected fact=https://… with fact one of ${SOURCED_FACTS.join(', ')}`,
      });
      continue;
    }
    if (url !== LIVRET_READING && !safeHttpsUrl(url)) {
      problems.push({
        entry,
        message: `« ${url} » is not a plain https: address — expected https://… (or « ${LIVRET_READING} » for a reading of the livret)`,
      });
      continue;
    }
    // Two facts of `since` may come from one page: each has its own since= entry (sinceFacts.ts).
    if (fact !== 'since' && sources.some((s) => s.fact === fact && s.url === url)) {
      problems.push({ entry, message: `« ${entry} » is given twice — keep one` });
      continue;
    }
    sources.push({ fact: fact as SourcedFact, url });
  }
  return { sources, problems };
}

/** The sources of one fact, pages first and the livret reading last. */
export function sourcesOf(sources: readonly FactSource[], fact: SourcedFact): FactSource[] {
  return sources.filter((s) => s.fact === fact);
}

/** Back to the column's text (the CSV export writes it so a file round-trips). */
export function formatFactSources(sources: readonly FactSource[]): string {
  return sources.map((s) => `${s.fact}=${s.url}`).join('|');
}
