/**
 * The words of what a person reads once they ask for it — a Campus's card, a région's or académie's
 * card, the list of Campus, the good practices (ui/readingParts.ts, a chunk loaded on demand) — which
 * no first view shows: each of those components imports this file (the embed's list as well). Their
 * words shared with the deck or the presentation (« Source dans le livret », the practices' levels),
 * and the « Depuis le livret » lines of the Campus's history, stay in fr.ts and en.ts.
 * See ../partWords.ts.
 */
import { addPartWords, type PartWords } from '../partWords.ts';

const fr = {
  'card.close': 'Fermer la fiche',
  'card.status': 'Statut',
  'card.town': 'Commune',
  'card.academie': 'Académie',
  'card.region': 'Région',
  'card.lead': 'Établissement support',
  'card.partners': 'Partenaires',
  'card.practices': 'Bonnes pratiques',
  'card.noPractice': 'Aucune pratique décrite dans le livret.',
  'card.note': 'Remarque',
  'card.approximate':
    'Position approximative : siège de l’académie, ni le livret ni les sources publiques trouvées ne nomment de commune.',
  'card.trueLocation': 'Voir à l’emplacement réel',
  'card.inset': 'Représenté dans l’encart {name}',
  'card.formerAcademie': '{name} (aujourd’hui {current})',
  'card.aliases': 'Autres noms',
  'card.sector': 'Groupe',
  'card.sectorFromName': 'd’après son nom',
  'card.livretReading': 'déduit du texte du livret',
  'card.sourcePage': 'Source : {host} (nouvel onglet)',
  'card.sourceRule': 'Les autres informations viennent du livret, sauf celles suivies du site qui les donne.',
  'card.approximateDepartement':
    'Position approximative : dans le département de la commune, dont le répertoire des communes ne donne pas la position.',
  'card.approximateShort': '(position approximative)',
  'card.approximateReading':
    'Position approximative : commune déduite du texte du livret, aucune source publique trouvée ne donne le siège du Campus.',
  'card.notFound': 'Non trouvé',
  'card.unknown': 'Non précisé',
  'card.noteStandard.sectorFromName': 'Groupe sectoriel déduit du nom du Campus.',
  'card.noteStandard.regionFromTown': 'Région non indiquée par le livret ; déduite de la commune.',
  'card.noteStandard.noTheme': 'Le nom ne donne pas de thème.',
  'card.noteRest': 'Détails',
  'card.ownSource': 'Source',
  'area.campus': '{n} Campus dans ce territoire',
  'area.practices': 'Ses bonnes pratiques ({n})',
  'area.noPractice': 'Aucune pratique de ce territoire ni de ses Campus dans le livret.',
  'area.campusHeading': 'Ses Campus, par groupe',
  'area.more.one': 'et {n} autre, dans l’onglet « Liste »',
  'area.more.other': 'et {n} autres, dans l’onglet « Liste »',
  'area.noCampus': 'Aucun Campus affiché dans ce territoire.',
  'area.clear': 'Désélectionner',
  'list.heading': 'Campus affichés',
  'list.empty': 'Aucun Campus ne correspond aux filtres.',
  'list.changed': 'a changé depuis le livret',
  'practices.heading': 'Bonnes pratiques du livret',
  'practices.search': 'Rechercher une pratique',
  'practices.scope': 'Pratiques de {area} : les siennes et celles de ses Campus (filtre de territoire)',
  'practices.count.one': '{n} pratique',
  'practices.count.other': '{n} pratiques',
  'practices.where': 'Où',
  'practices.showOnMap': 'Voir sur la carte',
  'practices.clear': 'Ne plus afficher',
  'practices.none': 'Aucune pratique ne correspond.',
  'practices.national': 'Pratique nationale',
};

export type ReadingWordKey = keyof typeof fr;

export const readingWords: PartWords<ReadingWordKey> = {
  fr,
  en: {
    'card.close': 'Close the card',
    'card.status': 'Status',
    'card.town': 'Town',
    'card.academie': 'Académie',
    'card.region': 'Region',
    'card.lead': 'Lead institution',
    'card.partners': 'Partners',
    'card.practices': 'Good practices',
    'card.noPractice': 'No practice described in the booklet.',
    'card.note': 'Note',
    'card.approximate':
      'Approximate position: seat of the académie; neither the booklet nor the public sources found name a town.',
    'card.trueLocation': 'Show at its true location',
    'card.inset': 'Drawn in the {name} inset',
    'card.formerAcademie': '{name} (now {current})',
    'card.aliases': 'Other names',
    'card.sector': 'Group',
    'card.sectorFromName': 'from its name',
    'card.livretReading': 'read from the booklet’s text',
    'card.sourcePage': 'Source: {host} (new tab)',
    'card.sourceRule':
      'Other facts come from the booklet, except those followed by the site that gives them.',
    'card.approximateDepartement':
      'Approximate position: inside the commune’s département; the commune gazetteer gives no position for it.',
    'card.approximateShort': '(approximate position)',
    'card.approximateReading':
      'Approximate position: town read from the booklet’s text; no public source found gives the Campus’s seat.',
    'card.notFound': 'Not found',
    'card.unknown': 'Not stated',
    'card.noteStandard.sectorFromName': 'Sector group deduced from the Campus’s name.',
    'card.noteStandard.regionFromTown': 'Région not stated by the booklet; deduced from the town.',
    'card.noteStandard.noTheme': 'The name gives no theme.',
    'card.noteRest': 'Details (in French)',
    'card.ownSource': 'Source',
    'area.campus': '{n} Campus in this area',
    'area.practices': 'Its good practices ({n})',
    'area.noPractice': 'No practice of this area or of its Campus in the booklet.',
    'area.campusHeading': 'Its Campus, by group',
    'area.more.one': 'and {n} more, in the List tab',
    'area.more.other': 'and {n} more, in the List tab',
    'area.noCampus': 'No Campus shown in this area.',
    'area.clear': 'Deselect',
    'list.heading': 'Campus shown',
    'list.empty': 'No Campus matches the filters.',
    'list.changed': 'changed since the booklet',
    'practices.heading': 'Good practices of the booklet',
    'practices.search': 'Search a practice',
    'practices.scope': 'Practices of {area}: its own and its Campus’ (area filter)',
    'practices.count.one': '{n} practice',
    'practices.count.other': '{n} practices',
    'practices.where': 'Where',
    'practices.showOnMap': 'Show on the map',
    'practices.clear': 'Stop showing',
    'practices.none': 'No practice matches.',
    'practices.national': 'National practice',
  },
};

addPartWords(readingWords);
