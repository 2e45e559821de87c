import { describe, expect, it } from 'vitest';
import { formatFactSources, parseFactSources, safeHttpsUrl } from './factSources.ts';

describe('safeHttpsUrl', () => {
  it.each([
    'https://www.ac-caen.fr/campus',
    'https://fr.wikipedia.org/wiki/Égletons',
    'https://example.org/a?b=c&d=e#f',
  ])('accepts %s', (url) => expect(safeHttpsUrl(url)).toBe(url));

  it.each([
    'http://www.ac-caen.fr/',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://',
    'https://user:pw@example.org/',
    'https://example.org/"onmouseover="x',
    'https://exa mple.org/',
    '//example.org/',
    'ftp://example.org/',
    '',
  ])('refuses %s', (url) => expect(safeHttpsUrl(url)).toBeUndefined());
});

describe('parseFactSources', () => {
  it('reads fact=url entries and the livret marker', () => {
    const { sources, problems } = parseFactSources([
      'town=https://www.ac-caen.fr/a',
      'lead = https://www.ac-caen.fr/b',
      'sector=livret',
    ]);
    expect(problems).toEqual([]);
    expect(sources).toEqual([
      { fact: 'town', url: 'https://www.ac-caen.fr/a' },
      { fact: 'lead', url: 'https://www.ac-caen.fr/b' },
      { fact: 'sector', url: 'livret' },
    ]);
    expect(formatFactSources(sources)).toBe(
      'town=https://www.ac-caen.fr/a|lead=https://www.ac-caen.fr/b|sector=livret',
    );
  });

  it('names the entry and what was expected for each problem', () => {
    const { sources, problems } = parseFactSources([
      'https://www.ac-caen.fr/a',
      'colour=https://x.org/',
      'town=http://x.org/',
      'lead=javascript:alert(1)',
      'town=https://x.org/',
      'town=https://x.org/',
    ]);
    expect(sources).toEqual([{ fact: 'town', url: 'https://x.org/' }]);
    expect(problems.map((p) => p.entry)).toEqual([
      'https://www.ac-caen.fr/a',
      'colour=https://x.org/',
      'town=http://x.org/',
      'lead=javascript:alert(1)',
      'town=https://x.org/',
    ]);
    expect(problems[0]!.message).toContain('expected fact=https://…');
    expect(problems[2]!.message).toContain('not a plain https: address');
    expect(problems[4]!.message).toContain('given twice');
  });
});
