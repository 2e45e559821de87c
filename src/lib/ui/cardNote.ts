/**
 * A Campus's note, as the card shows it in the interface's language. The notes are the project's own
 * (data/campus.csv, in French), most with our English translation of the whole note beside them
 * (`note_en`), which the card shows in English. Without it, the sentences many notes share — the group
 * read from the name, the région deduced from the town — are the French texts of `card.noteStandard.*`,
 * so in another language they are said in it, and only the record's own remarks stay in French
 * (marked so).
 */
import { readingWords } from '../i18n/parts/readingWords.ts';
import type { Lang, MessageKey } from '../i18n/translate.ts';

const STANDARD_SENTENCES = [
  'card.noteStandard.sectorFromName',
  'card.noteStandard.regionFromTown',
  'card.noteStandard.noTheme',
] as const satisfies readonly MessageKey[];

export interface NoteParts {
  /** The shared sentences found in the note, in the note's order, as message keys. */
  standard: MessageKey[];
  /** What is left: the record's own remarks, in French ('' when none). */
  rest: string;
}

export function noteParts(note: string): NoteParts {
  const found: { key: MessageKey; at: number }[] = [];
  let rest = note;
  for (const key of STANDARD_SENTENCES) {
    const sentence = readingWords.fr[key];
    const at = note.indexOf(sentence);
    // A whole sentence only: at the start or after another one, and ending the note or followed by one.
    const after = note.charAt(at + sentence.length);
    if (at < 0 || (at > 0 && !/\s/.test(note.charAt(at - 1))) || (after !== '' && !/\s/.test(after)))
      continue;
    found.push({ key, at });
    rest = rest.replace(sentence, '');
  }
  return {
    standard: found.sort((a, b) => a.at - b.at).map((f) => f.key),
    rest: rest.replace(/\s+/g, ' ').trim(),
  };
}

export interface CardNote extends NoteParts {
  /** Our translation of the whole note into the interface's language ('' when none: then the parts). */
  translated: string;
}

/**
 * What the card shows as the note in `lang`: in French, the note as written; in English, `note_en`
 * when the record has one; otherwise the shared sentences in `lang` and the record's remarks in French.
 * `note_en` may be missing from a dataset built before it existed.
 */
export function cardNote(record: { note: string; note_en?: string }, lang: Lang): CardNote {
  if (lang === 'fr') return { standard: [], rest: record.note, translated: '' };
  if (lang === 'en' && record.note_en) return { standard: [], rest: '', translated: record.note_en };
  return { ...noteParts(record.note), translated: '' };
}
