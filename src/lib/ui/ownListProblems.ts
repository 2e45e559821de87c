/**
 * Where a problem of an own list is, as the dialog writes it: « ligne 12 · Code INSEE ». A column goes
 * by the header the file gives it, as the person wrote it; a column the file lacks, by the name the
 * dialog asks for in its language (nom, secteur, commune; name, sector, commune). A problem of the
 * whole file, row or header says so. The checks are the build's and write English (`npm run data` is
 * read by developers); the problems a person's list meets are said again in French here, with the
 * columns they name in French, and any other stays in English, which the dialog then notes.
 */
import type { CsvError } from '../ingest/csv.ts';
import type { OwnListFormat } from '../ingest/ownList.ts';
import { translator, type Lang } from '../i18n/translate.ts';
// This part's own words (not in the start's dictionary): importing them adds them.
import '../i18n/parts/ownListWords.ts';

/** The French header of each column (README « Feeding your own records »). */
const FRENCH_COLUMNS: Record<string, string> = {
  id: 'identifiant',
  name: 'nom',
  aliases: 'autres noms',
  sector: 'secteur',
  status: 'statut',
  commune: 'commune',
  town: 'ville',
  academie: 'académie',
  region: 'région',
  lat: 'latitude',
  lon: 'longitude',
  lead: 'établissement support',
  partners: 'partenaires',
  note: 'remarque',
};

/** A column as the dialog names it in `lang` (the column's id is its English name). */
function columnName(column: string, lang: Lang): string {
  return lang === 'fr' ? (FRENCH_COLUMNS[column] ?? column) : column;
}

export function problemPlace(
  problem: CsvError,
  format: OwnListFormat,
  lang: Lang,
  /** The file's headers by column (`OwnList.headers`). */
  headers: Readonly<Record<string, string>> = {},
): string {
  const t = translator(lang);
  if (problem.field === '(file)') return t('ownList.wholeFile');
  if (problem.field === '(header)')
    return `${t('ownList.line', { n: problem.line })} · ${t('ownList.header')}`;
  const where = t(format === 'geojson' ? 'ownList.feature' : 'ownList.line', { n: problem.line });
  if (problem.field === '(row)') return `${where} · ${t('ownList.wholeRow')}`;
  const written = headers[problem.field];
  return `${where} · ${written !== undefined && written !== '' ? written : columnName(problem.field, lang)}`;
}

/** « name, sector » → « nom, secteur ». */
const frenchColumns = (list: string) =>
  list
    .split(/\s*[,;]\s*/)
    .map((c) => columnName(c, 'fr'))
    .join(', ');

/** English message → French, for the checks an own list meets; `$1`… are the quoted values. */
const FRENCH_MESSAGES: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  [
    /^unknown INSEE commune code « (.*) » — expected the code of a current commune$/,
    'code commune INSEE inconnu « $1 » — indiquez le code d’une commune actuelle',
  ],
  [
    /^« (.*) » is not an INSEE commune code — expected 5 characters such as 59350 or 2A004 \(not a postal code\)$/,
    '« $1 » n’est pas un code commune INSEE — 5 caractères attendus, comme 59350 ou 2A004 (pas le code postal)',
  ],
  [
    /^unknown sector group « (.*) » — expected one of the eleven groups.*$/,
    'groupe sectoriel inconnu « $1 » — indiquez l’un des onze groupes, par son nom (« Numérique, télécommunications ») ou son identifiant (numerique)',
  ],
  [/^is empty — a value is required$/, 'est vide — une valeur est attendue'],
  [
    /^« (.*) » looks like a spreadsheet formula — type the value itself, not a formula$/,
    '« $1 » ressemble à une formule de tableur — écrivez la valeur elle-même, pas une formule',
  ],
  [
    /^(\d+) cells — expected (\d+) \((.*)\); the row runs on to line (\d+): check for an unbalanced quote$/,
    '$1 cellules — $2 attendues ($3) ; la ligne continue jusqu’à la ligne $4 : vérifiez les guillemets',
  ],
  [
    /^(\d+) cells — expected (\d+) \((.*)\); check for an unquoted « (.) » in a cell$/,
    '$1 cellules — $2 attendues ($3) ; une cellule contient sans doute un « $4 » sans guillemets',
  ],
  [/^« (.*) » is not a number between (.*) and (.*)$/, '« $1 » n’est pas un nombre entre $2 et $3'],
  [/^is empty — give both lat and lon, or neither$/, 'est vide — donnez lat et lon, ou aucun des deux'],
  [/^unknown value « (.*) » — expected one of (.*)$/, 'valeur inconnue « $1 » — attendu : $2'],
  [
    /^« (.*) » is already used on line (\d+) — ids must be unique$/,
    '« $1 » est déjà pris ligne $2 — chaque identifiant doit être unique',
  ],
  [
    /^« (.*) » is not a valid id — expected lower-case letters, digits and hyphens$/,
    '« $1 » n’est pas un identifiant valable — lettres minuscules, chiffres et tirets',
  ],
  [
    /^« (.*) » but commune (\S+) is (.*) — check the INSEE code or the town$/,
    '« $1 », mais la commune $2 est $3 — vérifiez le code INSEE ou la ville',
  ],
  [
    /^declared (.*) but commune (\S+) \((.*)\) is in (.*) — correct the commune code or this column, or leave it empty to take the commune's$/,
    '$1 indiqué, mais la commune $2 ($3) est en $4 — corrigez le code commune ou cette colonne, ou laissez-la vide pour prendre celle de la commune',
  ],
  [
    /^the point \((.*), (.*)\) lies (.*) km outside département (\S+) of (.*) — check the coordinates or the commune code$/,
    'le point ($1, $2) est à $3 km hors du département $4 de $5 — vérifiez les coordonnées ou le code commune',
  ],
  [/^contains a control character — remove it$/, 'contient un caractère de contrôle — supprimez-le'],
  [/^is (\d+) characters long — at most (\d+)$/, 'fait $1 caractères — $2 au plus'],
  [
    /^missing column\(s\) (.*) — expected a header with (.*)$/,
    (_match, missing: string, expected: string) =>
      `${missing.includes(',') ? 'colonnes manquantes' : 'colonne manquante'} : ${frenchColumns(missing)} — l’en-tête doit nommer au moins ${frenchColumns(expected)}`,
  ],
  [
    /^this file is neither a spreadsheet nor a GeoJSON — .*$/,
    'ce fichier n’est ni un tableur ni un GeoJSON — ouvrez un CSV ou un texte Unicode, un classeur .xlsx ou .ods, ou un GeoJSON',
  ],
  [
    /^the workbook is protected by a password — .*$/,
    'le classeur est protégé par un mot de passe — enregistrez-en une copie sans mot de passe (Fichier › Informations › Protéger le classeur, ou Outils › Options › Sécurité) et ouvrez cette copie',
  ],
  [
    /^the workbook unpacks to more than (\d+) MB — at most (\d+) MB: save a copy with only the list's sheet$/,
    'le classeur décompressé dépasserait $1 Mo — $2 Mo au plus : enregistrez une copie avec la seule feuille de la liste',
  ],
  [
    /^the workbook could not be read \((.*)\) — open it in your spreadsheet and save it again$/,
    'le classeur n’a pas pu être lu ($1) — ouvrez-le dans votre tableur et enregistrez-le à nouveau',
  ],
  [/^the workbook has no sheet$/, 'le classeur n’a aucune feuille'],
  [
    /^the sheet « (.*) » is empty — expected a header row with (.*)$/,
    (_match, sheet: string, expected: string) =>
      `la feuille « ${sheet} » est vide — une ligne d’en-tête est attendue : ${frenchColumns(expected)} ; choisissez une autre feuille`,
  ],
  [
    /^the sheet has more than (\d+) rows — at most (\d+): split it$/,
    'la feuille a plus de $1 lignes — $2 au plus : découpez-la',
  ],
  [
    /^formula « (.*) » read as its saved value « (.*) »$/,
    'formule « $1 » lue comme sa valeur enregistrée « $2 »',
  ],
  [
    /^formula « (.*) » has no saved value — read as empty: open the file in your spreadsheet and save it$/,
    'formule « $1 » sans valeur enregistrée — lue comme vide : ouvrez le fichier dans votre tableur et enregistrez-le',
  ],
  [
    /^(\d+) cells — expected (\d+) \((.*)\); check for a tab inside a cell$/,
    '$1 cellules — $2 attendues ($3) ; une cellule contient sans doute une tabulation',
  ],
  [/^this column appears twice in the header$/, 'cette colonne apparaît deux fois dans l’en-tête'],
  [
    /^a quoted cell is never closed — check for a missing " in this row$/,
    'une cellule entre guillemets n’est jamais fermée — vérifiez les " de cette ligne',
  ],
  [
    /^the file is UTF-16 — save it as « CSV UTF-8 »$/,
    'le fichier est en UTF-16 — enregistrez-le en « CSV UTF-8 »',
  ],
  [/^the file is empty — expected a header: (.*)$/, 'le fichier est vide — un en-tête est attendu : $1'],
  [
    /^holds no Campus — expected at least one row$/,
    'ne contient aucun Campus — au moins une ligne est attendue',
  ],
  [
    /^is not valid JSON — expected a GeoJSON FeatureCollection, or a CSV$/,
    'n’est pas du JSON valable — un GeoJSON (FeatureCollection) ou un CSV est attendu',
  ],
  [/^is JSON but not a GeoJSON FeatureCollection — .*$/, 'est du JSON mais pas un GeoJSON FeatureCollection'],
  [/^is not a Feature with properties — .*$/, 'n’est pas un objet GeoJSON (Feature) avec des propriétés'],
  [
    /^the file has (\d+) rows — at most (\d+): split it$/,
    'le fichier a $1 lignes — $2 au plus : découpez-le',
  ],
  [/^the file is (\d+) MB — at most (\d+) MB$/, 'le fichier fait $1 Mo — $2 Mo au plus'],
];

/** The problem's message in the dialog's language; `translated` says whether French was found. */
export function problemMessage(message: string, lang: Lang): { text: string; translated: boolean } {
  if (lang !== 'fr') return { text: message, translated: true };
  for (const [pattern, french] of FRENCH_MESSAGES)
    if (pattern.test(message))
      return {
        text:
          typeof french === 'string' ? message.replace(pattern, french) : message.replace(pattern, french),
        translated: true,
      };
  return { text: message, translated: false };
}
