/**
 * The tiny lookup: a dictionary per language, `{name}` placeholders, and plural keys (`.one` / `.other`).
 * English is loaded on demand (dictionaries.svelte.ts): await `loadLanguage('en')` before showing it, or
 * the text is French until it arrives (then it is translated again: the dictionaries are state).
 */
import { dictionaries, type Dictionary } from './dictionaries.svelte.ts';
import { fr, type MessageKey as DictionaryKey } from './fr.ts';
import type { Lang } from './languages.ts';
import { partWord } from './partWords.ts';
import type { EmbedWordKey } from './parts/embedWords.ts';
import type { ExportMenuWordKey } from './parts/exportMenuWords.ts';
import type { OwnListWordKey } from './parts/ownListWords.ts';
import type { PresentWordKey } from './parts/presentWords.ts';
import type { ReadingWordKey } from './parts/readingWords.ts';

export { LANGUAGES, isLang, type Lang } from './languages.ts';
export type { Dictionary };

/** The dictionaries' keys and those of the on-demand parts' words (partWords.ts). */
export type MessageKey =
  DictionaryKey | OwnListWordKey | EmbedWordKey | PresentWordKey | ExportMenuWordKey | ReadingWordKey;

/** Loads the dictionary of a language (at once for French); rejects if its chunk cannot be fetched. */
export function loadLanguage(lang: Lang): Promise<void> {
  return dictionaries.load(lang);
}

/** Adds a dictionary shipped in the bundle (the <campus-map> element carries both languages). */
export function addLanguage(lang: Lang, dictionary: Dictionary): void {
  dictionaries.add(lang, dictionary);
}

/** The dictionary of `lang`; French (and the load started) while it is not there yet. */
function dictionaryOf(lang: Lang): Dictionary {
  const dictionary = dictionaries.get(lang);
  if (dictionary) return dictionary;
  // Not awaited: the load writes state later, which translates again whatever asked.
  loadLanguage(lang).catch(() => {});
  return fr;
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Keys that have `.one` / `.other` variants, looked up by `plural`. */
type PluralBase<K extends string> = K extends `${infer Base}.one` ? Base : never;
export type PluralKey = PluralBase<MessageKey>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The words of `key`: from the dictionary, else from a loaded part (the key itself if neither has it). */
function lookUp(lang: Lang, dictionary: Dictionary, key: MessageKey): string {
  return (dictionary as Partial<Record<MessageKey, string>>)[key] ?? partWord(lang, key) ?? key;
}

export function translator(lang: Lang): Translate {
  const dictionary = dictionaryOf(lang);
  return (key, params) => fill(lookUp(lang, dictionary, key), params);
}

/** The `.one` or `.other` form for `n`, following the language's plural rules (`n` is passed as `{n}`). */
export function plural(lang: Lang, base: PluralKey, n: number): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return fill(lookUp(lang, dictionaryOf(lang), `${base}.${form}` as MessageKey), {
    n: formatNumber(lang, n),
  });
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);
}
