import { describe, expect, it, vi } from 'vitest';
import { INTERACTION_EVENTS, OnDemand, onFirstInteraction } from './onDemand.svelte.ts';

/** An import that resolves or rejects when the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('OnDemand', () => {
  it('imports once, shares the load under way, and holds the value once it arrives', async () => {
    const chunk = deferred<string>();
    const load = vi.fn(() => chunk.promise);
    const part = new OnDemand(load);
    expect(part.value).toBeUndefined();
    expect(load).not.toHaveBeenCalled(); // nothing is fetched before it is asked for

    const first = part.load();
    const second = part.load();
    expect(second).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    expect(part.value).toBeUndefined();

    chunk.resolve('component');
    await expect(first).resolves.toBe('component');
    expect(part.value).toBe('component');
    expect(part.error).toBeNull();
    await expect(part.load()).resolves.toBe('component');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps the failure, and tries again on the next load', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('component');
    const part = new OnDemand(load);

    await expect(part.load()).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(part.error?.message).toBe('Failed to fetch dynamically imported module');
    expect(part.value).toBeUndefined();

    const retry = part.load();
    expect(part.error).toBeNull(); // loading again: no stale error on screen
    await expect(retry).resolves.toBe('component');
    expect(part.value).toBe('component');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('turns a thrown non-Error into an Error', async () => {
    const part = new OnDemand(() => Promise.reject('offline'));
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.error).toBeInstanceOf(Error);
  });

  it('preloads without an unhandled rejection', async () => {
    const part = new OnDemand(() => Promise.reject(new Error('offline')));
    part.preload();
    await vi.waitFor(() => expect(part.error?.message).toBe('offline'));
  });
});

describe('onFirstInteraction', () => {
  it.each(INTERACTION_EVENTS)('runs the task once, at the first %s, and stops listening', (type) => {
    const target = new EventTarget();
    const task = vi.fn();
    onFirstInteraction(target, task);
    target.dispatchEvent(new Event('load'));
    expect(task).not.toHaveBeenCalled();
    target.dispatchEvent(new Event(type));
    expect(task).toHaveBeenCalledTimes(1);
    for (const other of INTERACTION_EVENTS) target.dispatchEvent(new Event(other));
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    const target = new EventTarget();
    const task = vi.fn();
    onFirstInteraction(target, task)();
    for (const type of INTERACTION_EVENTS) target.dispatchEvent(new Event(type));
    expect(task).not.toHaveBeenCalled();
  });
});
