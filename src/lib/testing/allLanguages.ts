/**
 * Vitest setup: unit tests see every language as if it had been loaded (the app loads English on
 * demand, see i18n/dictionaries.svelte.ts, whose own tests cover the loading).
 */
import { en } from '../i18n/en.ts';
import { addLanguage } from '../i18n/translate.ts';

addLanguage('en', en);
