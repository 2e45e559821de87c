import { describe, expect, it } from 'vitest';
import { createShadowSheets } from './shadowSheets.ts';

/** A sheet that remembers its CSS, and a root that records what it adopted. */
const makeSheet = (css: string) => ({ css }) as unknown as CSSStyleSheet;
const cssOf = (root: ShadowRoot) => root.adoptedStyleSheets.map((s) => (s as unknown as { css: string }).css);
const fakeRoot = () => ({ adoptedStyleSheets: [] as CSSStyleSheet[] }) as unknown as ShadowRoot;

/** A registry whose microtasks the test runs by hand. */
function registry() {
  const queued: (() => void)[] = [];
  const sheets = createShadowSheets('reset', 'size', makeSheet, (flush) => queued.push(flush));
  const runMicrotasks = () => queued.splice(0).forEach((flush) => flush());
  return { sheets, runMicrotasks };
}

describe('createShadowSheets', () => {
  it('joins the CSS of one chunk into one sheet, between the reset and the type size', () => {
    const { sheets, runMicrotasks } = registry();
    sheets.add('a{}');
    sheets.add('b{}');
    runMicrotasks();
    const root = fakeRoot();
    sheets.adopt(root);
    expect(cssOf(root)).toEqual(['reset', 'a{}\nb{}', 'size']);
  });

  it('gives a root the CSS added so far even before the microtask (an element upgraded at once)', () => {
    const { sheets } = registry();
    sheets.add('first{}');
    const root = fakeRoot();
    sheets.adopt(root);
    expect(cssOf(root)).toEqual(['reset', 'first{}', 'size']);
  });

  it('adds a later chunk as a second sheet to every adopted root, before the type size', () => {
    const { sheets, runMicrotasks } = registry();
    sheets.add('first{}');
    const [one, two] = [fakeRoot(), fakeRoot()];
    sheets.adopt(one);
    sheets.adopt(two);
    sheets.add('maplibre{}');
    expect(cssOf(one)).toEqual(['reset', 'first{}', 'size']);
    runMicrotasks();
    for (const root of [one, two]) expect(cssOf(root)).toEqual(['reset', 'first{}', 'maplibre{}', 'size']);
    // Sheets are shared, not copied per element.
    expect(one.adoptedStyleSheets[2]).toBe(two.adoptedStyleSheets[2]);
  });

  it('leaves a released root alone', () => {
    const { sheets, runMicrotasks } = registry();
    const root = fakeRoot();
    sheets.adopt(root);
    sheets.release(root);
    sheets.add('later{}');
    runMicrotasks();
    expect(cssOf(root)).toEqual(['reset', 'size']);
  });
});
