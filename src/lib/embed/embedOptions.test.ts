import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARTS,
  embedAttributes,
  embedOptionsFromChoices,
  embedOptionsFromSearch,
  fullAppUrl,
  lockFromKey,
  lockKey,
  parseEmbedOptions,
  embedQuery,
  listUrlProblem,
} from './embedOptions.ts';

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

  it('reads a sectors attribute with spaces, tabs and line breaks around the ids', () => {
    const attributes = new Map([['sectors', ' mobilite ,\n\tenergie , ']]);
    const o = parseEmbedOptions((name) => attributes.get(name) ?? null);
    expect(o.state.filters.sectors).toEqual(['mobilite', 'energie']);
    expect(embedAttributes(o)).toContainEqual(['sectors', 'mobilite,energie']);
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

describe('fullAppUrl', () => {
  it('opens index.html beside the embed, with the lock as a filter and the same view', () => {
    const o = embedOptionsFromSearch('?region=84&sectors=materiaux&view=7/45.5/4.5&show=list');
    expect(fullAppUrl(o.state, 'https://example.org/carte/')).toBe(
      'https://example.org/carte/index.html?sectors=materiaux&region=84&map=7/45.5/4.5',
    );
  });
  it('opens the plain app for the default options', () => {
    expect(fullAppUrl(embedOptionsFromSearch('').state, 'http://127.0.0.1:4173/')).toBe(
      'http://127.0.0.1:4173/index.html',
    );
  });
});

describe('embedOptionsFromChoices', () => {
  it('gives the options a snippet with those attributes would give', () => {
    const o = embedOptionsFromChoices({
      lock: { level: 'academie', code: 'grenoble' },
      sectors: ['tourisme', 'mobilite'],
      parts: ['list', 'legend'],
      lang: 'en',
      basemap: true,
    });
    expect(embedAttributes(o)).toEqual([
      ['academie', 'grenoble'],
      ['sectors', 'mobilite,tourisme'],
      ['show', 'legend,list'],
      ['lang', 'en'],
      ['basemap', 'on'],
    ]);
  });
  it('leaves the defaults out', () => {
    const o = embedOptionsFromChoices({
      lock: null,
      sectors: [],
      parts: DEFAULT_PARTS,
      lang: 'fr',
      basemap: false,
    });
    expect(embedAttributes(o)).toEqual([]);
  });
});

describe('lockKey / lockFromKey', () => {
  it.each([
    ['region:84', { level: 'region', code: '84' }],
    ['academie:lyon', { level: 'academie', code: 'lyon' }],
    ['', null],
    ['region:99', null],
    ['academie:', null],
    ['nonsense', null],
  ])('%s', (key, lock) => {
    expect(lockFromKey(key)).toEqual(lock);
    if (lock) expect(lockKey(lockFromKey(key))).toBe(key);
  });
});

describe('a hosted list (data=)', () => {
  it('is read as written, kept in the attributes, and absent by default', () => {
    expect(embedOptionsFromSearch('').list).toBeNull();
    expect(embedOptionsFromSearch('?data=').list).toBeNull();
    const options = embedOptionsFromSearch('?region=32&data=https%3A%2F%2Fwww.region.fr%2Fcampus.csv');
    expect(options.list).toBe('https://www.region.fr/campus.csv');
    expect(embedAttributes(options)).toContainEqual(['data', 'https://www.region.fr/campus.csv']);
    expect(embedQuery(options)).toBe('?region=32&data=https%3A//www.region.fr/campus.csv');
    expect(embedOptionsFromSearch(embedQuery(options)).list).toBe('https://www.region.fr/campus.csv');
  });

  it('comes from the dialog’s choices, trimmed', () => {
    const options = embedOptionsFromChoices({
      lock: null,
      sectors: [],
      parts: ['legend'],
      lang: 'fr',
      basemap: false,
      list: '  /listes/campus.geojson ',
    });
    expect(options.list).toBe('/listes/campus.geojson');
  });

  it.each([
    ['https://www.region.fr/campus.csv', undefined],
    ['/listes/campus.geojson', undefined],
    ['campus.csv', undefined],
    ['javascript:alert(1)', /not an http\(s\) address/],
    ['data:text/csv,nom', /not an http\(s\) address/],
    ['https://user:pw@region.fr/c.csv', /user name or password/],
    ['http://[::1', /is not an address/],
  ])('%j is checked before it is fetched', (list, problem) => {
    const found = listUrlProblem(list, 'https://carte.example/embed.html');
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('an address the dialog cannot use', () => {
  it('stays out of the options, hence out of the preview and the snippets', () => {
    const choices = {
      lock: null,
      sectors: [],
      parts: ['legend' as const],
      lang: 'fr' as const,
      basemap: false,
    };
    expect(embedOptionsFromChoices({ ...choices, list: 'javascript:alert(1)' }).list).toBeNull();
    expect(embedOptionsFromChoices({ ...choices, list: 'https://www.region.fr/c.csv' }).list).toBe(
      'https://www.region.fr/c.csv',
    );
  });
});
