/**
 * The dataset contract: what `npm run data` writes into `public/data/` and what the app reads.
 * Source CSV columns are documented in README.md ("Feeding your own records").
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

/** The eleven sector groups of the livret, as stable ids. */
export const SECTOR_IDS = [
  'agroalimentaire',
  'chimie-biotech',
  'creation-design',
  'batiment',
  'materiaux',
  'mobilite',
  'numerique',
  'services-logistique',
  'systemes-innovants',
  'tourisme',
  'energie',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export const CAMPUS_STATUSES = ['labellise', 'projet'] as const;
export type CampusStatus = (typeof CAMPUS_STATUSES)[number];

/**
 * How the point was placed: at the Campus's own commune, at the seat of its académie when the source
 * names no town (approximate), at explicit coordinates given in the record, or inside its commune's
 * département when the gazetteer has no position for the commune (approximate).
 */
export const LOCATION_BASES = ['commune', 'academie-seat', 'coordinates', 'departement'] as const;
export type LocationBasis = (typeof LOCATION_BASES)[number];

/**
 * Facts of a Campus record that may come from a public page rather than from the livret, each cited in
 * the record's `sources` column as `fact=https://…` (or `fact=livret` when it is our reading of the
 * livret's text rather than something the livret states).
 */
export const SOURCED_FACTS = ['town', 'lead', 'sector', 'status', 'alias', 'since'] as const;
export type SourcedFact = (typeof SOURCED_FACTS)[number];

/**
 * What a page says became of a Campus after the livret (the `since` column; see data/sinceFacts.ts):
 * merged into a later Campus, a merger announced, succeeded or continued by one, renamed, created
 * under another name (a project of the livret), moved, said to be based elsewhere, labelled
 * « excellence », its label renewed or ended.
 */
export const SINCE_KINDS = [
  'merged_into',
  'merger_planned',
  'succeeded_by',
  'continued_by',
  'renamed',
  'created_as',
  'moved',
  'based_at',
  'excellence',
  'label_renewed',
  'label_ended',
] as const;
export type SinceKind = (typeof SINCE_KINDS)[number];

/** One fact about a Campus after the livret, with the page that states it. */
export interface SinceFact {
  kind: SinceKind;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** The later name or town, as the page writes it ('' for kinds without one). */
  text: string;
  /** The page that states it (an `https:` URL). */
  url: string;
}

/** Where one fact of a record comes from: a public page (an `https:` URL) or our reading of the livret. */
export interface FactSource {
  fact: SourcedFact;
  /** An `https:` URL, or `livret` for a fact deduced from the livret's text (not stated by it). */
  url: string;
}

/**
 * Why a Campus is in its sector group: its name says so (`name`), a public page does (`source`), or we
 * read it from what the livret describes (`livret-text`, a reasoned guess the build warns about).
 */
export type SectorBasis = 'name' | 'source' | 'livret-text';

/** Livret chapters 1–6, plus the appendix on the operational director. */
export const CHAPTERS = ['1', '2', '3', '4', '5', '6', 'annexe'] as const;
export type Chapter = (typeof CHAPTERS)[number];

export const PRACTICE_LEVELS = ['campus', 'academie', 'region', 'national'] as const;
export type PracticeLevel = (typeof PRACTICE_LEVELS)[number];

export interface Sector {
  id: SectorId;
  label_fr: string;
  label_en: string;
  /** Campus count the livret gives for the group (77 in all). */
  livret_count: number;
  /** Later official filière(s) this group maps to (the twelve of 2019 split tourism). */
  filieres_2019: string[];
}

/** Properties of a Campus point feature in campus.geojson. */
export interface CampusProperties {
  id: string;
  /** The name the livret uses first. */
  name: string;
  /** Other names: the livret's other spellings, the official name on a public page. Search finds them. */
  aliases: string[];
  sector: SectorId;
  /** Why the Campus is in its sector group. */
  sector_basis: SectorBasis;
  status: CampusStatus;
  /** INSEE commune code. */
  commune: string;
  town: string;
  /** Département code (INSEE: '01'…'95', '2A', '2B', '971'…'976'). */
  departement: string;
  /** INSEE région code (2016 régions). */
  region: string;
  /** Académie the livret names (may be a pre-2020 one: 'caen', 'rouen'). */
  academie: string;
  /** Académie on the 2020 map (what aggregations and the académie layer use). */
  academie_2020: string;
  lead: string;
  partners: string[];
  /** Ids of the practices that concern this Campus. */
  practices: string[];
  /** Livret chapters of those practices (for the chapter filter). */
  chapters: Chapter[];
  /** The livret's chapter and heading: the record's primary source. */
  source: string;
  /** Facts taken from elsewhere than the livret, each with its page; the others come from `source`. */
  sources: FactSource[];
  /** The project's own remarks on the record, in French ('' when none). */
  note: string;
  /** Our English translation of the whole `note` ('' when there is none: the card then falls back). */
  note_en: string;
  /**
   * What became of the Campus after the livret, each fact with its page (empty: nothing found).
   * Optional: a dataset built before the field existed has none.
   */
  since?: SinceFact[];
  location_basis: LocationBasis;
  /** True when the position is not the Campus's known town (académie seat, or a town read into the livret). */
  approximate: boolean;
  /** True position [lon, lat]; for DROM the feature geometry is the inset position instead. */
  true_lon: number;
  true_lat: number;
  /** True when the geometry was moved into a DROM inset. */
  inset: boolean;
}

export type CampusFeature = Feature<Point, CampusProperties> & { id: string };
export type CampusCollection = FeatureCollection<Point, CampusProperties> & { features: CampusFeature[] };

export interface Practice {
  id: string;
  title: string;
  chapter: Chapter;
  level: PracticeLevel;
  campus: string[];
  /** Académie id(s), `|`-separated when the practice spans several. */
  academie: string;
  /** INSEE région code(s), `|`-separated when the practice spans several. */
  region: string;
  summary: string;
  source: string;
  /** Why the practice is (or is not) tied to the Campus it names: our reading, said plainly. */
  note: string;
}

/** A fact of the dataset that the livret does not state: where it comes from instead. */
export interface OutsideFact {
  record: string;
  fact: SourcedFact | 'position';
  /** For a `since` fact: its kind and date (the value is its text). */
  kind?: SinceKind;
  date?: string;
  value: string;
  /** `source`: a public page (url); `livret-text`: our reading of the livret; `academie-seat`: unknown town. */
  basis: 'source' | 'livret-text' | 'academie-seat';
  url?: string;
}

export interface BuildReport {
  counts: {
    campus: number;
    practices: number;
    sectors: number;
    bySector: Record<string, number>;
    byRegion: Record<string, number>;
    byAcademie: Record<string, number>;
    byStatus: Record<string, number>;
  };
  warnings: string[];
  resolutions: Resolution[];
  /** Every fact not stated by the livret, with its source. */
  outside_facts: OutsideFact[];
}

/** A reviewed answer to a contradiction in the source (data/resolutions.csv). */
export interface Resolution {
  record: string;
  field: 'region' | 'academie';
  declared: string;
  resolved: string;
  reason: string;
}
