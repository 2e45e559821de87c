/**
 * The explorer's sheets on a phone or a tablet (ExplorerLayout.svelte: under 1100 px the side panel and
 * the charts open as sheets over the map from the bottom bar): which one is open, at which size, and
 * what the map does when they change.
 */
import { untrack } from 'svelte';
import type { FocusTarget } from '../model/focusTarget.ts';
import type { Explorer } from '../state/explorer.svelte.ts';
import { reframeAfterSheet } from '../state/reframing.ts';
import { applyReframe } from '../state/reframing.svelte.ts';
import type { SheetState } from '../ui/sheetPanel.ts';

/**
 * Whether a camera request closes the open sheet: a tap whose answer is on the map (a Campus from the
 * list, a practice's « Voir sur la carte », a région chosen) does, so the map shows it. A filter's
 * framing of what is left does not: the person may be choosing several sectors.
 */
export const closesSheet = (target: FocusTarget): boolean => target.kind !== 'shown';

export class PhoneSheets {
  /** Which sheet is open over the map (null: none). */
  open = $state<SheetState>(null);
  /** The open sheet takes nearly the whole map (else half, what the map shows refitted above it). */
  full = $state(false);

  /** Call during a component's initialisation: it starts effects, which end with the component. */
  constructor(explorer: Explorer) {
    let lastRequest = untrack(() => explorer.camera.request?.seq ?? 0);
    $effect(() => {
      const request = explorer.camera.request;
      untrack(() => {
        if (!request || request.seq === lastRequest) return;
        lastRequest = request.seq;
        if (this.open !== null && closesSheet(request.target)) this.open = null;
      });
    });

    // A sheet that opens, closes or changes size changes the room the map has: what it shows is
    // fitted again into the strip left above the sheet (state/reframing.ts, reframeAfterSheet).
    const key = () => (this.open === null ? 'map' : `${this.open}:${this.full}`);
    let lastKey = untrack(key);
    $effect(() => {
      const now = key();
      untrack(() => {
        if (now === lastKey) return;
        // A sheet opens at half height, whichever way it was closed.
        if (this.open === null) this.full = false;
        lastKey = now;
        const { app, camera } = explorer;
        const reframe = reframeAfterSheet(
          { open: this.open !== null, full: this.full },
          {
            userMoved: camera.userMoved,
            selection: Boolean(app.campus || app.practice || explorer.selectedArea),
            allShown: explorer.shown.length === explorer.data.campus.length,
          },
        );
        applyReframe(explorer, reframe);
      });
    });
  }

  /** The bottom bar's choice: another sheet opens at half height. */
  choose(next: SheetState): void {
    if (next !== this.open) this.full = false;
    this.open = next;
  }

  close(): void {
    this.open = null;
  }

  toggleSize(): void {
    this.full = !this.full;
  }
}
