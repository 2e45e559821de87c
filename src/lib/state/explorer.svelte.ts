/**
 * Everything derived from the dataset and the person's choices: the Campus shown, the counts the
 * charts and the choropleth draw, what to highlight, the summary line. Shared by context.
 */
import { createContext } from 'svelte';
import { ACADEMIES, ACADEMIE_BY_ID } from '../geo/academies.ts';
import { REGIONS, REGION_BY_CODE } from '../geo/regions.ts';
import type { CampusFeature, Practice, Sector, SectorId } from '../model/types.ts';
import type { Dataset } from '../data/loadDataset.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { areaOf, type AreaLevel } from '../model/areas.ts';
import { filterFacets, keepUnchanged, type FilterFacets } from '../query/filterFacets.ts';
import { idSet, indexBy } from '../query/indexes.ts';
import { inOrder, nameOrder } from '../query/nameOrder.ts';
import { practiceAcademies, practiceRegions, practicesOfArea } from '../query/practicesForArea.ts';
import { buildSearchIndex, type SearchIndex } from '../query/searchIndex.ts';
import { filterSummary } from '../query/summary.ts';
import { choroplethClasses } from '../theme/choropleth.ts';
import { buildTours } from '../query/tour.ts';
import type { AppState } from './app.svelte.ts';
import type { CameraRequests } from './camera.svelte.ts';
import type { AreaRef, HoverState } from './hover.svelte.ts';
import { MapSnapshots } from './mapSnapshots.svelte.ts';
import { Presentation } from './presentation.svelte.ts';

/** What nothing highlighted is: one object, so readers see no change from one empty set to the next. */
const NO_IDS: ReadonlySet<string> = new Set();

export class Explorer {
  readonly data: Dataset;
  readonly app: AppState;
  readonly hover: HoverState;
  readonly camera: CameraRequests;
  readonly index: SearchIndex;
  readonly campusById: ReadonlyMap<string, CampusFeature>;
  readonly practiceById: ReadonlyMap<string, Practice>;
  readonly sectorById: ReadonlyMap<SectorId, Sector>;
  /** The livret's count per group, the sector chart's reference; none for a person's own list. */
  readonly livretCounts: ReadonlyMap<SectorId, number>;
  /** The presentation mode (tours of the practices and of the régions). */
  readonly presentation: Presentation;
  /** Pictures of the map (PNG export, print), once the map has registered. */
  readonly snapshots = new MapSnapshots();

  constructor(data: Dataset, app: AppState, hover: HoverState, camera: CameraRequests) {
    this.data = data;
    this.app = app;
    this.hover = hover;
    this.camera = camera;
    this.index = buildSearchIndex(data.campus, data.practices);
    this.campusById = indexBy(data.campus, (f) => f.id);
    this.practiceById = indexBy(data.practices, (p) => p.id);
    this.sectorById = indexBy(data.sectors, (s) => s.id);
    // Read only, never changed: a plain Map is the right thing here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.livretCounts = new Map(data.origin ? [] : data.sectors.map((s) => [s.id, s.livret_count]));
    this.presentation = new Presentation(app, buildTours(data));
  }

  t: Translate = $derived.by(() => translator(this.app.lang));

  /** The facets of the last filter change, whose unchanged parts the next one reuses (see `#facets`). */
  #previousFacets: FilterFacets | undefined;

  /**
   * One pass over the records per filter change gives every filtered view below. Parts whose content
   * did not change keep their identity, so their readers do not run again (toggling a sector leaves
   * `sectorCounts` as they were).
   */
  #facets = $derived.by(() => {
    const next = filterFacets(this.data.campus, this.app.filters, this.index.campus);
    // Not reactive state: a memo of the previous result, read and written only here.
    this.#previousFacets = keepUnchanged(this.#previousFacets, next);
    return this.#previousFacets;
  });

  /**
   * The Campus on the map, in the list and in the count, in dataset order. A presentation tours the
   * whole livret, so the filters are set aside while it runs (and are back when it ends).
   */
  shown: readonly CampusFeature[] = $derived.by(() =>
    this.presentation.active ? this.data.campus : this.#facets.shown,
  );
  shownIds = $derived.by(() => idSet(this.shown.map((f) => f.id)));

  /** Dataset indices in name order, sorted once, on first use (only the list needs it). */
  #nameOrder: Uint32Array | undefined;

  /** `shown` in alphabetical order (the list), without a sort per change. */
  shownByName: readonly CampusFeature[] = $derived.by(() => {
    this.#nameOrder ??= nameOrder(this.data.campus);
    return this.presentation.active
      ? inOrder(this.data.campus, this.#nameOrder)
      : inOrder(this.data.campus, this.#nameOrder, this.#facets.shownMask);
  });

  /** Per sector, the Campus that pass every filter but the sector one (so unselected bars keep a length). */
  sectorCounts: ReadonlyMap<SectorId, number> = $derived.by(() => this.#facets.sectorCounts);

  /** Per area of the current level, the Campus that pass every filter but the area ones. */
  areaCounts: ReadonlyMap<string, number> = $derived.by(() =>
    this.app.level === 'region' ? this.#facets.regionCounts : this.#facets.academieCounts,
  );

  choropleth = $derived.by(() => choroplethClasses(Math.max(0, ...this.areaCounts.values())));

  /** Whether the map shows aggregates (thousands of Campus), for the legend to explain them. */
  mapAggregates = $state(false);

  /**
   * The online basemap failed to load (offline, a blocked server): it was turned off and the map went
   * back to its offline layers; a notice says so until it is closed or the basemap is turned on again.
   */
  basemapFailed = $state(false);

  selectedCampus = $derived.by(() => (this.app.campus ? this.campusById.get(this.app.campus) : undefined));
  selectedPractice = $derived.by(() =>
    this.app.practice ? this.practiceById.get(this.app.practice) : undefined,
  );

  /** The selected area (région or académie filter), if any. */
  selectedArea: AreaRef | null = $derived.by(() =>
    this.app.filters.academie
      ? { level: 'academie', code: this.app.filters.academie }
      : this.app.filters.region
        ? { level: 'region', code: this.app.filters.region }
        : null,
  );

  /**
   * The practices of the selected area (its own and its Campus'), for its card and the practices view,
   * which follow the région and académie filters; empty without an area.
   */
  areaPractices: readonly Practice[] = $derived.by(() =>
    this.selectedArea
      ? practicesOfArea(
          this.data.practices,
          { region: this.app.filters.region, academie: this.app.filters.academie },
          this.campusById,
        )
      : [],
  );

  /**
   * Campus highlighted on the map: those of the presentation step, of a hovered sector or area, or of
   * the chosen practice.
   */
  highlightedCampus: ReadonlySet<string> = $derived.by(() => {
    const spotlight = this.presentation.spotlight;
    if (spotlight) return idSet(spotlight.campus.filter((id) => this.shownIds.has(id)));
    const { sector, chartArea: area } = this.hover;
    if (sector) return idSet(this.shown.filter((f) => f.properties.sector === sector).map((f) => f.id));
    if (area) return idSet(this.shown.filter((f) => areaOf(f, area.level) === area.code).map((f) => f.id));
    const practice = this.selectedPractice;
    if (practice) return idSet(practice.campus.filter((id) => this.shownIds.has(id)));
    return NO_IDS;
  });

  /** Areas outlined on the map: the presentation step's, a hovered bar's, or the chosen practice's own. */
  highlightedAreas = $derived.by((): Record<AreaLevel, string[]> => {
    const spotlight = this.presentation.spotlight;
    if (spotlight) return { region: [...spotlight.regions], academie: [...spotlight.academies] };
    const area = this.hover.chartArea;
    if (area)
      return {
        region: area.level === 'region' ? [area.code] : [],
        academie: area.level === 'academie' ? [area.code] : [],
      };
    const practice = this.selectedPractice;
    // A practice of one Campus is shown by its Campus; one without Campus, or shared by several
    // académies, by its académies too, so each of them is seen.
    const academies = practice ? practiceAcademies(practice) : [];
    if (practice && (practice.campus.length === 0 || academies.length > 1)) {
      return {
        region: practice.level === 'region' ? practiceRegions(practice) : [],
        academie: academies,
      };
    }
    return { region: [], academie: [] };
  });

  /** The sector bar to highlight: the hovered one, or that of the hovered Campus. */
  highlightedSector: SectorId | null = $derived.by(
    () =>
      this.hover.sector ??
      (this.hover.campus ? (this.campusById.get(this.hover.campus)?.properties.sector ?? null) : null),
  );

  /** The area bar to highlight: the hovered one, or the area of the hovered Campus. */
  highlightedAreaCode: string | null = $derived.by(() => {
    const area = this.hover.area;
    if (area) return area.level === this.app.level ? area.code : null;
    const campus = this.hover.campus ? this.campusById.get(this.hover.campus) : undefined;
    return campus ? areaOf(campus, this.app.level) : null;
  });

  summary = $derived.by(() =>
    filterSummary(this.app.filters, this.shown.length, this.app.lang, {
      sector: (id) => this.sectorLabel(id),
      region: (code) => this.regionName(code),
      academie: (id) => this.academieName(id),
    }),
  );

  sectorLabel(id: SectorId): string {
    const sector = this.sectorById.get(id);
    if (!sector) return id;
    return this.app.lang === 'fr' ? sector.label_fr : sector.label_en;
  }

  regionName(code: string): string {
    return REGION_BY_CODE.get(code)?.name ?? code;
  }

  academieName(id: string): string {
    return ACADEMIE_BY_ID.get(id)?.name ?? id;
  }

  areaName(level: AreaLevel, code: string): string {
    return level === 'region' ? this.regionName(code) : this.academieName(code);
  }

  /** Régions or académies of the current level, for menus and charts. */
  areas(level: AreaLevel): { code: string; name: string; region: string }[] {
    return level === 'region'
      ? REGIONS.map((r) => ({ code: r.code, name: r.name, region: r.code }))
      : ACADEMIES.map((a) => ({ code: a.id, name: a.name, region: a.region }));
  }

  /**
   * Opens a Campus card (and leaves the practice selection alone). `focus` frames the Campus (chosen
   * from a list: it may be anywhere); `reveal` keeps the map as it is unless the card covers the
   * Campus (chosen on the map, where the person is looking).
   */
  selectCampus(id: string | null, options: { focus?: boolean; reveal?: boolean } = {}): void {
    this.app.campus = id;
    if (id && options.focus) this.camera.focus({ kind: 'campus', id });
    else if (id && options.reveal) this.camera.focus({ kind: 'reveal', id });
  }

  selectPractice(id: string | null): void {
    this.app.practice = id;
    if (id) this.camera.focus({ kind: 'practice', id });
  }

  /** « Réinitialiser »: no filter, no selection, and the map back to its first view. */
  reset(): void {
    this.app.reset();
    // No view: the map fits its home (France) again, and the URL loses its `map=`.
    this.app.view = null;
    this.camera.userMoved = false;
    this.camera.release();
  }

  /**
   * What a link written by hand (no `map=`) should show first: its Campus, practice or area, framed
   * clear of the card that opens for it; nothing for a plain link (the default view fits France).
   */
  frameLinkTarget(): void {
    if (this.app.view !== null) return;
    const area = this.selectedArea;
    if (this.app.campus) this.camera.focus({ kind: 'campus', id: this.app.campus });
    else if (this.app.practice) this.camera.focus({ kind: 'practice', id: this.app.practice });
    else if (area) this.camera.focus({ kind: 'area', level: area.level, code: area.code });
  }
}

export const [getExplorer, setExplorer] = createContext<Explorer>();
