/**
 * The app state of an embedded map whose région or académie is locked by the embedding site: every way
 * of changing the filters (legend, search, a click on the map, a reset) keeps the lock, so the person
 * can narrow the map down but never widen it to another territory.
 */
import type { AreaLevel } from '../model/areas.ts';
import { AppState } from '../state/app.svelte.ts';
import type { Filters } from '../model/filters.ts';
import type { UrlState } from '../state/urlState.ts';
import type { EmbedLock } from './embedOptions.ts';

/** The filters with the locked area imposed (and the other area filter cleared). */
export function lockFilters(filters: Filters, lock: EmbedLock | null | undefined): Filters {
  if (!lock) return filters;
  const region = lock.level === 'region' ? lock.code : null;
  const academie = lock.level === 'academie' ? lock.code : null;
  if (filters.region === region && filters.academie === academie) return filters;
  return { ...filters, region, academie };
}

export class LockedAppState extends AppState {
  // Not a constructor parameter property: AppState's constructor calls `apply` before subclass fields
  // exist, so `lock` is read defensively (undefined there) and set right after.
  lock: EmbedLock | null = null;

  constructor(initial: UrlState, lock: EmbedLock | null) {
    super(initial);
    this.lock = lock;
    this.filters = lockFilters(this.filters, lock);
  }

  override apply(state: UrlState): void {
    super.apply({ ...state, filters: lockFilters(state.filters, this.lock) });
  }

  override setFilters(patch: Partial<Filters>): void {
    this.filters = lockFilters({ ...this.filters, ...patch }, this.lock);
  }

  override selectArea(level: AreaLevel, code: string | null): void {
    if (this.lock) return; // the locked area is the only one
    super.selectArea(level, code);
  }

  override reset(): void {
    super.reset();
    this.filters = lockFilters(this.filters, this.lock);
  }
}
