/**
 * The map of the first view that `npm run build` writes into the HTML (src/prerender.ts) stands in for
 * the map while MapLibre loads, in place of a live SVG map: the explorer takes the built map's element
 * into its own map area (CampusMap) before the rest of the first view is removed, so the start needs
 * neither the SVG map's component nor d3-geo (svg/loadSvgMap.ts loads them where they are needed: no
 * WebGL, MapLibre failing, no built view, or a state the built view does not show).
 *
 * The built map was drawn at a nominal size and scaled to its box by the viewBox; here its viewBox is
 * set so that it draws France as a fit of the live box does (the SVG map's and MapLibre's fit), so the
 * Campus do not jump when MapLibre takes over.
 */
import type { Bounds } from '../../geo/insets.ts';
import { isEmptyFilters, type Filters } from '../../model/filters.ts';
import { DEFAULT_URL_STATE } from '../../state/urlState.ts';
import { fitPadding } from '../fitPadding.ts';
import { mercatorFit } from './mercatorFit.ts';

export interface Size {
  width: number;
  height: number;
}

/** The built map, the size it was drawn at, and the key of the dataset it was built from. */
export interface BuiltMap {
  element: HTMLElement;
  size: Size;
  dataset: string;
}

/**
 * The built map, when this visit shows the built first view (src/firstViewGuard.ts marked the page
 * `first-view-pending`); null in `npm run dev`, with a query string or a kept list, or once taken.
 */
export function findBuiltMap(doc: Document): BuiltMap | null {
  if (!doc.documentElement.classList.contains('first-view-pending')) return null;
  const element = doc.querySelector<HTMLElement>('#first-view [data-testid=svg-map]');
  const box = element?.querySelector('svg')?.viewBox.baseVal;
  if (!element || !box || box.width <= 0 || box.height <= 0) return null;
  return {
    element,
    size: { width: box.width, height: box.height },
    dataset: element.dataset['dataset'] ?? '',
  };
}

/** Whether the built map shows this state: the built view's (no filter, no Campus selected, French). */
export function builtMapShows(state: { filters: Filters; campus: string | null; lang: string }): boolean {
  return isEmptyFilters(state.filters) && state.campus === null && state.lang === DEFAULT_URL_STATE.lang;
}

/**
 * The viewBox that draws a map built at `built` size (fitted to it with the fit padding) as the same
 * fit of `box` draws it: x_box = dx_box + r · (x_built − dx_built), r the ratio of their scales.
 */
export function refitViewBox(home: Bounds, built: Size, box: Size): [number, number, number, number] {
  const from = mercatorFit(home, built.width, built.height, fitPadding(built.width));
  const to = mercatorFit(home, box.width, box.height, fitPadding(box.width));
  const r = to.k / from.k;
  return [from.dx - to.dx / r, from.dy - to.dy / r, box.width / r, box.height / r];
}

/**
 * An attachment that moves the built map into `slot`, marks it as the preview (inert, busy, with the
 * loading notice) and keeps its drawing fitted to its box as the box is resized.
 */
export function adoptBuiltMap(built: BuiltMap, home: Bounds, notice: string) {
  return (slot: HTMLElement) => {
    const { element } = built;
    const svg = element.querySelector('svg')!;
    const status = element.ownerDocument.createElement('p');
    status.className = 'notice';
    status.setAttribute('role', 'status');
    status.textContent = notice;
    element.prepend(status);
    element.dataset.mode = 'preview';
    element.setAttribute('aria-busy', 'true');
    slot.append(element);
    const fit = () => {
      const box = { width: element.clientWidth, height: element.clientHeight };
      if (box.width > 0 && box.height > 0)
        svg.setAttribute('viewBox', refitViewBox(home, built.size, box).join(' '));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => {
      observer.disconnect();
      status.remove();
      element.remove();
    };
  };
}
