import { describe, expect, it, vi } from 'vitest';
import { KEPT_LIST_MARK } from '../data/keptList.ts';
import { embedOptionsFromSearch } from '../embed/embedOptions.ts';
import {
  FIRST_PAINT_WAIT_MS,
  afterFirstViewPaint,
  firstViewMatches,
  keptListMarked,
  queryLang,
  removeFirstView,
} from './firstView.ts';

describe('firstViewMatches', () => {
  it.each([
    ['', false, true],
    ['?', false, true],
    ['', true, false],
    ['?sectors=energie', false, false],
    ['?campus=egletons', false, false],
    ['?region=75', false, false],
    ['?lang=en', false, false],
    ['?panel=list', false, false],
    ['?lang=fr', false, false],
    ['?utm_source=x', false, false],
    ['?sectors=energie', true, false],
  ])('search %j, kept list %s → %s', (search, keptList, expected) => {
    expect(firstViewMatches({ search, keptList })).toBe(expected);
  });
});

describe('queryLang', () => {
  it.each([
    ['', 'fr'],
    ['?lang=en', 'en'],
    ['?region=84&lang=en&show=legend', 'en'],
    ['?lang=fr', 'fr'],
    ['?lang=de', 'fr'],
    ['?lang=EN', 'fr'],
    ['?lang=', 'fr'],
  ])('search %j → %s, as the embed reads it', (search, expected) => {
    expect(queryLang(search)).toBe(expected);
    expect(embedOptionsFromSearch(search).state.lang).toBe(expected);
  });
});

describe('keptListMarked', () => {
  const storage = (items: Record<string, string>) => () => ({
    getItem: (key: string) => items[key] ?? null,
  });

  it('reads the mark keptList.ts writes', () => {
    expect(keptListMarked(storage({ [KEPT_LIST_MARK]: '1' }))).toBe(true);
    expect(keptListMarked(storage({}))).toBe(false);
  });

  it('takes refused storage for no list', () => {
    expect(
      keptListMarked(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBe(false);
  });
});

describe('removeFirstView', () => {
  it('removes #first-view, and does nothing when there is none', () => {
    let removed = 0;
    const element = { remove: () => void removed++ };
    removeFirstView({ getElementById: (id: string) => (id === 'first-view' ? element : null) } as never);
    expect(removed).toBe(1);
    expect(() => removeFirstView({ getElementById: () => null } as never)).not.toThrow();
  });
});

describe('afterFirstViewPaint', () => {
  /** A window whose page has (or not) a first view shown, and a paint observer driven by the test. */
  function fakeWindow({ shown = true, hidden = false, paintTiming = true } = {}) {
    let report: ((names: string[]) => void) | undefined;
    let disconnected = false;
    const timers: (() => void)[] = [];
    class Observer {
      static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
      constructor(callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
        report = (names) => callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
      }
      observe() {}
      disconnect() {
        disconnected = true;
      }
    }
    const win = {
      document: {
        documentElement: { classList: { contains: (c: string) => shown && c === 'first-view-pending' } },
        getElementById: (id: string) => (shown && id === 'first-view' ? {} : null),
        visibilityState: hidden ? 'hidden' : 'visible',
      },
      setTimeout: (callback: () => void, ms: number) => {
        expect(ms).toBe(FIRST_PAINT_WAIT_MS);
        timers.push(callback);
        return timers.length;
      },
      clearTimeout: (id: number) => (timers[id - 1] = () => {}),
      PerformanceObserver: Observer,
    };
    return {
      win: win as never,
      paint: (...names: string[]) => report?.(names),
      timeOut: () => timers.forEach((t) => t()),
      disconnected: () => disconnected,
    };
  }

  it('waits for the first contentful paint of the first view, then starts once', () => {
    const start = vi.fn();
    const page = fakeWindow();
    afterFirstViewPaint(start, page.win);
    page.paint('first-paint');
    expect(start).not.toHaveBeenCalled();
    page.paint('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
    expect(page.disconnected()).toBe(true);
    page.timeOut();
    page.paint('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after FIRST_PAINT_WAIT_MS when no paint is reported', () => {
    const start = vi.fn();
    const page = fakeWindow();
    afterFirstViewPaint(start, page.win);
    expect(start).not.toHaveBeenCalled();
    page.timeOut();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no first view is shown (a query string, a kept list)', { shown: false }],
    ['the tab is hidden', { hidden: true }],
    ['the browser has no paint timing', { paintTiming: false }],
  ])('starts at once when %s', (_case, options) => {
    const start = vi.fn();
    afterFirstViewPaint(start, fakeWindow(options).win);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
