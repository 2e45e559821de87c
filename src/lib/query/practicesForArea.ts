/**
 * Which practices concern an area, and which areas a practice concerns. A practice's `region` and
 * `academie` fields may list several codes separated by `|`.
 */
import type { CampusProperties, Practice } from '../model/types.ts';
import { academie2020, ACADEMIE_BY_ID } from '../geo/academies.ts';

export function splitCodes(value: string): string[] {
  return value
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Région codes of a practice. */
export function practiceRegions(practice: Practice): string[] {
  return splitCodes(practice.region);
}

/** Académies of a practice, on the 2020 map (Caen and Rouen become Normandie); unknown ids are dropped. */
export function practiceAcademies(practice: Practice): string[] {
  const ids = splitCodes(practice.academie).flatMap((id) => academie2020(id) ?? []);
  return [...new Set(ids)];
}

/**
 * The académie- and région-level practices of an area: for a région, its own and those of its académies;
 * for an académie, its own and those of its région.
 */
export function practicesForArea(
  practices: readonly Practice[],
  area: { region: string | null; academie: string | null },
): Practice[] {
  const region = area.region ?? (area.academie ? ACADEMIE_BY_ID.get(area.academie)?.region : undefined);
  return practices.filter((p) => {
    if (p.level === 'region') return region !== undefined && practiceRegions(p).includes(region);
    if (p.level !== 'academie') return false;
    const academies = practiceAcademies(p);
    if (area.academie !== null) return academies.includes(area.academie);
    return academies.some((id) => ACADEMIE_BY_ID.get(id)?.region === region);
  });
}

/** An area as the filters give it: a région, an académie (of the 2020 map), or both. */
export interface AreaFilter {
  region: string | null;
  academie: string | null;
}

/** Whether a Campus lies in the area (both codes must match where both are given). */
export function campusInArea(
  p: Pick<CampusProperties, 'region' | 'academie_2020'>,
  area: AreaFilter,
): boolean {
  if (area.region === null && area.academie === null) return false;
  return (
    (area.region === null || p.region === area.region) &&
    (area.academie === null || p.academie_2020 === area.academie)
  );
}

/**
 * Every practice of an area, as a territory sees itself: its own (région- and académie-level, see
 * `practicesForArea`) and those of the Campus it holds (joined on Campus ids, since a Campus's place is
 * where the dataset puts it). In the dataset's order; none for no area.
 */
export function practicesOfArea(
  practices: readonly Practice[],
  area: AreaFilter,
  campusById: ReadonlyMap<string, { properties: Pick<CampusProperties, 'region' | 'academie_2020'> }>,
): Practice[] {
  const own = new Set(practicesForArea(practices, area));
  return practices.filter(
    (p) =>
      own.has(p) ||
      p.campus.some((id) => {
        const campus = campusById.get(id);
        return campus !== undefined && campusInArea(campus.properties, area);
      }),
  );
}
