/** What the map can be asked to frame: a Campus, a practice's places, an area, a DROM's true location, France, or the Campus a filter leaves. */
import type { AreaLevel } from './areas.ts';

export type FocusTarget =
  | { kind: 'campus'; id: string }
  /**
   * A Campus just clicked, tapped or chosen with Entrée on the map: it stays where it is (same zoom, no
   * move) unless the card or sheet that opens for it covers it; then the map eases it clear.
   */
  | { kind: 'reveal'; id: string }
  | { kind: 'practice'; id: string }
  | { kind: 'area'; level: AreaLevel; code: string }
  | { kind: 'drom'; region: string }
  | { kind: 'france' }
  /** The Campus a filter leaves: framed after the change, unless the person has moved the map. */
  | { kind: 'shown'; ids: readonly string[] };

export interface FocusRequest {
  target: FocusTarget;
  /** Increases on every request, so asking twice for the same place moves the map twice. */
  seq: number;
}
