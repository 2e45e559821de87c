/**
 * The card's « Depuis le livret » lines: each fact a page states about the Campus after the livret
 * (data/sinceFacts.ts), said in the interface's language, dated, with the host of its page. Oldest
 * first. A fact whose address is not a plain `https:` URL is dropped (a dataset edited by hand must
 * never put a `javascript:` link on a card), as provenance.ts does for the other sources.
 */
import { safeHttpsUrl } from '../data/factSources.ts';
import { hostLabel } from '../data/provenance.ts';
import { STATE_KINDS } from '../data/sinceFacts.ts';
import type { Lang, MessageKey } from '../i18n/translate.ts';
import type { SinceFact } from '../model/types.ts';

export interface SinceLine {
  /** What happened, as a message key with `{text}` (the later name or town). */
  key: MessageKey;
  text: string;
  /** The date as a reader writes it: « 27 juillet 2021 », « décembre 2021 », « 2020 ». */
  date: string;
  /** The date as the record writes it (`2021-07-27`, `2021-12`, `2020`), for `<time datetime>`. */
  iso: string;
  /** True when the fact describes the Campus as a page of that date saw it (« selon une page de … »). */
  state: boolean;
  /** How to say the page's date: « selon une page du 22 juillet 2021 », « … de juillet 2021 ». */
  stateKey: MessageKey;
  url: string;
  host: string;
}

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** `2021-07-27` → « 27 juillet 2021 », `2021-12` → « décembre 2021 », `2020` → « 2020 ». */
export function sinceDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const at = new Date(Date.UTC(year!, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(at);
}

export function sinceLines(facts: readonly SinceFact[] | undefined, lang: Lang): SinceLine[] {
  return (facts ?? [])
    .filter((f) => safeHttpsUrl(f.url))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.date < b.f.date ? -1 : a.f.date > b.f.date ? 1 : a.i - b.i))
    .map(({ f }) => ({
      key: (f.kind === 'excellence' && f.text ? 'since.excellenceAs' : `since.${f.kind}`) as MessageKey,
      text: f.text,
      date: sinceDate(f.date, lang),
      iso: f.date,
      state: STATE_KINDS.has(f.kind),
      stateKey: (f.date.length === 10 ? 'card.sinceStateDay' : 'card.sinceState') as MessageKey,
      url: f.url,
      host: hostLabel(f.url),
    }));
}
