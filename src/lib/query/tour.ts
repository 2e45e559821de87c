/**
 * The presentation tours, as plain data: one step per good practice (in the livret's chapter order)
 * and one step per région. Each step says what the map should show; the presentation view carries it
 * out and the URL keeps the step index, so a tour can be deep-linked.
 */
import { CHAPTERS, type CampusFeature, type Practice } from '../model/types.ts';
import { REGIONS } from '../geo/regions.ts';
import { practiceAcademies, practiceRegions } from './practicesForArea.ts';
import type { FocusTarget } from '../model/focusTarget.ts';

export type TourKind = 'practices' | 'regions';
export const TOUR_KINDS: readonly TourKind[] = ['practices', 'regions'];

/** What a step brings into view. */
export type TourTarget =
  | { type: 'campus'; ids: string[] }
  | { type: 'academie'; id: string }
  | { type: 'region'; codes: string[] }
  | { type: 'national' };

export type TourStep =
  | { kind: 'practices'; practice: Practice; target: TourTarget }
  | { kind: 'regions'; region: string; campus: string[]; target: TourTarget };

export function practiceTarget(p: Practice): TourTarget {
  if (p.campus.length > 0) return { type: 'campus', ids: p.campus };
  if (p.level === 'academie' && p.academie) return { type: 'academie', id: p.academie };
  const codes = p.region.split('|').filter(Boolean);
  if (codes.length > 0) return { type: 'region', codes };
  if (p.academie) return { type: 'academie', id: p.academie };
  return { type: 'national' };
}

/** Every practice once, chapter by chapter (1…6, then the annexe), in the livret's order within one. */
export function practiceTour(practices: readonly Practice[]): TourStep[] {
  const order = (p: Practice) => CHAPTERS.indexOf(p.chapter);
  return [...practices]
    .sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id))
    .map((practice) => ({ kind: 'practices', practice, target: practiceTarget(practice) }));
}

/** Every région with at least one Campus in the given set, mainland first, in INSEE order. */
export function regionTour(campus: readonly CampusFeature[]): TourStep[] {
  return [...REGIONS]
    .sort((a, b) => Number(a.overseas) - Number(b.overseas) || a.code.localeCompare(b.code))
    .map((r) => ({
      region: r.code,
      campus: campus.filter((f) => f.properties.region === r.code).map((f) => f.id),
    }))
    .filter((step) => step.campus.length > 0)
    .map((step) => ({ kind: 'regions', ...step, target: { type: 'region', codes: [step.region] } }));
}

/** A step index kept inside the tour (a deep link may name a step past the end). */
export function clampStep(index: number, length: number): number {
  if (length === 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), length - 1);
}

/** Both tours of a dataset. */
export function buildTours(data: {
  campus: readonly CampusFeature[];
  practices: readonly Practice[];
}): Record<TourKind, TourStep[]> {
  return { practices: practiceTour(data.practices), regions: regionTour(data.campus) };
}

/** How many steps each tour has (what a deep link's step is clamped to). */
export function tourLengths(data: Parameters<typeof buildTours>[0]): Record<TourKind, number> {
  const tours = buildTours(data);
  return { practices: tours.practices.length, regions: tours.regions.length };
}

/**
 * Where the camera goes for a step: a practice's Campus or areas (fitted together, see cameraTarget),
 * a région's shape, or the whole of France for a national practice.
 */
export function tourFocus(step: TourStep): FocusTarget {
  if (step.kind === 'regions') return { kind: 'area', level: 'region', code: step.region };
  return step.target.type === 'national' ? { kind: 'france' } : { kind: 'practice', id: step.practice.id };
}

/** What the map lights up during a step: Campus points, and région / académie outlines. */
export interface Spotlight {
  campus: readonly string[];
  regions: readonly string[];
  academies: readonly string[];
}

export function tourSpotlight(step: TourStep): Spotlight {
  if (step.kind === 'regions') return { campus: step.campus, regions: [step.region], academies: [] };
  const { practice } = step;
  // A practice with Campus is shown by its points; a governance practice by its areas.
  if (practice.campus.length > 0) return { campus: practice.campus, regions: [], academies: [] };
  return {
    campus: [],
    regions: practice.level === 'region' ? practiceRegions(practice) : [],
    academies: practiceAcademies(practice),
  };
}
