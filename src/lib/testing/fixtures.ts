/** Small hand-made records for unit and component tests. */
import type { CampusFeature, CampusProperties, Practice, Sector } from '../model/types.ts';

export function makeCampus(id: string, overrides: Partial<CampusProperties> = {}): CampusFeature {
  const properties: CampusProperties = {
    id,
    name: `Campus ${id}`,
    aliases: [],
    sector: 'energie',
    sector_basis: 'name',
    status: 'labellise',
    commune: '75056',
    town: 'Paris',
    departement: '75',
    region: '11',
    academie: 'paris',
    academie_2020: 'paris',
    lead: '',
    partners: [],
    practices: [],
    chapters: [],
    source: 'ch. 1 — test',
    sources: [],
    note: '',
    note_en: '',
    location_basis: 'commune',
    approximate: false,
    true_lon: 2.35,
    true_lat: 48.86,
    inset: false,
    ...overrides,
  };
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [properties.true_lon, properties.true_lat] },
    properties,
  };
}

export function makePractice(id: string, overrides: Partial<Practice> = {}): Practice {
  return {
    id,
    title: `Pratique ${id}`,
    chapter: '1',
    level: 'campus',
    campus: [],
    academie: '',
    region: '',
    summary: 'Résumé.',
    source: 'ch. 1 — test',
    note: '',
    ...overrides,
  };
}

/** The campus used across the query tests. */
export const CAMPUS: CampusFeature[] = [
  makeCampus('nimes', {
    name: 'Campus habitat, énergies renouvelables et éco-construction',
    sector: 'batiment',
    town: 'Nîmes',
    region: '76',
    academie: 'montpellier',
    academie_2020: 'montpellier',
    partners: ['Nîmes métropole'],
    practices: ['p1'],
    chapters: ['1'],
  }),
  makeCampus('cherbourg', {
    name: 'Campus des énergies',
    sector: 'energie',
    status: 'projet',
    town: 'Cherbourg-en-Cotentin',
    region: '28',
    academie: 'caen',
    academie_2020: 'normandie',
    partners: ['EDF', 'Orano'],
    practices: ['p2'],
    chapters: ['5'],
  }),
  makeCampus('reunion', {
    name: 'Campus tourisme Réunion',
    sector: 'tourisme',
    town: 'Saint-Denis',
    region: '04',
    academie: 'la-reunion',
    academie_2020: 'la-reunion',
    inset: true,
  }),
  makeCampus('rouen', {
    name: 'Campus logistique',
    sector: 'services-logistique',
    town: 'Le Havre',
    region: '28',
    academie: 'rouen',
    academie_2020: 'normandie',
    lead: 'Lycée Jules Siegfried',
  }),
];

export const PRACTICES: Practice[] = [
  makePractice('p1', { title: 'Une plateforme éolienne partagée', campus: ['nimes'], region: '76' }),
  makePractice('p2', { title: 'Un parcours complet', chapter: '5', campus: ['cherbourg'], region: '28' }),
  makePractice('p3', {
    title: 'Un référent académique',
    chapter: '6',
    level: 'academie',
    academie: 'grenoble',
  }),
  makePractice('p4', { title: 'Une convention régionale', chapter: '6', level: 'region', region: '28' }),
];

export const SECTORS: Sector[] = [
  ['agroalimentaire', 'Alimentaire et agroalimentaire', 'Food and agri-food', 4],
  ['chimie-biotech', 'Chimie et biotechnologies', 'Chemistry and biotechnology', 4],
  ['creation-design', 'Création, design, audiovisuel', 'Creative industries, design, audiovisual', 7],
  [
    'batiment',
    'Infrastructures, bâtiment, éco-construction',
    'Infrastructure, construction, eco-building',
    9,
  ],
  ['materiaux', 'Matériaux, matériaux innovants', 'Materials, innovative materials', 6],
  [
    'mobilite',
    'Mobilité, aéronautique, transports terrestres et maritimes',
    'Mobility, aeronautics, transport',
    13,
  ],
  ['numerique', 'Numérique, télécommunications', 'Digital, telecommunications', 5],
  ['services-logistique', 'Services aux entreprises, logistique', 'Business services, logistics', 2],
  ['systemes-innovants', 'Systèmes innovants, mécatronique', 'Innovative systems, mechatronics', 5],
  ['tourisme', 'Tourisme, bien-être, gastronomie', 'Tourism, well-being, gastronomy', 12],
  ['energie', 'Transition énergétique, éco-industrie', 'Energy transition, eco-industry', 10],
].map(([id, label_fr, label_en, livret_count]) => ({
  id: id as Sector['id'],
  label_fr: label_fr as string,
  label_en: label_en as string,
  livret_count: livret_count as number,
  filieres_2019: [],
}));
