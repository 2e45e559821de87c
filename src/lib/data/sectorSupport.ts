/**
 * Whether a Campus's name by itself says which of the eleven sector groups it belongs to. The build uses
 * it to tell a sector the livret states (« Campus aéronautique … ») from one we had to find elsewhere
 * (« Campus d'Égletons »): the latter must cite a public page, or be marked as our reading of the livret.
 *
 * Each group lists word stems of the livret's own group labels and of the Campus names it files under
 * them. A stem matches the start of a word of the normalised name (accents, case and punctuation
 * ignored), so « aéronautique » matches `aeronaut` and « PlastiCampus » matches `plast`. A stem that
 * ends with a space must be a whole word: `mer ` finds « la mer » but not « Mériadec ».
 */
import { normaliseForSearch } from './normaliseForSearch.ts';
import type { SectorId } from '../model/types.ts';

const SECTOR_NAME_STEMS: Readonly<Record<SectorId, readonly string[]>> = {
  agroalimentaire: ['agroaliment', 'aliment', 'agrosciences', 'agro', 'viticult', 'vin '],
  'chimie-biotech': ['chimi', 'biotech', 'pharma', 'cosmet'],
  'creation-design': ['design', 'creation', 'audiovisuel', 'mode ', 'cuir', 'metiers d art', 'cinema'],
  batiment: [
    'batiment',
    'habitat',
    'construction',
    'travaux publics',
    'btp ',
    'infrastructure',
    'genie civil',
  ],
  materiaux: ['materiau', 'bois', 'foret', 'plast', 'composite', 'textile', 'metallurg'],
  mobilite: [
    'aeronaut',
    'aero',
    'automobile',
    'ferroviaire',
    'mobilite',
    'mer ',
    'naval',
    'maritime',
    'transport',
  ],
  numerique: ['numerique', 'telecom', 'informati', 'cyber'],
  'services-logistique': ['relation client', 'logistique', 'services aux entreprises', 'commerce'],
  'systemes-innovants': ['mecatronique', 'mecanique', 'connecte', 'robot', 'systemes', 'industrie du futur'],
  tourisme: ['tourisme', 'hotellerie', 'restauration', 'gastronomie', 'culinaire', 'bien etre'],
  energie: ['energ', 'eclairage', 'nucleaire', 'eco industrie', 'eolien'],
};

/** The stems of `sector` found at the start of a word of `name` (empty: the name does not say it). */
export function sectorStemsInName(name: string, sector: SectorId): string[] {
  const text = ` ${normaliseForSearch(name)} `;
  return SECTOR_NAME_STEMS[sector].filter((stem) => text.includes(` ${stem}`));
}

export function nameSupportsSector(name: string, sector: SectorId): boolean {
  return sectorStemsInName(name, sector).length > 0;
}
