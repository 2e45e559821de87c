/**
 * The dictionaries the page holds. French, the default, is in the start-up code; English is a chunk of
 * its own, loaded on demand. The set is state: whatever translates with a language not loaded yet
 * (in French meanwhile) is translated again as soon as its dictionary arrives.
 */
import { fr, type MessageKey } from './fr.ts';
import type { Lang } from './languages.ts';

export type Dictionary = Record<MessageKey, string>;

/** How each language other than French is loaded. */
export type Loaders = Record<Exclude<Lang, 'fr'>, () => Promise<Dictionary>>;

export class Dictionaries {
  readonly #loaders: Loaders;
  #loaded = $state.raw<Partial<Record<Lang, Dictionary>>>({ fr });
  /** Loads under way (not state: nothing shows them). */
  #pending: Partial<Record<Lang, Promise<void>>> = {};

  constructor(loaders: Loaders) {
    this.#loaders = loaders;
  }

  /** The dictionary of `lang` if it is loaded. */
  get(lang: Lang): Dictionary | undefined {
    return this.#loaded[lang];
  }

  /** Adds a dictionary (a bundle that ships it statically, a test). */
  add(lang: Lang, dictionary: Dictionary): void {
    this.#loaded = { ...this.#loaded, [lang]: dictionary };
  }

  /** Loads the dictionary of `lang` once; a failure is forgotten, so that the next call tries again. */
  load(lang: Lang): Promise<void> {
    if (lang === 'fr' || this.#loaded[lang]) return Promise.resolve();
    let pending = this.#pending[lang];
    if (!pending) {
      pending = this.#loaders[lang]().then(
        (dictionary) => this.add(lang, dictionary),
        (reason: unknown) => {
          delete this.#pending[lang];
          throw reason;
        },
      );
      this.#pending[lang] = pending;
    }
    return pending;
  }
}

export const dictionaries = new Dictionaries({
  en: async () => (await import('./en.ts')).en,
});
