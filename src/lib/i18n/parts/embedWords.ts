/**
 * The words inside the « Intégrer » dialog (the choices, the preview, the snippets): only its chunk
 * (embed/EmbedDialogBody.svelte, EmbedChoicesForm.svelte) imports this file. The button, the dialog’s
 * title and the embedded map’s own words (embed.html, <campus-map>) stay in fr.ts and en.ts.
 * See ../partWords.ts.
 */
import { addPartWords, type PartWords } from '../partWords.ts';

const fr = {
  'embed.list': 'Votre liste publiée (facultatif)',
  'embed.listHint':
    'Adresse d’un fichier CSV ou GeoJSON publié sur votre site, montré à la place des Campus du livret. Une liste ouverte dans « Vos données » reste dans ce navigateur : publiez-la d’abord. Un autre site que celui de la carte doit l’autoriser (en-têtes CORS).',
  'embed.listBad':
    'Cette adresse ne convient pas : l’adresse http(s) d’un fichier CSV ou GeoJSON est attendue.',
  'embed.area': 'Territoire',
  'embed.areaAll': 'Toute la France',
  'embed.areaRegions': 'Régions',
  'embed.areaAcademies': 'Académies',
  'embed.areaHint': 'La carte est cadrée et filtrée sur ce territoire ; le visiteur ne peut pas en sortir.',
  'embed.sectors': 'Groupes sectoriels présélectionnés',
  'embed.sectorsHint': 'Aucun coché : tous les groupes.',
  'embed.parts': 'Éléments affichés avec la carte',
  'embed.part.legend': 'Légende (filtre par groupe)',
  'embed.part.search': 'Recherche',
  'embed.part.card': 'Fiche du Campus',
  'embed.part.charts': 'Graphique',
  'embed.part.list': 'Liste des Campus',
  'embed.language': 'Langue',
  'embed.lang.fr': 'Français',
  'embed.lang.en': 'English',
  'embed.basemap': 'Fond de carte OpenStreetMap',
  'embed.basemapHint': 'Charge des tuiles depuis un serveur externe.',
  'embed.preview': 'Aperçu',
  'embed.previewTitle': 'Aperçu de la carte intégrée',
  'embed.iframeCode': 'Code à coller : cadre (iframe)',
  'embed.iframeHint': 'Le plus simple. Le petit script ajuste la hauteur du cadre à son contenu.',
  'embed.elementCode': 'Code à coller : élément <campus-map>',
  'embed.elementHint': 'Sans cadre, styles isolés. Le serveur de la carte doit autoriser votre site (CORS).',
  'embed.copy': 'Copier',
  'embed.copyLabel': 'Copier le code : {what}',
  'embed.copied': 'Copié',
  'embed.copyFailed': 'Copie automatique impossible : le code est sélectionné, appuyez sur Ctrl+C.',
};

export type EmbedWordKey = keyof typeof fr;

export const embedWords: PartWords<EmbedWordKey> = {
  fr,
  en: {
    'embed.list': 'Your published list (optional)',
    'embed.listHint':
      'Address of a CSV or GeoJSON file published on your site, shown in place of the booklet’s Campus. A list opened in « Your data » stays in this browser: publish it first. A site other than the map’s must allow it (CORS headers).',
    'embed.listBad': 'This address will not do: the http(s) address of a CSV or GeoJSON file is expected.',
    'embed.area': 'Area',
    'embed.areaAll': 'All of France',
    'embed.areaRegions': 'Regions',
    'embed.areaAcademies': 'Académies',
    'embed.areaHint': 'The map is fitted and filtered to this area; visitors cannot leave it.',
    'embed.sectors': 'Preselected sector groups',
    'embed.sectorsHint': 'None ticked: all groups.',
    'embed.parts': 'Shown with the map',
    'embed.part.legend': 'Legend (filter by group)',
    'embed.part.search': 'Search',
    'embed.part.card': 'Campus card',
    'embed.part.charts': 'Chart',
    'embed.part.list': 'List of Campus',
    'embed.language': 'Language',
    'embed.lang.fr': 'Français',
    'embed.lang.en': 'English',
    'embed.basemap': 'OpenStreetMap basemap',
    'embed.basemapHint': 'Loads tiles from an external server.',
    'embed.preview': 'Preview',
    'embed.previewTitle': 'Preview of the embedded map',
    'embed.iframeCode': 'Code to paste: frame (iframe)',
    'embed.iframeHint': 'The simplest. The small script fits the frame to its content height.',
    'embed.elementCode': 'Code to paste: <campus-map> element',
    'embed.elementHint': 'No frame, isolated styles. The map’s server must allow your site (CORS).',
    'embed.copy': 'Copy',
    'embed.copyLabel': 'Copy the code: {what}',
    'embed.copied': 'Copied',
    'embed.copyFailed': 'Automatic copy unavailable: the code is selected, press Ctrl+C.',
  },
};

addPartWords(embedWords);
