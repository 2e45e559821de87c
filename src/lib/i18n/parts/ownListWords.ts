/**
 * The « Vos données » dialog’s words (the outcome, the problems, the template links): only its chunk
 * (ui/OwnListDialog.svelte, ownListOutcome.ts, ownListProblems.ts, templateDownload.ts) imports this file.
 * The button that opens it, the drop zone, the summary bar and the restoring screen are in the start
 * path: their words stay in fr.ts and en.ts.
 * See ../partWords.ts.
 */
import { addPartWords, type PartWords } from '../partWords.ts';

const fr = {
  'ownList.title': 'Vos données',
  'ownList.intro':
    'Ouvrez la liste des Campus de votre région ou de votre académie : un classeur Excel (.xlsx) ou Calc (.ods), un tableur enregistré en CSV ou en texte Unicode, ou un GeoJSON exporté de cette carte. Le fichier est lu dans ce navigateur : rien n’est envoyé.',
  'ownList.columns':
    'Colonnes attendues : nom, secteur (le groupe, par son nom ou son identifiant) et commune (code INSEE à 5 caractères). Facultatives : statut, établissement support, partenaires, académie et région (sinon celles de la commune), lat et lon, source.',
  'ownList.template': 'Télécharger un modèle à remplir :',
  'ownList.templateXlsx': 'classeur Excel (.xlsx)',
  'ownList.templateCsv': 'CSV (.csv)',
  'ownList.templateFailed': 'Le modèle n’a pas pu être préparé ({reason}). Réessayez.',
  'ownList.templateFile': 'modele',
  'ownList.choose': 'Choisir un fichier…',
  'ownList.dropHint': 'ou déposez-le sur la carte.',
  'ownList.reading': 'Lecture de {name}…',
  'ownList.readSummary': '{name} ({format}) : {rows}, {mapped}, {leftOut}.',
  'ownList.readGeojsonSummary': '{name} (GeoJSON) : {rows}, {mapped}, {leftOut}.',
  'ownList.rowsRead.one': '{n} ligne lue',
  'ownList.rowsRead.other': '{n} lignes lues',
  'ownList.featuresRead.one': '{n} objet lu',
  'ownList.featuresRead.other': '{n} objets lus',
  'ownList.mapped.one': '{n} Campus sur la carte',
  'ownList.mapped.other': '{n} Campus sur la carte',
  'ownList.rowsLeftOut.one': '{n} ligne écartée',
  'ownList.rowsLeftOut.other': '{n} lignes écartées',
  'ownList.featuresLeftOut.one': '{n} objet écarté',
  'ownList.featuresLeftOut.other': '{n} objets écartés',
  'ownList.notLoaded': '{name} n’a pas été chargé : la carte reste telle qu’elle était.',
  'ownList.failed': '{name} n’a pas pu être lu ({reason}). Vérifiez la connexion puis réessayez.',
  'ownList.problems': 'À corriger dans le fichier',
  'ownList.problemsMore.one': '… et {n} autre problème.',
  'ownList.problemsMore.other': '… et {n} autres problèmes.',
  'ownList.line': 'ligne {n}',
  'ownList.feature': 'objet {n}',
  'ownList.wholeFile': 'fichier',
  'ownList.wholeRow': 'ligne entière',
  'ownList.header': 'en-tête',
  'ownList.messagesLanguage':
    'Certains problèmes sont décrits en anglais, comme dans les messages de « npm run data ».',
  'ownList.approximate': 'Positions approximatives ({n})',
  'ownList.formulas': 'Formules lues comme leur valeur enregistrée ({n})',
  'ownList.sheet': 'Feuille lue',
  'ownList.workbookSheet': '{app}, feuille « {sheet} »',
  'ownList.unicodeText': 'texte Unicode, UTF-16',
  'ownList.kept': 'La liste est gardée sur ce navigateur seulement, jusqu’à ce que vous l’oubliiez.',
  'ownList.notKept': 'Ce navigateur ne permet pas de garder la liste : elle disparaîtra au rechargement.',
  'ownList.forget': 'Oublier cette liste et revenir au livret',
  'ownList.showMap': 'Voir la carte',
  'ownList.close': 'Fermer',
};

export type OwnListWordKey = keyof typeof fr;

export const ownListWords: PartWords<OwnListWordKey> = {
  fr,
  en: {
    'ownList.title': 'Your data',
    'ownList.intro':
      'Open the list of Campus of your région or académie: an Excel (.xlsx) or Calc (.ods) workbook, a spreadsheet saved as CSV or Unicode text, or a GeoJSON exported from this map. The file is read in this browser: nothing is sent anywhere.',
    'ownList.columns':
      'Expected columns: name, sector (the group, by its name or id) and commune (the 5-character INSEE code). Optional: status, lead, partners, academie and region (else the commune’s), lat and lon, source.',
    'ownList.template': 'Download a template to fill in:',
    'ownList.templateXlsx': 'Excel workbook (.xlsx)',
    'ownList.templateCsv': 'CSV (.csv)',
    'ownList.templateFailed': 'The template could not be prepared ({reason}). Try again.',
    'ownList.templateFile': 'template',
    'ownList.choose': 'Choose a file…',
    'ownList.dropHint': 'or drop it on the map.',
    'ownList.reading': 'Reading {name}…',
    'ownList.readSummary': '{name} ({format}): {rows}, {mapped}, {leftOut}.',
    'ownList.readGeojsonSummary': '{name} (GeoJSON): {rows}, {mapped}, {leftOut}.',
    'ownList.rowsRead.one': '{n} row read',
    'ownList.rowsRead.other': '{n} rows read',
    'ownList.featuresRead.one': '{n} feature read',
    'ownList.featuresRead.other': '{n} features read',
    'ownList.mapped.one': '{n} Campus on the map',
    'ownList.mapped.other': '{n} Campus on the map',
    'ownList.rowsLeftOut.one': '{n} row left out',
    'ownList.rowsLeftOut.other': '{n} rows left out',
    'ownList.featuresLeftOut.one': '{n} feature left out',
    'ownList.featuresLeftOut.other': '{n} features left out',
    'ownList.notLoaded': '{name} was not loaded: the map stays as it was.',
    'ownList.failed': '{name} could not be read ({reason}). Check the connection and try again.',
    'ownList.problems': 'To fix in the file',
    'ownList.problemsMore.one': '… and {n} more problem.',
    'ownList.problemsMore.other': '… and {n} more problems.',
    'ownList.line': 'line {n}',
    'ownList.feature': 'feature {n}',
    'ownList.wholeFile': 'file',
    'ownList.wholeRow': 'whole row',
    'ownList.header': 'header',
    'ownList.messagesLanguage': 'The problems are described in English, as npm run data describes them.',
    'ownList.approximate': 'Approximate positions ({n})',
    'ownList.formulas': 'Formulas read as their saved value ({n})',
    'ownList.sheet': 'Sheet read',
    'ownList.workbookSheet': '{app}, sheet “{sheet}”',
    'ownList.unicodeText': 'Unicode text, UTF-16',
    'ownList.kept': 'The list is kept in this browser only, until you forget it.',
    'ownList.notKept': 'This browser does not allow keeping the list: it will be gone on reload.',
    'ownList.forget': 'Forget this list and go back to the booklet',
    'ownList.showMap': 'Show the map',
    'ownList.close': 'Close',
  },
};

addPartWords(ownListWords);
