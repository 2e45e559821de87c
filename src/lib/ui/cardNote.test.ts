import { describe, expect, it } from 'vitest';
import { readingWords } from '../i18n/parts/readingWords.ts';
import { cardNote, noteParts } from './cardNote.ts';

describe('noteParts', () => {
  it('takes the shared sentences out of a note, in order, and keeps the record’s own remarks', () => {
    expect(
      noteParts(
        'Groupe sectoriel déduit du nom du Campus. Le nom cite deux villes : placé à Nantes, position approximative. Région non indiquée par le livret ; déduite de la commune.',
      ),
    ).toEqual({
      standard: ['card.noteStandard.sectorFromName', 'card.noteStandard.regionFromTown'],
      rest: 'Le nom cite deux villes : placé à Nantes, position approximative.',
    });
  });

  it.each([
    ['', [], ''],
    ['Plateforme Platinium 3D.', [], 'Plateforme Platinium 3D.'],
    ['Groupe sectoriel déduit du nom du Campus.', ['card.noteStandard.sectorFromName'], ''],
    [
      'Le nom ne donne pas de thème. Groupe sectoriel : génie civil.',
      ['card.noteStandard.noTheme'],
      'Groupe sectoriel : génie civil.',
    ],
    // Not a whole sentence: a remark follows inside it, and stays whole in French.
    [
      'Groupe sectoriel déduit du nom du Campus (plasturgie). Premier Campus inauguré.',
      [],
      'Groupe sectoriel déduit du nom du Campus (plasturgie). Premier Campus inauguré.',
    ],
  ] as const)('« %s »', (note, standard, rest) => {
    expect(noteParts(note)).toEqual({ standard, rest });
  });

  it('has an English text for each shared sentence', () => {
    for (const key of ['sectorFromName', 'regionFromTown', 'noTheme'] as const) {
      const full = `card.noteStandard.${key}` as const;
      expect(readingWords.en[full]).not.toBe(readingWords.fr[full]);
    }
  });
});

describe('cardNote', () => {
  const note = 'Groupe sectoriel déduit du nom du Campus. Placé à Nantes, position approximative.';
  const note_en = 'Sector group deduced from the Campus’s name. Placed in Nantes, approximate position.';

  it('gives the note as written in French, with or without a translation', () => {
    const asWritten = { standard: [], rest: note, translated: '' };
    expect(cardNote({ note, note_en }, 'fr')).toEqual(asWritten);
    expect(cardNote({ note, note_en: '' }, 'fr')).toEqual(asWritten);
  });

  it('gives our whole translation in English when the record has one', () => {
    expect(cardNote({ note, note_en }, 'en')).toEqual({ standard: [], rest: '', translated: note_en });
  });

  it('falls back to the shared sentences and the French rest without one (or from an older dataset)', () => {
    const parts = {
      standard: ['card.noteStandard.sectorFromName'],
      rest: 'Placé à Nantes, position approximative.',
      translated: '',
    };
    expect(cardNote({ note, note_en: '' }, 'en')).toEqual(parts);
    expect(cardNote({ note }, 'en')).toEqual(parts);
  });
});
