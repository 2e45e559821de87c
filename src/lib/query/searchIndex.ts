/**
 * Normalised search text for every Campus (name, other names, later names since the livret, town,
 * lead, partners, titles of its practices) and
 * every practice (title, summary, source), built once when the dataset loads.
 */
import type { CampusFeature, Practice } from '../model/types.ts';
import { matchesTerms, normaliseForSearch, queryTerms } from '../data/normaliseForSearch.ts';
import { laterNames, laterPlaces } from '../data/sinceFacts.ts';

export interface SearchIndex {
  /** Campus id → normalised text. */
  campus: ReadonlyMap<string, string>;
  /** Practice id → normalised text. */
  practices: ReadonlyMap<string, string>;
}

export function buildSearchIndex(
  campus: readonly CampusFeature[],
  practices: readonly Practice[],
): SearchIndex {
  const titleById = new Map(practices.map((p) => [p.id, p.title]));
  const campusText = new Map(
    campus.map((f) => {
      const p = f.properties;
      const titles = p.practices.map((id) => titleById.get(id) ?? '');
      return [
        f.id,
        normaliseForSearch(
          [
            p.name,
            ...(p.aliases ?? []),
            // What it became after the livret: a later name (« CEINE » finds the two Normandie energy
            // Campus) or a town a page places it in (« Bellignat » finds the PlastiCampus).
            ...laterNames(p.since),
            ...laterPlaces(p.since),
            p.town,
            p.lead,
            ...p.partners,
            ...titles,
          ].join(' · '),
        ),
      ] as const;
    }),
  );
  const practiceText = new Map(
    practices.map((p) => [p.id, normaliseForSearch([p.title, p.summary, p.source].join(' · '))] as const),
  );
  return { campus: campusText, practices: practiceText };
}

/** Ids (in index order) whose text holds every word of the query; all ids for a blank query. */
export function searchIds(texts: ReadonlyMap<string, string>, query: string): string[] {
  const terms = queryTerms(query);
  const ids: string[] = [];
  for (const [id, text] of texts) if (matchesTerms(text, terms)) ids.push(id);
  return ids;
}
