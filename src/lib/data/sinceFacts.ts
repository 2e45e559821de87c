/**
 * What became of a Campus after the livret (c. 2016): the `since` column of campus.csv. Each fact is
 * `kind:date:text`, facts `|`-separated, e.g.
 *   `merger_planned:2020:Campus d'excellence international normand des énergies (CEINE)`
 * and each fact cites its public page in the record's `sources` column as `since=https://…`, one entry
 * per fact in the same order (two facts of one page repeat the address). Nothing is guessed: a fact is
 * written only as a page words it — a merger a page says is planned is `merger_planned`, not
 * `merged_into` — and a Campus with no page found has no fact.
 *
 * The kinds are a closed list (an unknown kind is refused). Event kinds are dated by when the page
 * says it happened (or was announced, for `merger_planned`); state kinds (`based_at`, `continued_by`)
 * say what a page of that date describes, so the card writes « selon une page de 2021 ».
 */
import { SINCE_KINDS, type FactSource, type SinceFact, type SinceKind } from '../model/types.ts';

/**
 * What each kind's text is: the name of a later Campus (the search finds the Campus by it), a town
 * (`moved`, `based_at`: the search finds it too, as a place), a name the page may give or not (an
 * « excellence » label under another name), or nothing. A name or a town is required.
 */
const KIND_TEXT: Readonly<Record<SinceKind, 'name' | 'town' | 'optional name' | 'none'>> = {
  merged_into: 'name',
  merger_planned: 'name',
  succeeded_by: 'name',
  continued_by: 'name',
  renamed: 'name',
  created_as: 'name',
  moved: 'town',
  based_at: 'town',
  excellence: 'optional name',
  label_renewed: 'none',
  label_ended: 'none',
};
const isLaterName = (kind: SinceKind) => KIND_TEXT[kind].endsWith('name');
const textRequired = (kind: SinceKind) => KIND_TEXT[kind] === 'name' || KIND_TEXT[kind] === 'town';
/** Kinds that describe the Campus as a page of that date saw it, rather than an event of that date. */
export const STATE_KINDS: ReadonlySet<SinceKind> = new Set(['based_at', 'continued_by']);

/** A fact as written in the column, before its page is bound to it. */
export type WrittenSinceFact = Omit<SinceFact, 'url'>;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The date's problem, or undefined when it is a real calendar date between 2000 and `today` (a fact
 * after the livret has happened: a future date is a typo or a plan, and plans are dated by their
 * announcement).
 */
export function sinceDateProblem(date: string, today: Date = new Date()): string | undefined {
  const m = DATE.exec(date);
  if (!m)
    return `« ${date} » is not a date — expected a year (2020), a month (2020-09) or a day (2020-09-01)`;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return `« ${date} » is not a calendar date — check the month and the day`;
  if (year < 2000) return `« ${date} » is before 2000 — a fact since the livret (c. 2016) is later`;
  if (d.getTime() > today.getTime()) return `« ${date} » is in the future — date a plan by its announcement`;
  return undefined;
}

/** Reads the column's entries; every problem is returned with the entry it concerns. */
export function parseSinceFacts(
  entries: readonly string[],
  today: Date = new Date(),
): { facts: WrittenSinceFact[]; problems: string[] } {
  const facts: WrittenSinceFact[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const first = entry.indexOf(':');
    const second = first < 0 ? -1 : entry.indexOf(':', first + 1);
    if (second < 0) {
      problems.push(`« ${entry} » is not kind:date:text — e.g. excellence:2020: or renamed:2021:New name`);
      continue;
    }
    const kind = entry.slice(0, first).trim();
    const date = entry.slice(first + 1, second).trim();
    const text = entry.slice(second + 1).trim();
    if (!(SINCE_KINDS as readonly string[]).includes(kind)) {
      problems.push(`« ${entry} »: unknown kind « ${kind} » — expected one of ${SINCE_KINDS.join(', ')}`);
      continue;
    }
    const dateProblem = sinceDateProblem(date, today);
    if (dateProblem) {
      problems.push(`« ${entry} »: ${dateProblem}`);
      continue;
    }
    if (textRequired(kind as SinceKind) && text === '') {
      problems.push(`« ${entry} »: ${kind} needs its text (the later name or town) after the date`);
      continue;
    }
    facts.push({ kind: kind as SinceKind, date, text });
  }
  return { facts, problems };
}

/**
 * Binds each fact to its page: the record's `since=` sources, in order, one per fact. A fact without
 * a page, a page without a fact and a `since=livret` (a fact after the livret cannot be read in it)
 * are problems.
 */
export function bindSincePages(
  facts: readonly WrittenSinceFact[],
  sources: readonly FactSource[],
): { facts: SinceFact[]; problems: string[] } {
  const pages = sources.filter((s) => s.fact === 'since').map((s) => s.url);
  const problems: string[] = [];
  if (pages.includes('livret'))
    problems.push(
      'since=livret: a fact after the livret cannot come from it — cite the page (since=https://…)',
    );
  if (pages.length < facts.length) {
    const missing = facts.slice(pages.length).map(formatSinceFact);
    problems.push(
      `${missing.map((f) => `« ${f} »`).join(', ')} ${missing.length > 1 ? 'have' : 'has'} no source — add one since=https://… in sources per fact of since, in the same order`,
    );
  } else if (pages.length > facts.length)
    problems.push(
      `${pages.length} since= page(s) for ${facts.length} fact(s) in since — give one since=https://… per fact, in the same order`,
    );
  if (problems.length > 0) return { facts: [], problems };
  return { facts: facts.map((f, i) => ({ ...f, url: pages[i]! })), problems };
}

function formatSinceFact(f: WrittenSinceFact): string {
  return `${f.kind}:${f.date}:${f.text}`;
}

/** Back to the column's text (the exports write it so a file read back keeps its facts). */
export function formatSinceFacts(facts: readonly WrittenSinceFact[]): string {
  return facts.map(formatSinceFact).join('|');
}

/** The towns pages place a Campus in after the livret (`moved`, `based_at`), for the search. */
export function laterPlaces(facts: readonly WrittenSinceFact[] | undefined): string[] {
  return (facts ?? []).filter((f) => !isLaterName(f.kind) && f.text !== '').map((f) => f.text);
}

/** The later names a Campus is known by (merged into, renamed, …), for the search and the report. */
export function laterNames(facts: readonly WrittenSinceFact[] | undefined): string[] {
  return (facts ?? []).filter((f) => isLaterName(f.kind) && f.text !== '').map((f) => f.text);
}
