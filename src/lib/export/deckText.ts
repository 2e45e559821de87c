/**
 * The deck's own words (title slide, closing slide, speaker notes), French and English. Only the deck's
 * chunk reads them, so they live here rather than in the interface's dictionaries — which the start's
 * chunk carries for French (as ingest/listTemplate.ts keeps the template's words). The words the deck
 * shares with the interface (chapters, « Source dans le livret », the tours' names) come from `t`.
 */
import { fill, type Lang } from '../i18n/translate.ts';

const DECK_TEXT = {
  fr: {
    title_practices: 'Les bonnes pratiques des Campus des métiers et des qualifications',
    title_regions: 'Les Campus des métiers et des qualifications, région par région',
    what: 'Visite « {tour} » de la carte des Campus · {n} étapes',
    filters: 'Filtres : {filters}',
    noFilter: 'Sans filtre : tout le livret',
    date: 'Diaporama du {date}',
    closing: 'Sources et licences',
    sourceLivret:
      "Campus et bonnes pratiques : Livret des bonnes pratiques des Campus des métiers et des qualifications, ministère de l'Éducation nationale (c. 2016) — faits repris, résumés rédigés par nos soins",
    sourceNaturalEarth: 'Régions, académies et fond de carte : Natural Earth — domaine public',
    sourceCog: 'Codes des communes : INSEE, Code officiel géographique — Licence Ouverte 2.0',
    sourceGeonames: 'Positions des communes : GeoNames — CC BY 4.0 (© GeoNames)',
    sourceOwn: 'Campus : {name}',
    madeWith: 'Carte interactive des Campus des métiers et des qualifications : {url}',
    notesChapter: 'Chapitre : {chapter}',
    notesHeading: 'Rubrique du livret : {heading}',
    notesCampus: 'Campus : {names}',
    notesArea: 'Territoire : {areas}',
    notesStep: 'Cette étape sur la carte : {url}',
    notesCampusLink: '{name} : {url}',
  },
  en: {
    title_practices: 'Good practices of the Campus des métiers et des qualifications',
    title_regions: 'The Campus des métiers et des qualifications, région by région',
    what: '« {tour} » tour of the Campus map · {n} steps',
    filters: 'Filters: {filters}',
    noFilter: 'No filter: the whole livret',
    date: 'Slide deck of {date}',
    closing: 'Sources and licences',
    sourceLivret:
      'Campus and good practices: Livret des bonnes pratiques des Campus des métiers et des qualifications, French Ministry of Education (c. 2016) — facts taken from it, summaries in our own words',
    sourceNaturalEarth: 'Régions, académies and base map: Natural Earth — public domain',
    sourceCog: 'Commune codes: INSEE, Code officiel géographique — Licence Ouverte 2.0',
    sourceGeonames: 'Commune positions: GeoNames — CC BY 4.0 (© GeoNames)',
    sourceOwn: 'Campus: {name}',
    madeWith: 'Interactive map of the Campus des métiers et des qualifications: {url}',
    notesChapter: 'Chapter: {chapter}',
    notesHeading: 'Heading in the livret: {heading}',
    notesCampus: 'Campus: {names}',
    notesArea: 'Area: {areas}',
    notesStep: 'This step on the map: {url}',
    notesCampusLink: '{name}: {url}',
  },
} as const;

export type DeckTextKey = keyof (typeof DECK_TEXT)['fr'];

// Both languages have every key (a missing English word fails the type check).
DECK_TEXT.en satisfies Record<DeckTextKey, string>;

/** A deck word in `lang`, its `{name}` placeholders filled. */
export function deckText(lang: Lang, key: DeckTextKey, params: Record<string, string | number> = {}): string {
  return fill(DECK_TEXT[lang][key], params);
}
