/**
 * One deck at a time, page-wide: the export menu and the presentation's button share this run, so a
 * second click while a deck builds does not start another; the progress (« Diapositive 12 / 42… ») is
 * state both show in a live region, and the run can be cancelled. The deck's code (pptxgenjs) is loaded
 * on the first request only.
 */
import type { Explorer } from '../state/explorer.svelte.ts';
import type { TourKind } from '../query/tour.ts';
import { OnDemand } from '../state/onDemand.svelte.ts';

const deckActions = new OnDemand(() => import('./deckActions.ts'));

type DeckOutcome =
  { kind: 'done'; file: string } | { kind: 'cancelled' } | { kind: 'failed'; reason: string };

class DeckRun {
  /** The tour whose deck is being built, or null. */
  tour = $state<TourKind | null>(null);
  /** The slide being made and the deck's total (0 while the code loads). */
  slide = $state(0);
  total = $state(0);
  #controller: AbortController | null = null;

  get running(): boolean {
    return this.tour !== null;
  }

  /** Builds and downloads the deck of `tour`; null when a deck is already being built. */
  async start(explorer: Explorer, tour: TourKind): Promise<DeckOutcome | null> {
    if (this.tour) return null;
    this.tour = tour;
    this.slide = 0;
    this.total = 0;
    const controller = new AbortController();
    this.#controller = controller;
    try {
      const actions = await deckActions.load();
      const file = await actions.exportDeck(explorer, tour, {
        signal: controller.signal,
        onSlide: (n, total) => {
          this.slide = n;
          this.total = total;
        },
      });
      return { kind: 'done', file };
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'cancelled' };
      return { kind: 'failed', reason: (error as Error).message };
    } finally {
      this.tour = null;
      this.#controller = null;
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }
}

export const deckRun = new DeckRun();
