/**
 * The presentation’s words (its controls, its steps): only its chunk (present/PresentationScreen.svelte,
 * PracticeStep.svelte, RegionStep.svelte) imports this file. The button that starts it and the words
 * the deck shares (the tours’ names, « Pratique nationale ») stay in fr.ts and en.ts.
 * See ../partWords.ts.
 */
import { addPartWords, type PartWords } from '../partWords.ts';

const fr = {
  'present.label': 'Présentation',
  'present.tours': 'Visite',
  'present.previous': 'Précédent',
  'present.next': 'Suivant',
  'present.exit': 'Quitter',
  'present.exitLabel': 'Quitter la présentation (Échap)',
  'present.fullscreen': 'Plein écran',
  'present.counterLabel': 'Étape {n} sur {total}',
  'present.announce': 'Étape {n} sur {total} : {title}',
  'present.keys': 'Flèches ← → pour naviguer · Échap pour quitter',
  'present.campus': 'Campus concernés',
  'present.area': 'Territoire',
  'present.regionChart': 'Campus de la région par groupe sectoriel',
  'present.regionCampus': 'Les Campus de la région',
};

export type PresentWordKey = keyof typeof fr;

export const presentWords: PartWords<PresentWordKey> = {
  fr,
  en: {
    'present.label': 'Presentation',
    'present.tours': 'Tour',
    'present.previous': 'Previous',
    'present.next': 'Next',
    'present.exit': 'Exit',
    'present.exitLabel': 'Leave the presentation (Esc)',
    'present.fullscreen': 'Full screen',
    'present.counterLabel': 'Step {n} of {total}',
    'present.announce': 'Step {n} of {total}: {title}',
    'present.keys': 'Arrow keys ← → to move · Esc to leave',
    'present.campus': 'Campus involved',
    'present.area': 'Area',
    'present.regionChart': 'Campus of the région by sector group',
    'present.regionCampus': 'The Campus of the région',
  },
};

addPartWords(presentWords);
