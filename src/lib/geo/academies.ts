/**
 * The 30 académies of the 2020 map, keyed by a stable slug, with their départements (INSEE codes).
 * Caen and Rouen merged into Normandie in 2020; records keep the académie the livret names and
 * aggregations map it onto the current map with `academie2020`.
 */
export interface AcademieInfo {
  id: string;
  name: string;
  region: string;
  departements: readonly string[];
  /** INSEE code of the commune that seats the rectorat (used to place a Campus the livret gives no town for). */
  seat: string;
  /** E-mail domain the livret's contacts use. */
  domain: string;
}

export const ACADEMIES: readonly AcademieInfo[] = [
  {
    id: 'aix-marseille',
    name: 'Aix-Marseille',
    region: '93',
    departements: ['04', '05', '13', '84'],
    seat: '13001',
    domain: 'ac-aix-marseille.fr',
  },
  { id: 'nice', name: 'Nice', region: '93', departements: ['06', '83'], seat: '06088', domain: 'ac-nice.fr' },
  {
    id: 'amiens',
    name: 'Amiens',
    region: '32',
    departements: ['02', '60', '80'],
    seat: '80021',
    domain: 'ac-amiens.fr',
  },
  {
    id: 'lille',
    name: 'Lille',
    region: '32',
    departements: ['59', '62'],
    seat: '59350',
    domain: 'ac-lille.fr',
  },
  {
    id: 'besancon',
    name: 'Besançon',
    region: '27',
    departements: ['25', '39', '70', '90'],
    seat: '25056',
    domain: 'ac-besancon.fr',
  },
  {
    id: 'dijon',
    name: 'Dijon',
    region: '27',
    departements: ['21', '58', '71', '89'],
    seat: '21231',
    domain: 'ac-dijon.fr',
  },
  {
    id: 'bordeaux',
    name: 'Bordeaux',
    region: '75',
    departements: ['24', '33', '40', '47', '64'],
    seat: '33063',
    domain: 'ac-bordeaux.fr',
  },
  {
    id: 'limoges',
    name: 'Limoges',
    region: '75',
    departements: ['19', '23', '87'],
    seat: '87085',
    domain: 'ac-limoges.fr',
  },
  {
    id: 'poitiers',
    name: 'Poitiers',
    region: '75',
    departements: ['16', '17', '79', '86'],
    seat: '86194',
    domain: 'ac-poitiers.fr',
  },
  {
    id: 'normandie',
    name: 'Normandie',
    region: '28',
    departements: ['14', '27', '50', '61', '76'],
    seat: '76540',
    domain: 'ac-normandie.fr',
  },
  {
    id: 'clermont-ferrand',
    name: 'Clermont-Ferrand',
    region: '84',
    departements: ['03', '15', '43', '63'],
    seat: '63113',
    domain: 'ac-clermont.fr',
  },
  {
    id: 'grenoble',
    name: 'Grenoble',
    region: '84',
    departements: ['07', '26', '38', '73', '74'],
    seat: '38185',
    domain: 'ac-grenoble.fr',
  },
  {
    id: 'lyon',
    name: 'Lyon',
    region: '84',
    departements: ['01', '42', '69'],
    seat: '69123',
    domain: 'ac-lyon.fr',
  },
  {
    id: 'corse',
    name: 'Corse',
    region: '94',
    departements: ['2A', '2B'],
    seat: '2A004',
    domain: 'ac-corse.fr',
  },
  {
    id: 'creteil',
    name: 'Créteil',
    region: '11',
    departements: ['77', '93', '94'],
    seat: '94028',
    domain: 'ac-creteil.fr',
  },
  { id: 'paris', name: 'Paris', region: '11', departements: ['75'], seat: '75056', domain: 'ac-paris.fr' },
  {
    id: 'versailles',
    name: 'Versailles',
    region: '11',
    departements: ['78', '91', '92', '95'],
    seat: '78646',
    domain: 'ac-versailles.fr',
  },
  {
    id: 'montpellier',
    name: 'Montpellier',
    region: '76',
    departements: ['11', '30', '34', '48', '66'],
    seat: '34172',
    domain: 'ac-montpellier.fr',
  },
  {
    id: 'toulouse',
    name: 'Toulouse',
    region: '76',
    departements: ['09', '12', '31', '32', '46', '65', '81', '82'],
    seat: '31555',
    domain: 'ac-toulouse.fr',
  },
  {
    id: 'nancy-metz',
    name: 'Nancy-Metz',
    region: '44',
    departements: ['54', '55', '57', '88'],
    seat: '54395',
    domain: 'ac-nancy-metz.fr',
  },
  {
    id: 'reims',
    name: 'Reims',
    region: '44',
    departements: ['08', '10', '51', '52'],
    seat: '51454',
    domain: 'ac-reims.fr',
  },
  {
    id: 'strasbourg',
    name: 'Strasbourg',
    region: '44',
    departements: ['67', '68'],
    seat: '67482',
    domain: 'ac-strasbourg.fr',
  },
  {
    id: 'nantes',
    name: 'Nantes',
    region: '52',
    departements: ['44', '49', '53', '72', '85'],
    seat: '44109',
    domain: 'ac-nantes.fr',
  },
  {
    id: 'rennes',
    name: 'Rennes',
    region: '53',
    departements: ['22', '29', '35', '56'],
    seat: '35238',
    domain: 'ac-rennes.fr',
  },
  {
    id: 'orleans-tours',
    name: 'Orléans-Tours',
    region: '24',
    departements: ['18', '28', '36', '37', '41', '45'],
    seat: '45234',
    domain: 'ac-orleans-tours.fr',
  },
  {
    id: 'guadeloupe',
    name: 'Guadeloupe',
    region: '01',
    departements: ['971'],
    seat: '97101',
    domain: 'ac-guadeloupe.fr',
  },
  {
    id: 'martinique',
    name: 'Martinique',
    region: '02',
    departements: ['972'],
    seat: '97209',
    domain: 'ac-martinique.fr',
  },
  {
    id: 'guyane',
    name: 'Guyane',
    region: '03',
    departements: ['973'],
    seat: '97302',
    domain: 'ac-guyane.fr',
  },
  {
    id: 'la-reunion',
    name: 'La Réunion',
    region: '04',
    departements: ['974'],
    seat: '97411',
    domain: 'ac-reunion.fr',
  },
  {
    id: 'mayotte',
    name: 'Mayotte',
    region: '06',
    departements: ['976'],
    seat: '97611',
    domain: 'ac-mayotte.fr',
  },
];

/** Académies of the pre-2020 map that the livret names, and the 2020 académie they became part of. */
const FORMER_ACADEMIES: readonly (AcademieInfo & { mergedInto: string })[] = [
  {
    id: 'caen',
    name: 'Caen',
    region: '28',
    departements: ['14', '50', '61'],
    seat: '14118',
    domain: 'ac-caen.fr',
    mergedInto: 'normandie',
  },
  {
    id: 'rouen',
    name: 'Rouen',
    region: '28',
    departements: ['27', '76'],
    seat: '76540',
    domain: 'ac-rouen.fr',
    mergedInto: 'normandie',
  },
];

export const ACADEMIE_BY_ID: ReadonlyMap<string, AcademieInfo> = new Map(
  [...ACADEMIES, ...FORMER_ACADEMIES].map((a) => [a.id, a]),
);

/** The 2020 académie of a département code. */
export const ACADEMIE_OF_DEPARTEMENT: ReadonlyMap<string, string> = new Map(
  ACADEMIES.flatMap((a) => a.departements.map((d) => [d, a.id] as const)),
);

/** Maps any académie id (current or former) to the 2020 map. */
export function academie2020(id: string): string | undefined {
  const former = FORMER_ACADEMIES.find((a) => a.id === id);
  if (former) return former.mergedInto;
  return ACADEMIES.some((a) => a.id === id) ? id : undefined;
}
