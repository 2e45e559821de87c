// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { FocusReturn } from './focusReturn.ts';

/** A page with a list entry (the opener), a map (the fallback) and a card panel holding a heading. */
function page(root: Document | ShadowRoot = document) {
  const container = document.createElement('div');
  container.innerHTML = `
    <button id="entry">Campus</button>
    <div id="map" tabindex="0"></div>
    <article id="card"><h2 id="heading" tabindex="-1">Card</h2><button id="close">×</button></article>`;
  if (root instanceof ShadowRoot) root.append(container);
  else document.body.append(container);
  const get = (id: string) => container.querySelector<HTMLElement>(`#${id}`)!;
  return {
    entry: get('entry'),
    map: get('map'),
    card: get('card'),
    heading: get('heading'),
    close: get('close'),
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('FocusReturn', () => {
  it('gives focus back to the opener when the card, holding the focus, is removed', () => {
    const { entry, map, card, heading } = page();
    const focus = new FocusReturn();
    entry.focus();
    focus.remember(card);
    heading.focus();
    card.remove();
    expect(document.activeElement).toBe(document.body);
    expect(focus.restore(card, map)).toBe(entry);
    expect(document.activeElement).toBe(entry);
  });

  it('also works while the card is still in the page (focus inside it)', () => {
    const { entry, card, close } = page();
    const focus = new FocusReturn();
    entry.focus();
    focus.remember(card);
    close.focus();
    expect(focus.restore(card)).toBe(entry);
    expect(document.activeElement).toBe(entry);
  });

  it('falls back when the opener is gone or hidden', () => {
    for (const hide of [(e: HTMLElement) => e.remove(), (e: HTMLElement) => (e.hidden = true)]) {
      const { entry, map, card, heading } = page();
      const focus = new FocusReturn();
      entry.focus();
      focus.remember(card);
      heading.focus();
      hide(entry);
      card.remove();
      expect(focus.restore(card, map)).toBe(map);
      expect(document.activeElement).toBe(map);
      document.body.replaceChildren();
    }
  });

  it('leaves the focus alone when it has moved outside the card', () => {
    const { entry, map, card, heading } = page();
    const focus = new FocusReturn();
    entry.focus();
    focus.remember(card);
    heading.focus();
    map.focus(); // the person went on to the map before the card closed
    card.remove();
    expect(focus.restore(card, entry)).toBeNull();
    expect(document.activeElement).toBe(map);
  });

  it('keeps the first opener while focus moves inside the card (another Campus shown)', () => {
    const { entry, card, heading } = page();
    const focus = new FocusReturn();
    entry.focus();
    focus.remember(card);
    heading.focus();
    focus.remember(card);
    expect(focus.opener).toBe(entry);
  });

  it('finds the opener inside a shadow root (the <campus-map> element)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const { entry, card, heading } = page(shadow);
    const focus = new FocusReturn();
    entry.focus();
    focus.remember(card);
    expect(focus.opener).toBe(entry);
    heading.focus();
    card.remove();
    expect(focus.restore(card)).toBe(entry);
    expect(shadow.activeElement).toBe(entry);
  });
});
