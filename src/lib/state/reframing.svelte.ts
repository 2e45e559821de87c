/**
 * The reframing rules (reframing.ts) wired to the shared state: what the camera does is asked of the
 * camera requests (camera.svelte.ts), as any other framing, and the map carries it out.
 */
import { untrack } from 'svelte';
import type { Explorer } from './explorer.svelte.ts';
import { reframeAfterFilter, type FilterMoment, type Reframe } from './reframing.ts';

/** Carries out what a rule answered: the first view is the URL without `map=`, the rest are requests. */
export function applyReframe(explorer: Explorer, reframe: Reframe): void {
  switch (reframe.kind) {
    case 'stay':
      return;
    case 'home':
      explorer.app.view = null;
      return;
    case 'area':
      explorer.camera.focus({ kind: 'area', level: reframe.level, code: reframe.code });
      return;
    case 'shown':
      explorer.camera.focus({ kind: 'shown', ids: explorer.shown.map((f) => f.id) });
  }
}

/**
 * From now on, a filter change frames what it leaves (reframeAfterFilter): the chosen région or
 * académie, or else the Campus shown (France when all are), unless the person has moved the map since.
 * Called by the MapLibre map as it starts (an `$effect`: within a component's initialisation), so the
 * view it opens on (a link's own, or the default fit) stands.
 */
export function frameFilterChanges(explorer: Explorer): void {
  let before: FilterMoment | undefined;
  $effect(() => {
    const { region, academie } = explorer.app.filters;
    const shown = explorer.shown;
    untrack(() => {
      const previous = before;
      before = { region, academie, shown };
      const reframe = reframeAfterFilter(previous, before, {
        presenting: explorer.presentation.active,
        selectedArea: explorer.selectedArea,
        userMoved: explorer.camera.userMoved,
        campusSelected: Boolean(explorer.app.campus),
        allShown: shown.length === explorer.data.campus.length,
      });
      applyReframe(explorer, reframe);
    });
  });
}
