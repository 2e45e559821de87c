/**
 * The languages of the app, French the default. No dictionary here, so that the URL parsing (and the
 * end-to-end specs that import it in plain Node) never pull in the reactive dictionaries.
 */
export const LANGUAGES = ['fr', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
