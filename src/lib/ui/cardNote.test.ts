import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { noteParts } from './cardNote.ts';

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
      expect(en[full]).not.toBe(fr[full]);
    }
  });
});
