/** jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it): a stub that never reports. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
