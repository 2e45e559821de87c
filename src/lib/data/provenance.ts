/**
 * Where each fact shown on a Campus card comes from. The livret is the record's primary source; the
 * `sources` list names the facts taken from a public page (a link) or read into the livret's text.
 * A position is approximate when the Campus sits at its académie's seat, or at a town we read into
 * the livret (the map and the card both say so).
 */
import { LIVRET_READING, safeHttpsUrl } from './factSources.ts';
import type { CampusProperties, SourcedFact } from '../model/types.ts';

export type Origin = { kind: 'page'; url: string; host: string } | { kind: 'livret-reading' };

/** The host name a link is shown by: « ac-caen.fr » for https://www.ac-caen.fr/…. */
export function hostLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * The origins of one fact beyond the livret, pages first. Empty: the livret states it. An address
 * that is not a plain `https:` URL is dropped here too, so a dataset built elsewhere (or edited by
 * hand) can never put a `javascript:` link on a card.
 */
export function originsOf(p: Pick<CampusProperties, 'sources'>, fact: SourcedFact): Origin[] {
  const origins: Origin[] = [];
  let reading = false;
  for (const s of p.sources ?? []) {
    if (s.fact !== fact) continue;
    if (s.url === LIVRET_READING) reading = true;
    else if (safeHttpsUrl(s.url)) origins.push({ kind: 'page', url: s.url, host: hostLabel(s.url) });
  }
  return reading ? [...origins, { kind: 'livret-reading' }] : origins;
}

/** Why a position is approximate, or undefined when it is the Campus's known town. */
export function approximation(
  p: Pick<CampusProperties, 'location_basis' | 'sources'>,
): 'academie-seat' | 'departement' | 'livret-reading' | undefined {
  if (p.location_basis === 'academie-seat' || p.location_basis === 'departement') return p.location_basis;
  const town = originsOf(p, 'town');
  if (town.length > 0 && town.every((o) => o.kind === 'livret-reading')) return 'livret-reading';
  return undefined;
}

export function isApproximate(p: Pick<CampusProperties, 'location_basis' | 'sources'>): boolean {
  return approximation(p) !== undefined;
}
