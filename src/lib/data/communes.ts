/**
 * The compact commune gazetteer: every INSEE commune with its name, département, région and, when the
 * GeoNames list has it, its position. `npm run data` writes it (`communes.tsv`, beside the dataset) from
 * the same gazetteer the build geocodes with; the app fetches it only when a person opens their own
 * list, and geocodes that list through the same lookups (`CommuneLookup`) the build uses.
 *
 * One line per commune, tab-separated, sorted by code; an empty `lon`/`lat` when no position is known:
 *
 *   code	name	departement	region	lon	lat
 *   01001	L'Abergement-Clémenciat	01	84	4.92	46.15
 *
 * Positions keep 5 decimals, the precision of the built dataset: a Campus geocoded in the browser lands
 * exactly where the build puts it.
 */
import { ACADEMIE_OF_DEPARTEMENT } from '../geo/academies.ts';

export const COMMUNES_FILE = 'communes.tsv';
const COMMUNES_HEADER = ['code', 'name', 'departement', 'region', 'lon', 'lat'] as const;

export interface Commune {
  /** INSEE commune code. */
  code: string;
  name: string;
  /** INSEE département code. */
  departement: string;
  /** INSEE région code. */
  region: string;
}

export interface CommunePosition {
  lon: number;
  lat: number;
}

/** What geocoding needs from a gazetteer: the build's (scripts/lib/gazetteer.ts) and the app's. */
export interface CommuneLookup {
  commune(code: string): Commune | undefined;
  coordinates(commune: Commune): CommunePosition | undefined;
}

export interface CommuneEntry extends Commune {
  position?: { lon: number; lat: number };
}

/**
 * A commune or town name as the gazetteers are joined on (and a record's town compared with its
 * commune): lower-case, accents and ligatures folded, punctuation and « saint » variants unified.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .trim();
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5 || 0;

/** The file's text for a list of communes (sorted by code here, so the file is deterministic). */
export function formatCommunes(entries: Iterable<CommuneEntry>): string {
  const rows = [...entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const lines = rows.map((c) => {
    if (/[\t\n\r]/.test(c.name)) throw new Error(`commune ${c.code}: a tab or line break in its name`);
    const [lon, lat] = c.position ? [round5(c.position.lon), round5(c.position.lat)] : ['', ''];
    return [c.code, c.name, c.departement, c.region, lon, lat].join('\t');
  });
  return [COMMUNES_HEADER.join('\t'), ...lines].join('\n') + '\n';
}

export class CommuneFileError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${COMMUNES_FILE}, line ${line}: ${reason}`);
    this.name = 'CommuneFileError';
  }
}

const CODE = /^(?:\d{5}|2[AB]\d{3})$/;

/** The communes of the file, by code; a malformed file is refused whole, naming its first bad line. */
export function parseCommunes(text: string): Map<string, CommuneEntry> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== COMMUNES_HEADER.join('\t')) {
    throw new CommuneFileError(1, `the header should be « ${COMMUNES_HEADER.join(' ⇥ ')} »`);
  }
  const communes = new Map<string, CommuneEntry>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const cells = line.split('\t');
    const [code, name, departement, region, lon, lat] = cells;
    if (
      cells.length !== COMMUNES_HEADER.length ||
      !code ||
      !CODE.test(code) ||
      !name ||
      !departement ||
      !region
    ) {
      throw new CommuneFileError(
        i + 1,
        'expected a commune code, a name, a département, a région, lon and lat',
      );
    }
    const entry: CommuneEntry = { code, name, departement, region };
    if (lon !== '' || lat !== '') {
      const position = { lon: Number(lon), lat: Number(lat) };
      if (!(Math.abs(position.lon) <= 180 && Math.abs(position.lat) <= 90) || lon === '' || lat === '') {
        throw new CommuneFileError(i + 1, `« ${lon} ${lat} » is not a position (lon and lat in degrees)`);
      }
      entry.position = position;
    }
    communes.set(code, entry);
  }
  return communes;
}

/** The app's gazetteer, read from the compact file: the same lookups as the build's. */
export class CommuneGazetteer implements CommuneLookup {
  constructor(private readonly communes: ReadonlyMap<string, CommuneEntry>) {}

  static fromText(text: string): CommuneGazetteer {
    return new CommuneGazetteer(parseCommunes(text));
  }

  get size(): number {
    return this.communes.size;
  }

  commune(code: string): Commune | undefined {
    const entry = this.communes.get(code);
    return (
      entry && { code: entry.code, name: entry.name, departement: entry.departement, region: entry.region }
    );
  }

  coordinates(commune: Commune): CommunePosition | undefined {
    return this.communes.get(commune.code)?.position;
  }

  /** The 2020 académie of a commune (from its département). */
  academie(commune: Commune): string | undefined {
    return ACADEMIE_OF_DEPARTEMENT.get(commune.departement);
  }
}
