import { describe, expect, it } from 'vitest';
import { embedOptionsFromSearch } from './embedOptions.ts';
import { elementSnippet, iframeSnippet } from './snippets.ts';

describe('snippets', () => {
  const options = embedOptionsFromSearch('?region=84&sectors=tourisme');

  it('builds an iframe with the auto-resize listener', () => {
    const s = iframeSnippet(options, 'https://example.org/carte/');
    expect(s).toContain('src="https://example.org/carte/embed.html?region=84&amp;sectors=tourisme"');
    expect(s).toContain("e.data.type !== 'campus-map:height'");
    expect(s).toContain('allow="fullscreen"');
  });

  it('builds the custom element, with its script beside the app', () => {
    expect(elementSnippet(options, 'https://example.org/carte/')).toBe(
      '<script type="module" src="https://example.org/carte/campus-map.js"></script>\n' +
        '<campus-map region="84" sectors="tourisme"></campus-map>',
    );
  });

  it('escapes what it writes into attributes', () => {
    const s = elementSnippet(embedOptionsFromSearch(''), 'https://example.org/"><script>/');
    expect(s).toContain('src="https://example.org/&quot;&gt;&lt;script&gt;/campus-map.js"');
    expect(s).not.toContain('"><script>/');
  });

  it('has an embed.html without query for the default options', () => {
    expect(iframeSnippet(embedOptionsFromSearch(''), 'https://e.org/')).toContain(
      'src="https://e.org/embed.html" ',
    );
  });
});

describe('embed.html query', () => {
  it('keeps commas readable and encodes the rest', () => {
    const s = iframeSnippet(
      embedOptionsFromSearch('?region=53&sectors=mobilite&show=legend,list'),
      'https://e.org/',
    );
    expect(s).toContain('embed.html?region=53&amp;sectors=mobilite&amp;show=legend,list"');
  });
});
