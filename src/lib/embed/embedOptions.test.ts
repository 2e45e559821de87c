import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTS, embedAttributes, embedOptionsFromSearch, parseEmbedOptions } from './embedOptions.ts';
import { elementSnippet, iframeSnippet } from './snippets.ts';

describe('embedOptionsFromSearch', () => {
  it('reads a région lock, preset sectors, parts, language, basemap and view', () => {
    const o = embedOptionsFromSearch(
      '?region=75&sectors=mobilite,energie&show=legend,charts&lang=en&basemap=on&view=6/46.5/0.3',
    );
    expect(o.lock).toEqual({ level: 'region', code: '75' });
    expect(o.state.filters.region).toBe('75');
    expect(o.state.filters.sectors).toEqual(['mobilite', 'energie']);
    expect([...o.parts]).toEqual(['legend', 'charts']);
    expect([o.state.lang, o.state.basemap, o.state.view]).toEqual([
      'en',
      true,
      { zoom: 6, lat: 46.5, lon: 0.3 },
    ]);
  });

  it('locks to an académie', () => {
    const o = embedOptionsFromSearch('?academie=grenoble');
    expect(o.lock).toEqual({ level: 'academie', code: 'grenoble' });
    expect(o.state.filters.academie).toBe('grenoble');
  });

  it.each([
    ['unknown région', '?region=99'],
    ['hostile région', '?region=%3Cscript%3E'],
    ['unknown académie', '?academie=atlantis'],
    ['nothing', ''],
  ])('ignores %s', (_label, search) => {
    const o = embedOptionsFromSearch(search);
    expect(o.lock).toBeNull();
    expect(o.state.filters.region).toBeNull();
    expect([...o.parts]).toEqual([...DEFAULT_PARTS]);
  });

  it('drops unknown parts and sectors', () => {
    const o = embedOptionsFromSearch('?show=legend,<b>,card&sectors=tourisme,plastique');
    expect([...o.parts]).toEqual(['legend', 'card']);
    expect(o.state.filters.sectors).toEqual(['tourisme']);
  });

  it('shows only the map with an empty show list', () => {
    expect(embedOptionsFromSearch('?show=').parts.size).toBe(0);
  });
});

describe('embedAttributes', () => {
  it.each([
    [
      '?region=75&sectors=energie',
      [
        ['region', '75'],
        ['sectors', 'energie'],
      ],
    ],
    [
      '?academie=lyon&show=legend&lang=en',
      [
        ['academie', 'lyon'],
        ['show', 'legend'],
        ['lang', 'en'],
      ],
    ],
    ['', []],
  ])('round-trips %s', (search, expected) => {
    const attributes = embedAttributes(embedOptionsFromSearch(search));
    expect(attributes).toEqual(expected);
    const again = parseEmbedOptions((n) => new Map(attributes).get(n) ?? null);
    expect(embedAttributes(again)).toEqual(expected);
  });
});

describe('snippets', () => {
  const options = embedOptionsFromSearch('?region=84&sectors=tourisme');
  it('builds an iframe with the auto-resize listener', () => {
    const s = iframeSnippet(options, 'https://example.org/carte/');
    expect(s).toContain('src="https://example.org/carte/embed.html?region=84&amp;sectors=tourisme"');
    expect(s).toContain("e.data.type !== 'campus-map:height'");
    expect(s).toContain('allowfullscreen');
  });
  it('builds the custom element', () => {
    expect(elementSnippet(options, 'https://example.org/carte/')).toBe(
      '<script type="module" src="https://example.org/carte/campus-map.js"></script>\n' +
        '<campus-map region="84" sectors="tourisme" style="display:block;height:560px"></campus-map>',
    );
  });
});
