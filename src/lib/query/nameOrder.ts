/**
 * The Campus in alphabetical order (French collation: « É » beside « E »). The order is computed once
 * per dataset; a filter change then only keeps the shown ones in it, in linear time, instead of
 * sorting again (a sort of 10 000 names per change cost more than the filtering itself).
 */
import type { CampusFeature } from '../model/types.ts';

/** Dataset indices sorted by Campus name; equal names keep the dataset order. */
export function nameOrder(campus: readonly CampusFeature[]): Uint32Array {
  const collator = new Intl.Collator('fr');
  const names = campus.map((f) => f.properties.name);
  return Uint32Array.from(names.keys()).sort((a, b) => collator.compare(names[a]!, names[b]!) || a - b);
}

/** The Campus at the indices of `order`, keeping only those whose `mask` entry is set (all without one). */
export function inOrder(
  campus: readonly CampusFeature[],
  order: Uint32Array,
  mask?: Uint8Array,
): CampusFeature[] {
  const out: CampusFeature[] = [];
  for (const i of order) if (!mask || mask[i]) out.push(campus[i]!);
  return out;
}
