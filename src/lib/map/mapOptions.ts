/** What the pages (explorer, embed, element) ask of the map, whichever map draws it. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../geo/insets.ts';
import type { Rect } from './fitPadding.ts';

export interface MapOptions {
  /** What the default view fits; France with its insets unless given (an embed's locked area). */
  home?: Bounds;
  /**
   * Whether the map stays around `home` (an embed's locked area: yes, the default); a person's own
   * list frames its Campus first but leaves the whole map free (no).
   */
  lockHome?: boolean;
  /** Whether a click on a région or académie selects it (an embed with a locked area: no). */
  selectableAreas?: boolean;
  /** Embedded in another page: the wheel scrolls the page, zooming needs Ctrl / ⌘ or two fingers. */
  cooperativeGestures?: boolean;
  /** MapLibre's own texts (zoom buttons, gesture hints), in the page's language. */
  locale?: Record<string, string>;
  /** Called once the map has loaded (the entry files expose it as `window.__map` for tests). */
  onmap?: (map: MapLibreMap) => void;
  /**
   * Page rectangles of what is open over the map now (a card, a sheet): the camera keeps what it shows
   * clear of them.
   */
  covers?: () => Rect[];
}
