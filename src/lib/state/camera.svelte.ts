/**
 * Requests to move the map (show a Campus, a practice's places, an area, a DROM's true location, the
 * whole of France). UI components ask; the map's CameraFocus component carries them out. The rules that
 * ask on their own when what the map shows changes (a filter, a phone's sheet) are in reframing.ts.
 */
import type { FocusRequest, FocusTarget } from '../model/focusTarget.ts';

export class CameraRequests {
  request = $state.raw<FocusRequest | null>(null);
  /**
   * A target the map keeps framed when its size changes (a presentation step stays fitted when the
   * screen goes full screen); null lets the map keep its own view.
   */
  framing = $state.raw<FocusTarget | null>(null);
  /**
   * True once the person has moved the map themselves (drag, wheel, pinch, keys): a filter change then
   * leaves their view alone instead of framing what it shows (reframing.ts). « Réinitialiser » clears it.
   */
  userMoved = $state(false);
  #seq = 0;

  focus(target: FocusTarget, options: { keep?: boolean } = {}): void {
    this.#seq += 1;
    this.request = { target, seq: this.#seq };
    this.framing = options.keep ? target : null;
  }

  /** Stops keeping the last target framed. */
  release(): void {
    this.framing = null;
  }
}
