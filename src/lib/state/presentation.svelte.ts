/**
 * The presentation mode: a tour (the livret's practices, or the régions) walked one step at a time.
 * The tour and the step live in the app state (hence in the URL: deep links, back/forward); this class
 * reads them, keeps the step inside the tour, and moves between steps. The view the person had before
 * presenting comes back when the presentation ends.
 */
import { clampStep, tourSpotlight, type Spotlight, type TourKind, type TourStep } from '../query/tour.ts';
import type { AppState } from './app.svelte.ts';
import type { MapView } from './urlState.ts';

export class Presentation {
  readonly #app: AppState;
  readonly tours: Readonly<Record<TourKind, readonly TourStep[]>>;
  /** The map view to return to; null (France) when the page was opened on a presentation link. */
  #viewBefore: MapView | null = null;

  constructor(app: AppState, tours: Readonly<Record<TourKind, readonly TourStep[]>>) {
    this.#app = app;
    this.tours = tours;
  }

  active = $derived.by(() => this.#app.present !== null);
  tour = $derived.by((): TourKind | null => this.#app.present?.tour ?? null);
  steps = $derived.by((): readonly TourStep[] => (this.tour ? this.tours[this.tour] : []));
  count = $derived.by(() => this.steps.length);
  /** The current step, counted from 0, always inside the tour (whatever the URL said). */
  index = $derived.by(() => clampStep((this.#app.present?.step ?? 1) - 1, this.count));
  current = $derived.by((): TourStep | undefined => (this.active ? this.steps[this.index] : undefined));
  hasPrevious = $derived.by(() => this.active && this.index > 0);
  hasNext = $derived.by(() => this.active && this.index < this.count - 1);
  /** What the map lights up for the current step. */
  spotlight = $derived.by((): Spotlight | null => (this.current ? tourSpotlight(this.current) : null));

  /** Starts (or switches to) a tour at a step counted from 1. */
  start(tour: TourKind, step = 1): void {
    if (!this.active) this.#viewBefore = this.#app.view;
    const index = clampStep(step - 1, this.tours[tour].length);
    this.#app.present = { tour, step: index + 1 };
  }

  /** Goes to the step of index `index` (counted from 0), kept inside the tour. */
  goTo(index: number): void {
    const tour = this.tour;
    if (!tour) return;
    const step = clampStep(index, this.count) + 1;
    if (step !== this.#app.present?.step) this.#app.present = { tour, step };
  }

  next(): void {
    this.goTo(this.index + 1);
  }

  previous(): void {
    this.goTo(this.index - 1);
  }

  first(): void {
    this.goTo(0);
  }

  last(): void {
    this.goTo(this.count - 1);
  }

  /** Leaves the presentation mode and puts the map back where it was. */
  exit(): void {
    if (!this.active) return;
    this.#app.present = null;
    this.#app.view = this.#viewBefore;
    this.#viewBefore = null;
  }
}
