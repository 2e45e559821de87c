/**
 * Whether two lists hold the same Campus in the same order. The explorer already hands back the same
 * array when its content has not changed (filterFacets' `keepUnchanged`); the map checks again
 * because a placement and a `setData` it could have skipped cost far more than comparing ids (well
 * under a millisecond at 10 000).
 */
import type { CampusFeature } from '../model/types.ts';

export function sameCampus(a: readonly CampusFeature[], b: readonly CampusFeature[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}
