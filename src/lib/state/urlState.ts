/**
 * The screen as a query string, and back. `parseUrlState` never throws: an unknown parameter, a
 * malformed value or an id the dataset does not hold is ignored and its default kept.
 * `serializeUrlState` writes only what differs from the defaults, in a fixed order, so that the same
 * screen always gives the same link.
 *
 *   ?sectors=energie,tourisme&region=75&academie=bordeaux&chapter=3&status=projet&q=bois
 *   &campus=foret-bois&practice=p12&level=academie&mode=choropleth&map=6.2/45.1/0.5
 *   &lang=en&lines=academies&basemap=osm&panel=practices
 *   ?present=practices&step=12      (presentation mode: the tour and its step, counted from 1)
 */
import { CAMPUS_STATUSES, CHAPTERS, SECTOR_IDS, type CampusStatus, type Chapter } from '../model/types.ts';
import { ACADEMIES, academie2020 } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { AREA_LEVELS, type AreaLevel } from '../model/areas.ts';
import { TOUR_KINDS, type TourKind } from '../query/tour.ts';
import { EMPTY_FILTERS, type Filters } from '../model/filters.ts';

export const MODES = ['points', 'choropleth'] as const;
export type Mode = (typeof MODES)[number];

/** The tab of the side panel. */
export const PANELS = ['filters', 'list', 'practices'] as const;
export type Panel = (typeof PANELS)[number];

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** The presentation mode: which tour, and the step shown (1 = the first, as on the step counter). */
export interface PresentStep {
  tour: TourKind;
  step: number;
}

export interface UrlState {
  filters: Filters;
  /** Selected Campus id (its card is open). */
  campus: string | null;
  /** Selected practice id (shown on the map). */
  practice: string | null;
  level: AreaLevel;
  mode: Mode;
  /** Null: the default view, France with its insets fitted to the screen. */
  view: MapView | null;
  lang: Lang;
  academieLines: boolean;
  basemap: boolean;
  panel: Panel;
  /** Null outside the presentation mode. While presenting, the step decides the map view. */
  present: PresentStep | null;
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  filters: EMPTY_FILTERS,
  campus: null,
  practice: null,
  level: 'region',
  mode: 'points',
  view: null,
  lang: 'fr',
  academieLines: false,
  basemap: false,
  panel: 'filters',
  present: null,
});

/** Ids the dataset holds; when given, a `campus` or `practice` outside them is ignored. */
export interface KnownIds {
  campus?: ReadonlySet<string>;
  practices?: ReadonlySet<string>;
  /** Steps in each tour; when given, a step past the end is brought back to the last one. */
  tourLengths?: Readonly<Record<TourKind, number>>;
}

const MAX_QUERY_LENGTH = 100;
/** Bound on a step before the dataset is known (no tour is anywhere near this long). */
const MAX_STEP = 999;
const MAX_SEARCH_LENGTH = 4000;
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,119}$/i;
const ACADEMIE_IDS = new Set(ACADEMIES.map((a) => a.id));

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function parseId(value: string | null): string | null {
  return value !== null && ID_PATTERN.test(value) ? value : null;
}

function parseQuery(value: string | null): string {
  if (value === null) return '';
  // Control characters and undecodable bytes (U+FFFD) never belong in a search; the text is only ever
  // rendered as text.
  return value
    .replace(/[\p{Cc}\uFFFD]/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

function parseView(value: string | null): MapView | null {
  const match = value?.match(/^(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/);
  if (!match) return null;
  const [zoom, lat, lon] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!(zoom >= 0 && zoom <= 22 && lat >= -85 && lat <= 85 && lon >= -180 && lon <= 180)) return null;
  return roundView({ lon, lat, zoom });
}

/** The precision the URL keeps: 2 decimals of zoom, 4 of degrees (about 10 m). */
export function roundView({ lon, lat, zoom }: MapView): MapView {
  // `|| 0` turns -0 into 0: both print as "0", and a link must restore exactly the state it came from.
  const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d || 0;
  return { lon: round(lon, 4), lat: round(lat, 4), zoom: round(zoom, 2) };
}

/**
 * `present=practices&step=12`. An unknown tour drops the mode; a missing, malformed or out-of-range
 * step is clamped into the tour (a deep link to step 99 of a 40-step tour opens step 40).
 */
function parsePresent(tour: string | null, step: string | null): PresentStep | null {
  const kind = oneOf(TOUR_KINDS, tour);
  if (!kind) return null;
  const requested = step !== null && /^\s*-?\d+\s*$/.test(step) ? Number(step) : 1;
  return { tour: kind, step: Math.min(Math.max(1, requested), MAX_STEP) };
}

/**
 * The state of a query string. With `known` (once the dataset is loaded), ids the dataset lacks are
 * dropped and the step is brought into its tour (see `withKnownIds`).
 */
export function parseUrlState(search: string, known: KnownIds = {}): UrlState {
  return withKnownIds(parseSearch(search), known);
}

/**
 * A state checked against the dataset: a `campus` or `practice` it does not hold is dropped, a step
 * past the end of its tour is brought back to the last one (a deep link to step 99 of a 40-step tour
 * opens step 40). The app parses its URL once, at start, before the dataset is there; this completes
 * that parse when it arrives.
 */
export function withKnownIds(state: UrlState, known: KnownIds): UrlState {
  const keep = (id: string | null, ids: ReadonlySet<string> | undefined) =>
    id !== null && ids && !ids.has(id) ? null : id;
  const present =
    state.present && known.tourLengths
      ? {
          ...state.present,
          step: Math.min(state.present.step, Math.max(1, known.tourLengths[state.present.tour])),
        }
      : state.present;
  return {
    ...state,
    campus: keep(state.campus, known.campus),
    practice: keep(state.practice, known.practices),
    present,
  };
}

function parseSearch(search: string): UrlState {
  if (search.length > MAX_SEARCH_LENGTH) return DEFAULT_URL_STATE;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_URL_STATE;
  }
  const d = DEFAULT_URL_STATE;
  const requested = new Set((params.get('sectors') ?? '').split(','));
  const region = params.get('region');
  const academie = academie2020(params.get('academie') ?? '');
  const filters: Filters = {
    sectors: SECTOR_IDS.filter((id) => requested.has(id)),
    region: region !== null && REGION_BY_CODE.has(region) ? region : null,
    academie: academie !== undefined && ACADEMIE_IDS.has(academie) ? academie : null,
    chapter: oneOf<Chapter>(CHAPTERS, params.get('chapter')) ?? null,
    status: oneOf<CampusStatus>(CAMPUS_STATUSES, params.get('status')) ?? null,
    query: parseQuery(params.get('q')),
  };
  const lang = params.get('lang');
  const present = parsePresent(params.get('present'), params.get('step'));
  return {
    filters,
    campus: parseId(params.get('campus')),
    practice: parseId(params.get('practice')),
    level: oneOf(AREA_LEVELS, params.get('level')) ?? d.level,
    mode: oneOf(MODES, params.get('mode')) ?? d.mode,
    // While presenting, the step decides where the map looks.
    view: present ? null : parseView(params.get('map')),
    lang: isLang(lang) ? lang : d.lang,
    academieLines: params.get('lines') === 'academies',
    basemap: params.get('basemap') === 'osm',
    panel: oneOf(PANELS, params.get('panel')) ?? d.panel,
    present,
  };
}

/**
 * `?key=value&…` from entries in their order (null values left out), or `''` when none is left. Values
 * are percent-encoded but keep `,` and `/` readable (they are safe in a query string). The app's links
 * and the embeds' query strings are both written here.
 */
export function queryString(entries: readonly (readonly [string, string | null])[]): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/');
  const query = entries
    .filter((entry): entry is readonly [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join('&');
  return query === '' ? '' : `?${query}`;
}

/** `''` for the default screen, otherwise `?key=value&…` in a fixed order. */
export function serializeUrlState(state: UrlState): string {
  const { filters: f, view } = state;
  const d = DEFAULT_URL_STATE;
  const entries: [string, string | null][] = [
    ['sectors', f.sectors.length > 0 ? f.sectors.join(',') : null],
    ['region', f.region],
    ['academie', f.academie],
    ['chapter', f.chapter],
    ['status', f.status],
    ['q', f.query.trim() !== '' ? f.query.trim() : null],
    ['campus', state.campus],
    ['practice', state.practice],
    ['level', state.level !== d.level ? state.level : null],
    ['mode', state.mode !== d.mode ? state.mode : null],
    ['map', view && !state.present ? formatView(view) : null],
    ['lang', state.lang !== d.lang ? state.lang : null],
    ['lines', state.academieLines ? 'academies' : null],
    ['basemap', state.basemap ? 'osm' : null],
    ['panel', state.panel !== d.panel ? state.panel : null],
    ['present', state.present?.tour ?? null],
    ['step', state.present ? String(state.present.step) : null],
  ];
  return queryString(entries);
}

/** A map view as the URL writes it (`map=` here, `view=` in embeds): `zoom/lat/lon`, rounded. */
export function formatView(view: MapView): string {
  const { lon, lat, zoom } = roundView(view);
  return `${zoom}/${lat}/${lon}`;
}

/** Whether two states differ in their search text and nothing else (the map's view aside). */
export function onlyQueryDiffers(a: UrlState, b: UrlState): boolean {
  const untyped = (s: UrlState) =>
    serializeUrlState({ ...s, view: null, filters: { ...s.filters, query: '' } });
  return untyped(a) === untyped(b) && a.filters.query.trim() !== b.filters.query.trim();
}

/** True when two states differ only by their map view (such changes replace the history entry). */
export function onlyViewDiffers(a: UrlState, b: UrlState): boolean {
  return serializeUrlState({ ...a, view: null }) === serializeUrlState({ ...b, view: null });
}
