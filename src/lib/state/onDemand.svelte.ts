/**
 * Code a visitor may never use (the presentation mode, the « Intégrer » dialog, the exports, the
 * print sheet) is left out of the start-up chunks and loaded with a dynamic `import()` when needed.
 * `OnDemand` wraps one such import: it runs it once (every caller shares the same promise), holds
 * what it gave as state — so a component renders `value` as soon as it is there, whoever asked for
 * it — and keeps the failure in `error`, forgetting it so that the next `load()` tries again.
 *
 * Call `load()` / `preload()` from an event handler or an effect, not while rendering: they write state.
 */
export class OnDemand<T> {
  readonly #import: () => Promise<T>;
  #pending: Promise<T> | null = null;

  /** What the import gave (a component, a module); undefined until it has arrived. */
  value = $state.raw<T | undefined>(undefined);
  /** Why the last attempt failed; null while loading, once loaded, and before any attempt. */
  error = $state.raw<Error | null>(null);

  constructor(load: () => Promise<T>) {
    this.#import = load;
  }

  /** Loads the code, or returns the load under way; after a failure, tries again. */
  load(): Promise<T> {
    if (this.#pending) return this.#pending;
    this.error = null;
    const pending = this.#import().then(
      (value) => {
        this.value = value;
        return value;
      },
      (reason: unknown) => {
        this.#pending = null;
        this.error = reason instanceof Error ? reason : new Error(String(reason));
        throw this.error;
      },
    );
    this.#pending = pending;
    return pending;
  }

  /** Starts loading ahead of need (a pointer over the button); a failure only lands in `error`. */
  preload(): void {
    this.load().catch(() => {});
  }
}

/**
 * What tells that a person is there and may soon ask for something: a pointer moving or pressed, a
 * key (the Ctrl of a Ctrl+P comes before its P), a touch, a wheel, the focus entering the page.
 */
export const INTERACTION_EVENTS = [
  'pointermove',
  'pointerdown',
  'keydown',
  'touchstart',
  'wheel',
  'focusin',
] as const;

/**
 * Runs `task` once, at the first sign of a person on the page (INTERACTION_EVENTS on `target`), so that
 * code no first view needs is not loaded with it, yet is there before most people can ask for it.
 * Returns a function that cancels it.
 */
export function onFirstInteraction(target: EventTarget, task: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  const stop = () => {
    for (const type of INTERACTION_EVENTS) target.removeEventListener(type, run, options);
  };
  function run() {
    stop();
    task();
  }
  for (const type of INTERACTION_EVENTS) target.addEventListener(type, run, options);
  return stop;
}
