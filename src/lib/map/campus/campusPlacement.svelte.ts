/**
 * Where the Campus marks go on a MapLibre map, kept for its zoom (README.md, point 3): the zoom band the
 * map is in (whole levels from the first view's zoom, placement.ts `zoomBand`), the placement of every
 * Campus for that band (the room layer's, and the marks' while nothing is filtered) and, with a filter
 * on, the placement of the Campus shown. Each kind keeps its last bands (bandCache.ts), and the bands on
 * either side are placed ahead while the page is idle, so a zoom rarely waits for a placement.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../../geo/bounds.ts';
import { compositeBounds } from '../../geo/insets.ts';
import type { CampusFeature } from '../../model/types.ts';
import { sameCampus } from '../campusData.ts';
import { fitPadding } from '../fitPadding.ts';
import { HOME_MAX_ZOOM, iconSizeAt } from '../style.ts';
import { BandCache, bandsAhead } from './bandCache.ts';
import { drawnBySvg, markOfCampus, placeInputs } from './campusMarks.ts';
import {
  bandOrigin,
  fromWorld,
  placeCampus,
  zoomBand,
  type PlacedCampus,
  type Placement,
} from './placement.ts';

/** What a placement is made for: the Campus placed and the type scale of the map's symbols. */
type Shown = { campus: readonly CampusFeature[]; scale: number };

const bandCache = () =>
  new BandCache<Shown, Placement>(
    (shown, at) =>
      placeCampus(placeInputs(shown.campus), at, (zoom) => iconSizeAt(zoom, shown.scale), drawnBySvg),
    (a, b) => a.scale === b.scale && sameCampus(a.campus, b.campus),
  );

export class CampusPlacement {
  /** The zoom band placed for ([z, z + 1)): a new placement only when the zoom crosses a band's start. */
  band = $state(0);
  /** The placement the marks are drawn from now (the last `place`). */
  current: Placement;

  readonly #map: MapLibreMap;
  readonly #home: () => Bounds | undefined;
  /** Where the bands start: see `#originNow`. */
  #origin: number;
  readonly #every = bandCache();
  readonly #shown = bandCache();
  #byId: Map<string, PlacedCampus>;
  #ahead: { cancel: () => void } | undefined;

  /**
   * Follows `map`'s zoom and size from now on (call it during a component's initialisation: its
   * listeners go with the component). `home` is what the first view fits (France with its insets
   * when undefined); `initial`, the placement drawn before the first `place` (the overlay's empty one).
   */
  constructor(map: MapLibreMap, home: () => Bounds | undefined, initial: Placement) {
    this.#map = map;
    this.#home = home;
    this.#origin = this.#originNow();
    this.band = zoomBand(map.getZoom(), this.#origin);
    this.current = initial;
    this.#byId = markOfCampus(initial);
    $effect(() => {
      const onZoom = () => {
        const next = zoomBand(map.getZoom(), this.#origin);
        if (next !== this.band) this.band = next;
      };
      const onResize = () => {
        this.#origin = this.#originNow();
        onZoom();
      };
      map.on('zoom', onZoom);
      map.on('resize', onResize);
      return () => {
        map.off('zoom', onZoom);
        map.off('resize', onResize);
        this.#ahead?.cancel();
      };
    });
  }

  /**
   * Where the zoom bands start: at the zoom of the first view (home fitted in this map's size, as the
   * SVG map fits it), so that view is placed for itself (placement.ts `bandOrigin`).
   */
  #originNow(): number {
    const fit = this.#map.cameraForBounds(this.#home() ?? compositeBounds(), {
      padding: fitPadding(this.#map.getContainer().clientWidth),
      maxZoom: HOME_MAX_ZOOM,
    });
    return bandOrigin(fit?.zoom ?? 0);
  }

  /** The placement of every Campus (`all`) for the current band: the room layer's. */
  every(all: readonly CampusFeature[], scale: number): Placement {
    return this.#every.get({ campus: all, scale }, this.band);
  }

  /**
   * Places the Campus shown for the current band and makes it `current`. Unfiltered (`campus` is
   * `all`), the marks are the room's own placement, placed once; with a filter on, placed apart. The
   * bands on either side are then placed ahead.
   */
  place(campus: readonly CampusFeature[], all: readonly CampusFeature[], scale: number): Placement {
    const unfiltered = sameCampus(campus, all);
    this.current = unfiltered ? this.every(all, scale) : this.#shown.get({ campus, scale }, this.band);
    this.#byId = markOfCampus(this.current);
    this.#placeAhead(this.band, unfiltered);
    return this.current;
  }

  /** [lon, lat] of the symbol of a Campus as drawn now (its ring offset included), `scale` the type scale. */
  positionOf(id: string, scale: number): [number, number] | null {
    const mark = this.#byId.get(id);
    if (!mark) return null;
    const map = this.#map;
    const [lon, lat] = fromWorld(mark.x, mark.y);
    const size = iconSizeAt(map.getZoom(), scale) * this.current.symbolFactor;
    const at = map.project([lon, lat]);
    const moved = map.unproject([at.x + mark.offset[0] * size, at.y + mark.offset[1] * size]);
    return [moved.lng, moved.lat];
  }

  /**
   * The bands on either side, placed while the page is idle: a zoom that crosses into one draws it at
   * once (at 10 000 Campus a band takes 40–70 ms to place, a frame's budget several times over).
   */
  #placeAhead(from: number, unfiltered: boolean): void {
    this.#ahead?.cancel();
    const map = this.#map;
    const caches = unfiltered ? [this.#every] : [this.#shown, this.#every];
    const next = bandsAhead(from, (zoom) => zoomBand(zoom, this.#origin), map.getMinZoom(), map.getMaxZoom());
    const step = () => {
      const b = next[0];
      if (b === undefined) return;
      // Not while the camera moves: a placement is one long task, and an idle moment between two
      // frames of an animation would become a dropped frame. After the move, when idle again.
      if (map.isMoving()) {
        const resume = () => (this.#ahead = whenIdle(step));
        map.once('moveend', resume);
        this.#ahead = { cancel: () => map.off('moveend', resume) };
        return;
      }
      // One band of one cache per idle callback: each is a whole placement.
      const cache = caches.find((c) => !c.has(b));
      // Done with this band when every cache holds it (or one has nothing to place yet).
      if (!cache?.ahead(b)) next.shift();
      this.#ahead = whenIdle(step);
    };
    this.#ahead = whenIdle(step);
  }
}

/** Runs `f` when the page is idle (or within 2 s); cancellable. */
function whenIdle(f: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(f, { timeout: 2000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(f, 200);
  return { cancel: () => clearTimeout(id) };
}
