/**
 * What the person chose: filters, selection, level, display and map view. Everything here is in the
 * URL (see urlState.ts); transient things (hover, camera requests) live in their own classes.
 */
import type { SectorId } from '../model/types.ts';
import type { Lang } from '../i18n/translate.ts';
import type { AreaLevel } from '../model/areas.ts';
import { EMPTY_FILTERS, toggleSector, type Filters } from '../model/filters.ts';
import {
  DEFAULT_URL_STATE,
  type MapView,
  type Mode,
  type Panel,
  type PresentStep,
  type UrlState,
} from './urlState.ts';

export class AppState {
  filters = $state.raw<Filters>(EMPTY_FILTERS);
  campus = $state<string | null>(null);
  practice = $state<string | null>(null);
  level = $state<AreaLevel>('region');
  mode = $state<Mode>('points');
  view = $state.raw<MapView | null>(null);
  lang = $state<Lang>('fr');
  academieLines = $state(false);
  basemap = $state(false);
  panel = $state<Panel>('filters');
  /** The presentation mode's tour and step (see presentation.svelte.ts); null when not presenting. */
  present = $state.raw<PresentStep | null>(null);

  constructor(initial: UrlState = DEFAULT_URL_STATE) {
    this.apply(initial);
  }

  toUrlState(): UrlState {
    return {
      filters: this.filters,
      campus: this.campus,
      practice: this.practice,
      level: this.level,
      mode: this.mode,
      view: this.view,
      lang: this.lang,
      academieLines: this.academieLines,
      basemap: this.basemap,
      panel: this.panel,
      present: this.present,
    };
  }

  apply(state: UrlState): void {
    this.filters = state.filters;
    this.campus = state.campus;
    this.practice = state.practice;
    this.level = state.level;
    this.mode = state.mode;
    this.view = state.view;
    this.lang = state.lang;
    this.academieLines = state.academieLines;
    this.basemap = state.basemap;
    this.panel = state.panel;
    this.present = state.present;
  }

  setFilters(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
  }

  toggleSector(id: SectorId): void {
    this.setFilters({ sectors: toggleSector(this.filters.sectors, id) });
  }

  /** Selects a région or an académie (the area filter of that level), or clears both with null. */
  selectArea(level: AreaLevel, code: string | null): void {
    if (level === 'region') this.setFilters({ region: code, academie: null });
    else this.setFilters({ academie: code, region: null });
  }

  /** Every filter and the selection back to nothing; display choices and the map view are kept. */
  reset(): void {
    this.filters = EMPTY_FILTERS;
    this.campus = null;
    this.practice = null;
  }
}
