/**
 * Where the keyboard lands on the map when it is sent there (the skip link « Aller à la carte »): the
 * map's Campus stop (CampusKeys: the Campus that had the focus last, else the first in reading order);
 * without one (a choropleth, the map still loading), MapLibre's canvas, which the arrows pan; else (the
 * SVG map without WebGL) the map's area itself, focusable for the moment, from which Tab goes on to
 * its Campus.
 */

/** The attribute of CampusKeys's group of buttons. */
const CAMPUS_KEYS_ATTRIBUTE = 'data-campus-keys';

/** What can take the focus, in order of preference, inside the map's area. */
export function mapFocusCandidates(area: HTMLElement): HTMLElement[] {
  const stop = area.querySelector<HTMLElement>(`[${CAMPUS_KEYS_ATTRIBUTE}] [tabindex="0"]`);
  const canvas = area.querySelector<HTMLElement>('canvas.maplibregl-canvas');
  return [stop, canvas, area].filter((el): el is HTMLElement => el !== null);
}

/**
 * Focuses the first candidate that takes the focus (a hidden one does not: MapLibre's canvas stays
 * hidden until the map is ready) and returns it; null when none did.
 */
export function focusMap(area: HTMLElement): HTMLElement | null {
  for (const candidate of mapFocusCandidates(area)) {
    if (candidate === area && !area.hasAttribute('tabindex')) {
      // Focusable from a script only, and only until the focus leaves it: a click on the map or its
      // card must not focus the whole area.
      area.setAttribute('tabindex', '-1');
      area.addEventListener('blur', () => area.removeAttribute('tabindex'), { once: true });
    }
    candidate.focus();
    if (candidate.ownerDocument.activeElement === candidate) return candidate;
  }
  return null;
}
