/**
 * The « Vos données » template (« Télécharger un modèle »): the columns the own-list reader reads
 * (records.ts's names, in the interface's language — the reader takes French and English headers
 * alike), one example row (a real Campus of the livret, so that the template opened as it is maps
 * that one Campus), and, for the workbook, a second sheet listing the eleven sector groups with their
 * ids and labels and the status values the reader accepts.
 *
 * Pure: the rows and the CSV text. The workbook is written by workbookWriter.ts (SheetJS, on demand).
 */
import type { Lang } from '../i18n/languages.ts';
import type { Sector } from '../model/types.ts';
import { ACADEMIE_BY_ID } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';
import type { Cell, SheetSpec } from './workbookWriter.ts';

/** The template's headers: « nom, secteur, commune » first (required), then the optional ones. */
export const TEMPLATE_COLUMNS = {
  fr: [
    'nom',
    'secteur',
    'commune',
    'ville',
    'statut',
    'académie',
    'région',
    'établissement support',
    'partenaires',
    'latitude',
    'longitude',
    'source',
  ],
  en: [
    'name',
    'sector',
    'commune',
    'town',
    'status',
    'academie',
    'region',
    'lead',
    'partners',
    'latitude',
    'longitude',
    'source',
  ],
} as const satisfies Record<Lang, readonly string[]>;

/** The status values, as the reader takes them (ownList.ts's words; an empty cell is « labellisé »). */
export const STATUS_VALUES = {
  fr: { labellise: 'labellisé', projet: 'projet' },
  en: { labellise: 'labelled', projet: 'project' },
} as const;

/**
 * The example: the livret's PlastiCampus d'Oyonnax (a test checks it against the livret's record), its
 * commune code with the leading zero that a spreadsheet would drop from a number. No coordinates: the
 * commune places it.
 */
export const TEMPLATE_EXAMPLE = {
  id: 'plasticampus-oyonnax',
  name: "PlastiCampus d'Oyonnax",
  sector: 'materiaux',
  commune: '01283',
  town: 'Oyonnax',
  status: 'labellise',
  academie: 'lyon',
  region: '84',
  lead: 'Lycée polyvalent Arbez-Carme (Bellignat)',
  partners: ['S2P'],
  source:
    "ch. 3 — Le PlastiCampus d'Oyonnax et les parcours de formation | ch. 5 — Héberger une start-up pour initialiser de nouvelles formations",
} as const;

/**
 * The second sheet's words. They are the file's content, like the export's headers and words
 * (export/campusTable.ts), so they live here rather than in the interface's dictionaries — which the
 * start's chunk carries for French.
 */
const LISTS_WORDS = {
  fr: {
    sheet: 'Listes',
    columns:
      'Colonnes obligatoires : nom, secteur, commune (code INSEE à 5 caractères, comme 01283 ou 2A004 ; pas le code postal). Les autres sont facultatives. Remplacez la ligne d’exemple par vos Campus.',
    groups: 'Groupes sectoriels — colonne « secteur » : l’identifiant ou le libellé',
    groupHeader: ['identifiant', 'libellé', 'Campus dans le livret'],
    statuses: 'Statuts — colonne « statut » (vide : labellisé)',
    statusHeader: ['valeur', 'sens'],
    labelled: 'Campus labellisé',
    project: 'Campus en projet, pas encore labellisé',
  },
  en: {
    sheet: 'Lists',
    columns:
      'Required columns: name, sector, commune (the 5-character INSEE code, such as 01283 or 2A004; not the postcode). The others are optional. Replace the example row with your Campus.',
    groups: 'Sector groups — column « sector »: the id or the label',
    groupHeader: ['id', 'label', 'Campus in the booklet'],
    statuses: 'Statuses — column « status » (empty: labelled)',
    statusHeader: ['value', 'meaning'],
    labelled: 'Accredited Campus',
    project: 'Campus project, not yet accredited',
  },
} as const;

const label = (sector: Sector, lang: Lang) => (lang === 'fr' ? sector.label_fr : sector.label_en);

/** The header and the example row, in the columns' order (latitude and longitude left empty). */
export function templateRows(sectors: readonly Sector[], lang: Lang): Cell[][] {
  const e = TEMPLATE_EXAMPLE;
  const sector = sectors.find((s) => s.id === e.sector);
  const example: Cell[] = [
    e.name,
    sector ? label(sector, lang) : e.sector,
    e.commune,
    e.town,
    STATUS_VALUES[lang][e.status],
    ACADEMIE_BY_ID.get(e.academie)?.name ?? e.academie,
    REGION_BY_CODE.get(e.region)?.name ?? e.region,
    e.lead,
    e.partners.join(' | '),
    null,
    null,
    e.source,
  ];
  return [[...TEMPLATE_COLUMNS[lang]], example];
}

/** The second sheet: what the columns need, the eleven groups (id, label, count), the statuses. */
export function listsRows(sectors: readonly Sector[], lang: Lang): Cell[][] {
  const w = LISTS_WORDS[lang];
  return [
    [w.columns],
    [],
    [w.groups],
    [...w.groupHeader],
    ...sectors.map((s) => [s.id, label(s, lang), s.livret_count]),
    [],
    [w.statuses],
    [...w.statusHeader],
    [STATUS_VALUES[lang].labellise, w.labelled],
    [STATUS_VALUES[lang].projet, w.project],
  ];
}

/** The workbook's sheets: « Campus » (headers and example), then the lists. */
export function templateSheets(sectors: readonly Sector[], lang: Lang): SheetSpec[] {
  return [
    { name: 'Campus', rows: templateRows(sectors, lang) },
    { name: LISTS_WORDS[lang].sheet, rows: listsRows(sectors, lang), widths: [18, 46, 9] },
  ];
}

/**
 * The template as a CSV: UTF-8 with a BOM and CRLF, as Excel opens it; `;` in French (Excel's list
 * separator in French locales, where `,` is the decimal mark), `,` in English. The reader takes both.
 */
export function templateCsv(sectors: readonly Sector[], lang: Lang): string {
  const delimiter = lang === 'fr' ? ';' : ',';
  const quote = (cell: Cell) => {
    const text = cell === null ? '' : String(cell);
    return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = templateRows(sectors, lang).map((row) => row.map(quote).join(delimiter));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
