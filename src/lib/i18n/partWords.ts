/**
 * Words that only an on-demand part of the app shows (the inside of « Vos données », of the embed
 * dialog, the presentation). The French dictionary is in the start's chunk, so they are not in it: each
 * part's words, French and English, are in a file of parts/ that only the part's chunk imports, and
 * that adds them here when it is evaluated — before the part can render. The part translates them with
 * `t` like any other key (translate.ts's MessageKey includes each part's keys, so TypeScript checks them).
 */
import type { Lang } from './languages.ts';

/** A part's words: the same keys in every language (its file checks that with a type). */
export type PartWords<K extends string> = Record<Lang, Record<K, string>>;

const added: Record<Lang, Record<string, string>> = { fr: {}, en: {} };

/** Adds a part's words; called once, by the part's file of parts/, when its chunk loads. */
export function addPartWords<K extends string>(words: PartWords<K>): void {
  for (const lang of Object.keys(added) as Lang[]) Object.assign(added[lang], words[lang]);
}

/** The word of `key` in `lang` if a loaded part added it. */
export function partWord(lang: Lang, key: string): string | undefined {
  return added[lang][key];
}
