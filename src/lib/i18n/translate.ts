/** The tiny lookup: a dictionary per language, `{name}` placeholders, and plural keys (`.one` / `.other`). */
import { en } from './en.ts';
import { fr, type MessageKey } from './fr.ts';

export const LANGUAGES = ['fr', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type { MessageKey };

export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { fr, en };

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

export function translator(lang: Lang): Translate {
  const dictionary = DICTIONARIES[lang];
  return (key, params) => fill(dictionary[key], params);
}

/** The `.one` or `.other` form for `n`, following the language's plural rules (`n` is passed as `{n}`). */
export function plural(lang: Lang, base: PluralKey, n: number): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return fill(DICTIONARIES[lang][`${base}.${form}` as MessageKey], { n: formatNumber(lang, n) });
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
