/**
 * Fetches the dataset `npm run data` writes (served at ./data/) and checks its shape enough that the
 * app can trust it. A failure names the file and the reason so the error screen can say what to do.
 */
import type { Topology } from 'topojson-specification';
import { SECTOR_IDS, type CampusFeature, type Practice, type Sector } from '../model/types.ts';
import { toGeography, type Geography } from './geography.ts';
import { INSETS } from '../geo/insets.ts';

export interface Dataset {
  campus: CampusFeature[];
  practices: Practice[];
  sectors: Sector[];
  geography: Geography;
  /** Whose Campus these are: the livret's (when absent), or a list a person opened (ingest/ownList.ts). */
  origin?: OwnListOrigin;
}

/** A list opened in the app or given to an embed, in place of the livret's Campus. */
interface OwnListOrigin {
  kind: 'own-list';
  /** The file's name, or the hosted list's address. */
  name: string;
  /** Data rows in the file, and those left out for their problems. */
  rowsRead: number;
  leftOut: number;
}

const DATASET_FILES = {
  campus: 'campus.geojson',
  practices: 'practices.json',
  sectors: 'sectors.json',
  topology: 'france.topo.json',
  /** Optional: neighbouring countries drawn faintly around France. */
  context: 'context.topo.json',
} as const;

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DatasetError';
  }
}

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

async function fetchJson(fetchFn: Fetch, base: string, file: string): Promise<unknown> {
  let response;
  try {
    response = await fetchFn(`${base}${file}`);
  } catch {
    throw new DatasetError(file, 'network error');
  }
  if (!response.ok) throw new DatasetError(file, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new DatasetError(file, 'not valid JSON');
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Keeps the Point features whose properties look like a Campus; the id is the record id. */
export function readCampus(json: unknown): CampusFeature[] {
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    throw new DatasetError(DATASET_FILES.campus, 'expected a GeoJSON FeatureCollection');
  }
  const sectors = new Set<string>(SECTOR_IDS);
  return (json['features'] as unknown[]).flatMap((f): CampusFeature[] => {
    if (!isObject(f) || !isObject(f['geometry']) || !isObject(f['properties'])) return [];
    const geometry = f['geometry'];
    const p = f['properties'];
    const coordinates = geometry['coordinates'];
    const valid =
      geometry['type'] === 'Point' &&
      Array.isArray(coordinates) &&
      coordinates.length >= 2 &&
      coordinates.every((n) => Number.isFinite(n)) &&
      typeof p['id'] === 'string' &&
      typeof p['name'] === 'string' &&
      sectors.has(String(p['sector'])) &&
      Array.isArray(p['partners']) &&
      Array.isArray(p['practices']) &&
      Array.isArray(p['chapters']);
    if (!valid) return [];
    return [{ ...(f as unknown as CampusFeature), id: p['id'] as string }];
  });
}

/** The livret's dataset with a list's Campus in place of its own, and no practices (they are the livret's). */
export function withOwnList(
  livret: Dataset,
  list: { campus: CampusFeature[]; rowsRead: number; leftOut: number },
  name: string,
): Dataset {
  return {
    ...livret,
    campus: list.campus,
    practices: [],
    origin: { kind: 'own-list', name, rowsRead: list.rowsRead, leftOut: list.leftOut },
  };
}

function readArray<T>(json: unknown, file: string, valid: (item: Record<string, unknown>) => boolean): T[] {
  if (!Array.isArray(json)) throw new DatasetError(file, 'expected a JSON array');
  return json.filter((item) => isObject(item) && valid(item)) as T[];
}

export async function loadDataset(base = './data/', fetchFn: Fetch = (url) => fetch(url)): Promise<Dataset> {
  const [campus, practices, sectors, topology, context] = await Promise.all([
    fetchJson(fetchFn, base, DATASET_FILES.campus),
    fetchJson(fetchFn, base, DATASET_FILES.practices),
    fetchJson(fetchFn, base, DATASET_FILES.sectors),
    fetchJson(fetchFn, base, DATASET_FILES.topology),
    fetchJson(fetchFn, base, DATASET_FILES.context).catch(() => null),
  ]);
  if (!isObject(topology) || topology['type'] !== 'Topology') {
    throw new DatasetError(DATASET_FILES.topology, 'expected a TopoJSON Topology');
  }
  let geography: Geography;
  try {
    const backdrop =
      isObject(context) && context['type'] === 'Topology' ? (context as unknown as Topology) : null;
    geography = toGeography(topology as unknown as Topology, new Set(INSETS.map((i) => i.region)), backdrop);
  } catch (e) {
    throw new DatasetError(DATASET_FILES.topology, (e as Error).message);
  }
  return {
    campus: readCampus(campus),
    practices: readArray<Practice>(
      practices,
      DATASET_FILES.practices,
      (p) => typeof p['id'] === 'string' && typeof p['title'] === 'string' && Array.isArray(p['campus']),
    ),
    sectors: readArray<Sector>(
      sectors,
      DATASET_FILES.sectors,
      (s) => typeof s['id'] === 'string' && typeof s['label_fr'] === 'string',
    ),
    geography,
  };
}
