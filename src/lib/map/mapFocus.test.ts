// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusMap, mapFocusCandidates } from './mapFocus.ts';

function area(html: string): HTMLElement {
  const main = document.createElement('main');
  main.id = 'map';
  main.innerHTML = html;
  document.body.append(main);
  return main;
}

const CANVAS =
  '<div class="maplibregl-canvas-container"><canvas class="maplibregl-canvas" tabindex="0"></canvas></div>';
const KEYS = `<div data-campus-keys role="group">
  <button data-campus="a" tabindex="-1"></button>
  <button data-campus="b" tabindex="0"></button>
  <button data-campus="c" tabindex="-1"></button>
</div>`;

afterEach(() => document.body.replaceChildren());

describe('focusMap', () => {
  it('focuses the Campus stop: the button that holds the tab stop', () => {
    const map = area(CANVAS + KEYS);
    expect(focusMap(map)?.dataset.campus).toBe('b');
    expect(document.activeElement?.getAttribute('data-campus')).toBe('b');
  });

  it('focuses the MapLibre canvas when there is no Campus stop (a choropleth)', () => {
    const map = area(CANVAS);
    expect(focusMap(map)?.tagName).toBe('CANVAS');
  });

  it('falls back to the area itself (the SVG map), focusable until the focus leaves it', () => {
    const map = area('<svg><g role="button" tabindex="0"></g></svg>');
    expect(focusMap(map)).toBe(map);
    expect(document.activeElement).toBe(map);
    expect(map.getAttribute('tabindex')).toBe('-1');
    map.blur();
    expect(map.hasAttribute('tabindex')).toBe(false);
  });

  it('passes over a candidate that does not take the focus', () => {
    const map = area('<canvas class="maplibregl-canvas"></canvas>');
    expect(mapFocusCandidates(map)).toHaveLength(2);
    expect(focusMap(map)).toBe(map);
  });
});
