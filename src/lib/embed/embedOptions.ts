/**
 * Options of an embedded map, read from the embed page's query string or from the attributes of the
 * `<campus-map>` element (the same names: `region`, `academie`, `sectors`, `show`, `lang`, `basemap`,
 * `view`, `data`). They never throw: unknown or malformed values fall back to defaults, like the app's
 * URL — except `data`, a list the site hosts, whose bad address the embed reports (`listUrlProblem`)
 * rather than show the livret's Campus in its place.
 *
 *   embed.html?region=75&sectors=mobilite,energie&show=legend,card&lang=en&view=6/46.5/0.3
 *   <campus-map region="75" sectors="mobilite,energie" show="legend,card"></campus-map>
 */
import type { SectorId } from '../model/types.ts';
import { ACADEMIES } from '../geo/academies.ts';
import { REGION_BY_CODE } from '../geo/regions.ts';
import type { Lang } from '../i18n/translate.ts';
import {
  DEFAULT_URL_STATE,
  formatView,
  parseUrlState,
  queryString,
  serializeUrlState,
  type MapView,
  type UrlState,
} from '../state/urlState.ts';

/** The attribute names of `<campus-map>` (and query parameters of embed.html). */
export const EMBED_ATTRIBUTES = [
  'region',
  'academie',
  'sectors',
  'show',
  'lang',
  'basemap',
  'view',
  'data',
] as const;

/** Longer `data` addresses are cut here (and then refused as not what was meant). */
const MAX_LIST_URL = 2048;

/** The parts of the interface an embedding site can show or hide; the map itself always shows. */
export const EMBED_PARTS = ['legend', 'search', 'card', 'charts', 'list'] as const;
export type EmbedPart = (typeof EMBED_PARTS)[number];

/** What shows when `show` is absent: enough to explore, little enough for a 500 px high frame. */
export const DEFAULT_PARTS: readonly EmbedPart[] = ['legend', 'search', 'card'];

export type EmbedLock = { level: 'region'; code: string } | { level: 'academie'; code: string };

export interface EmbedOptions {
  /** Preset filters, language, basemap and initial view, as in the app's URL. */
  state: UrlState;
  /** The area the map is fitted and filtered to; null for all of France. */
  lock: EmbedLock | null;
  parts: ReadonlySet<EmbedPart>;
  /**
   * The address of a list the site hosts (CSV or GeoJSON, as « Vos données » reads them), shown in
   * place of the livret's Campus; null for the livret's. As written: relative to the page that loads
   * the embed. Checked by `listUrlProblem` before it is fetched.
   */
  list: string | null;
}

/**
 * Why a `data` address cannot be fetched, or undefined when it can: it must be http(s), without
 * credentials. Resolved against `base` (the page's address).
 */
export function listUrlProblem(list: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(list, base);
  } catch {
    return `« ${list.slice(0, 80)} » is not an address`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `« ${list.slice(0, 80)} » is not an http(s) address of a CSV or GeoJSON file`;
  if (url.username !== '' || url.password !== '') return 'an address with a user name or password is refused';
  return undefined;
}

const ACADEMIE_IDS = new Set(ACADEMIES.map((a) => a.id));

/** Reads options from `name → value` pairs (a URLSearchParams or an element's attributes). */
export function parseEmbedOptions(get: (name: string) => string | null): EmbedOptions {
  const params = new URLSearchParams();
  const sectors = get('sectors');
  if (sectors) params.set('sectors', sectors.replace(/\s+/g, ''));
  const lang = get('lang');
  if (lang) params.set('lang', lang);
  const basemap = get('basemap');
  if (basemap === 'on' || basemap === 'osm' || basemap === 'true') params.set('basemap', 'osm');
  const view = get('view');
  if (view) params.set('map', view);
  const parsed = parseUrlState(params.toString());

  const region = get('region');
  const academie = get('academie');
  const lock: EmbedLock | null =
    region && REGION_BY_CODE.has(region)
      ? { level: 'region', code: region }
      : academie && ACADEMIE_IDS.has(academie)
        ? { level: 'academie', code: academie }
        : null;
  const filters =
    lock === null
      ? parsed.filters
      : { ...parsed.filters, [lock.level === 'region' ? 'region' : 'academie']: lock.code };

  const show = get('show');
  const requested = show === null ? DEFAULT_PARTS : show.split(',').map((s) => s.trim());
  const parts = new Set(EMBED_PARTS.filter((p) => requested.includes(p)));
  const data = get('data')?.trim() ?? '';
  const list = data === '' ? null : data.slice(0, MAX_LIST_URL);
  return { state: { ...parsed, filters, panel: DEFAULT_URL_STATE.panel }, lock, parts, list };
}

export function embedOptionsFromSearch(search: string): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  return parseEmbedOptions((name) => params.get(name));
}

/** The attributes / query parameters that reproduce the options (the defaults left out). */
export function embedAttributes(options: EmbedOptions): [string, string][] {
  const out: [string, string][] = [];
  if (options.lock) out.push([options.lock.level, options.lock.code]);
  const { filters, lang, basemap, view } = options.state;
  if (filters.sectors.length > 0) out.push(['sectors', filters.sectors.join(',')]);
  const parts = EMBED_PARTS.filter((p) => options.parts.has(p));
  const isDefault = parts.length === DEFAULT_PARTS.length && parts.every((p) => DEFAULT_PARTS.includes(p));
  if (!isDefault) out.push(['show', parts.join(',')]);
  if (lang !== DEFAULT_URL_STATE.lang) out.push(['lang', lang]);
  if (basemap) out.push(['basemap', 'on']);
  if (view) out.push(['view', formatView(view)]);
  if (options.list) out.push(['data', options.list]);
  return out;
}

/** The options as embed.html's query string (`''` or `?region=84&sectors=a,b`), commas left readable. */
export function embedQuery(options: EmbedOptions): string {
  return queryString(embedAttributes(options));
}

/** The full app's page (`index.html`, beside embed.html) showing `state`; `appBase` ends with `/`. */
export function fullAppUrl(state: UrlState, appBase: string): string {
  const search = serializeUrlState({ ...state, panel: DEFAULT_URL_STATE.panel });
  return new URL(`index.html${search}`, appBase).href;
}

/** What the « Intégrer » dialog lets a person choose. */
export interface EmbedChoices {
  lock: EmbedLock | null;
  sectors: readonly SectorId[];
  parts: readonly EmbedPart[];
  lang: Lang;
  basemap: boolean;
  view?: MapView | null;
  /** The address of a list the site hosts, or '' for the livret's Campus. */
  list?: string;
}

/**
 * The options for a set of choices, read back through the attribute parser: the preview and the
 * snippets then show exactly what a pasted snippet will produce.
 */
export function embedOptionsFromChoices(choices: EmbedChoices): EmbedOptions {
  const { lock, sectors, parts, lang, basemap, view, list } = choices;
  const attributes = new Map<string, string>([
    ['show', EMBED_PARTS.filter((p) => parts.includes(p)).join(',')],
    ['lang', lang],
  ]);
  if (lock) attributes.set(lock.level, lock.code);
  if (sectors.length > 0) attributes.set('sectors', sectors.join(','));
  if (basemap) attributes.set('basemap', 'on');
  if (view) attributes.set('view', formatView(view));
  // An address that cannot be fetched stays out of the preview and the snippets (the form says why).
  if (list?.trim() && !listUrlProblem(list.trim(), 'https://base.invalid/'))
    attributes.set('data', list.trim());
  return parseEmbedOptions((name) => attributes.get(name) ?? null);
}

/** A lock as one string, for a <select>: `region:84`, `academie:lyon`, or `''` for none. */
export function lockKey(lock: EmbedLock | null): string {
  return lock ? `${lock.level}:${lock.code}` : '';
}

export function lockFromKey(key: string): EmbedLock | null {
  const [level, code] = key.split(':');
  if (!code) return null;
  const get = (name: string) => (name === level ? code : null);
  return parseEmbedOptions(get).lock;
}
