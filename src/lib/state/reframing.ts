/**
 * The app's rules for reframing the map when what it shows changes without a camera request: a filter
 * (« a filter frames what it shows unless you have moved the map yourself »), and on a phone a sheet
 * that opens, closes or changes size (what the map shows is fitted again into the strip left above
 * it). Pure: the state's values in, what the camera does out. reframing.svelte.ts watches the state
 * and carries the answer out; camera.svelte.ts holds the requests, map/cameraTarget.ts where each
 * request puts the camera.
 */
import type { AreaRef } from './hover.svelte.ts';

/**
 * What the camera does: nothing; back to the first view (France fitted, or a list's home, with no
 * `map=` in the URL); the selected région or académie framed; or the Campus shown framed.
 */
export type Reframe = { kind: 'stay' } | { kind: 'home' } | ({ kind: 'area' } & AreaRef) | { kind: 'shown' };

/** What the filters leave at one moment. `shown` is compared by identity (a new list is a change). */
export interface FilterMoment {
  region: string | null;
  academie: string | null;
  shown: unknown;
}

/** What the rules read besides the change itself, at the moment of the change. */
export interface ReframeContext {
  /** The person has moved the map themselves since the first view or « Réinitialiser ». */
  userMoved: boolean;
  /** A Campus is selected (its card is open): the map stays on it. */
  campusSelected: boolean;
  /** Every Campus of the dataset is shown (no filter leaves any out). */
  allShown: boolean;
}

const STAY: Reframe = { kind: 'stay' };

/**
 * After the filters change (`previous` → `now`): a new région or académie is framed; otherwise a
 * change of the Campus shown frames what is left (the first view when all are), unless the person
 * has moved the map or a Campus is selected. Nothing at start (no `previous`: a link's own view, or
 * the default fit, stands) nor while presenting (the presentation frames its own steps).
 */
export function reframeAfterFilter(
  previous: FilterMoment | undefined,
  now: FilterMoment,
  context: ReframeContext & {
    /** The presentation is on. */
    presenting: boolean;
    /** The area the région or académie filter selects now, if any. */
    selectedArea: AreaRef | null;
  },
): Reframe {
  if (!previous || context.presenting) return STAY;
  const areaChanged = now.region !== previous.region || now.academie !== previous.academie;
  if (areaChanged && context.selectedArea) return { kind: 'area', ...context.selectedArea };
  if (now.shown === previous.shown || context.userMoved || context.campusSelected) return STAY;
  return context.allShown ? { kind: 'home' } : { kind: 'shown' };
}

/**
 * After a phone sheet opens, closes or changes size: what the map shows is fitted into the strip
 * left above the sheet (the first view when the sheet closes on every Campus). Not under a full-height
 * sheet (no strip to fit into: the map waits for it to shrink or close), nor once the person has moved
 * the map, nor when a selection has its own framing (a Campus, a practice, an area).
 */
export function reframeAfterSheet(
  sheet: { open: boolean; full: boolean },
  context: Omit<ReframeContext, 'campusSelected'> & {
    /** A Campus, a practice or an area is selected. */
    selection: boolean;
  },
): Reframe {
  if (sheet.full || context.userMoved || context.selection) return STAY;
  return !sheet.open && context.allShown ? { kind: 'home' } : { kind: 'shown' };
}
