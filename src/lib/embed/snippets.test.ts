import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { addLanguage, translator } from '../i18n/translate.ts';
import { embedOptionsFromSearch } from './embedOptions.ts';
import { elementSnippet, iframeSnippet } from './snippets.ts';

const TITLE = 'Carte des Campus des métiers et des qualifications';

describe('snippets', () => {
  const options = embedOptionsFromSearch('?region=84&sectors=tourisme');

  it('names the frame with the title given, escaped', () => {
    expect(iframeSnippet(options, 'https://e.org/', TITLE)).toContain(
      'title="Carte des Campus des métiers et des qualifications"',
    );
    expect(iframeSnippet(options, 'https://e.org/', 'Map of the "Campus" <b>')).toContain(
      'title="Map of the &quot;Campus&quot; &lt;b&gt;"',
    );
  });

  it('takes its title in the embed’s language from the dictionaries', () => {
    addLanguage('en', en);
    const english = embedOptionsFromSearch('?region=84&lang=en');
    const title = translator(english.state.lang)('embed.frameTitle');
    expect(iframeSnippet(english, 'https://e.org/', title)).toContain(
      'title="Map of the Campus des métiers et des qualifications"',
    );
  });

  it('builds an iframe with the auto-resize listener', () => {
    const s = iframeSnippet(options, 'https://example.org/carte/', TITLE);
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
    expect(iframeSnippet(embedOptionsFromSearch(''), 'https://e.org/', TITLE)).toContain(
      'src="https://e.org/embed.html" ',
    );
  });
});

describe('embed.html query', () => {
  it('keeps commas readable and encodes the rest', () => {
    const s = iframeSnippet(
      embedOptionsFromSearch('?region=53&sectors=mobilite&show=legend,list'),
      'https://e.org/',
      TITLE,
    );
    expect(s).toContain('embed.html?region=53&amp;sectors=mobilite&amp;show=legend,list"');
  });
});
