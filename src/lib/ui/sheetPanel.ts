/**
 * The phone's sheets and the side panel's tab in the URL (`panel=`): the tab only means something
 * while its sheet is open, so going back to the map (« Carte », ×, a tap whose answer is on the map)
 * puts it back to its default and the link loses `panel=`.
 */
import { DEFAULT_URL_STATE, type Panel } from '../state/urlState.ts';

/** The sheet open over the map on a phone, null for the map alone. */
export type SheetState = 'side' | 'charts' | null;

/** The panel to keep once the sheet goes from `before` to `after`. */
export function panelAfterSheet(before: SheetState, after: SheetState, panel: Panel): Panel {
  return after === null && before !== null ? DEFAULT_URL_STATE.panel : panel;
}
