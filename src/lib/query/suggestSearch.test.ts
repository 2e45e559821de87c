import { describe, expect, it } from 'vitest';
import { makeCampus } from '../testing/fixtures.ts';
import { allowedEdits, osaDistance, queryDistance, suggestSearches, termDistance } from './suggestSearch.ts';

// A few Campus of the livret, as the dataset writes them.
const CAMPUS = [
  makeCampus('egletons', {
    name: "Campus d'Égletons",
    aliases: ['Campus des métiers et des qualifications Génie civil et infrastructures intelligentes (GC2I)'],
    town: 'Égletons',
    partners: ['ERDF (Enedis)', 'Association limousine des challenges'],
  }),
  makeCampus('foret-bois', {
    name: 'Campus forêt-bois Nouvelle-Aquitaine',
    town: 'Saint-Paul-lès-Dax',
    lead: 'Lycée Haroun Tazieff',
    partners: ['Pôle de compétitivité Xylofutur', 'Université de Bordeaux'],
  }),
  makeCampus('mer-normandie', {
    name: 'Campus Normandie des métiers de la mer',
    town: 'Cherbourg-en-Cotentin',
  }),
  makeCampus('energies-normandie', {
    name: 'Campus industrie des énergies Normandie',
    town: 'Cherbourg-en-Cotentin',
  }),
  makeCampus('felletin', { name: 'Campus de Felletin', town: 'Felletin' }),
  makeCampus('saint-etienne', { name: 'Campus du design', town: 'Saint-Étienne' }),
];

describe('osaDistance', () => {
  it.each([
    ['egletons', 'egletons', false, 0],
    ['eglteons', 'egletons', false, 1], // two letters swapped: one edit
    ['egletns', 'egletons', false, 1],
    ['egletoons', 'egletons', false, 1],
    ['egketons', 'egletons', false, 1],
    ['lgeetons', 'egletons', false, 2],
    ['', 'abc', false, 3],
    ['abc', '', false, 3],
    ['eglt', 'egletons', true, 1], // against the closest beginning of the word
    ['egle', 'egletons', true, 0],
    ['egletons', 'egle', true, 4],
  ])('%j → %j (prefix %j): %i', (a, b, prefix, expected) => {
    expect(osaDistance(a, b, prefix)).toBe(expected);
  });
});

describe('allowedEdits', () => {
  it.each([
    [2, 0],
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [12, 3],
  ])('a word of %i letters may carry %i edits', (length, edits) => {
    expect(allowedEdits(length)).toBe(edits);
  });
});

describe('termDistance', () => {
  it.each([
    ['eglteons', 'egletons', 1],
    ['egltons', 'egletons', 1],
    ['eglet', 'egletons', 0], // five letters or more: against the word's start
    ['eglte', 'egletons', 1],
    ['egtel', 'egletons', 2 > allowedEdits(5) ? Infinity : 2],
    ['lyom', 'lyon', 1], // four letters: against the whole word only
    ['chat', 'charleville', Infinity],
    ['mer', 'mes', Infinity], // three letters: spelt right or nothing
    ['eglteonsxyz', 'egletons', Infinity],
  ])('%j → %j: %s', (term, word, expected) => {
    expect(termDistance(term, word)).toBe(expected);
  });
});

describe('queryDistance', () => {
  it('sums the edits of each word to its closest word', () => {
    expect(queryDistance(['eglteons'], ['campus', 'd', 'egletons'])).toBe(1);
    expect(queryDistance(['campus', 'eglteons'], ['campus', 'd', 'egletons'])).toBe(1);
    expect(queryDistance(['campis', 'eglteons'], ['campus', 'd', 'egletons'])).toBe(2);
  });
  it('is infinite when one word is too far, and compares the whole without spaces', () => {
    expect(queryDistance(['eglteons', 'qwzx'], ['campus', 'd', 'egletons'])).toBe(Infinity);
    expect(queryDistance(['saintetienne'], ['saint', 'etienne'])).toBe(0);
  });
});

describe('suggestSearches', () => {
  it.each([
    ['a swap in a town and Campus name', 'eglteons', ['Égletons']],
    ['accents and case ignored', 'ÉGLTÈONS', ['Égletons']],
    ['accents and case ignored, spelt right', 'ÉGLÉTONS', ['Égletons']],
    ['a partner typo', 'enedys', ['ERDF (Enedis)']],
    ['a lead typo', 'haroun tazief', ['Lycée Haroun Tazieff']],
    ['a town typo', 'cherbourgg', ['Cherbourg-en-Cotentin']],
    ['a town typed without its hyphen and accent', 'saintetiene', ['Saint-Étienne']],
    ['a Campus name typo', 'felettin', ['Felletin']],
    [
      'a typo in a word of two Campus names',
      'normandei',
      ['Campus industrie des énergies Normandie', 'Campus Normandie des métiers de la mer'],
    ],
    ['nonsense', 'xqzwvk', []],
    ['nonsense, long', 'azertyuiopqsdf', []],
    ['a short word off by one', 'mwr', []],
    ['a blank query', '   ', []],
  ])('%s: %j → %j', (_case, query, labels) => {
    // A fresh array each time: the vocabulary is kept per array, and each case should build its own
    // (so that mutation testing's per-test coverage sees every case go through the building).
    expect(suggestSearches(query, [...CAMPUS]).map((s) => s.label)).toEqual(labels);
  });

  it('ranks by distance, then Campus name before town before partner, three at most', () => {
    const campus = [
      makeCampus('a', { name: 'Campus Marine', town: 'Paris' }),
      makeCampus('b', { name: 'Campus b', town: 'Marins' }),
      makeCampus('c', { name: 'Campus c', town: 'Lyon', partners: ['Marina'] }),
      makeCampus('d', { name: 'Campus Mariner', town: 'Brest' }),
      makeCampus('e', { name: 'Campus e', town: 'Marinas' }),
    ];
    expect(suggestSearches('marinr', campus, { max: 5 }).map((s) => [s.label, s.kind, s.distance])).toEqual([
      ['Campus Marine', 'campus', 1],
      ['Campus Mariner', 'campus', 1],
      ['Marinas', 'town', 1],
      ['Marins', 'town', 1],
      ['Marina', 'partner', 1],
    ]);
    expect(suggestSearches('marinr', campus).map((s) => s.label)).toEqual([
      'Campus Marine',
      'Campus Mariner',
      'Marinas',
    ]);
    expect(suggestSearches('marine', campus)[0]).toMatchObject({ label: 'Campus Marine', distance: 0 });
  });

  it('suggests a later name of a Campus, as its other names', () => {
    const campus = [
      makeCampus('fecamp', {
        name: 'Campus des énergies et de l’efficacité énergétique',
        since: [
          {
            kind: 'merger_planned',
            date: '2020',
            text: 'CEINE',
            url: 'https://regions-france.org/',
          },
        ],
      }),
    ];
    expect(suggestSearches('cenie', campus).map((s) => [s.label, s.kind])).toEqual([['CEINE', 'campus']]);
  });

  it('offers only what the Campus given (those the other filters let through) carry', () => {
    expect(suggestSearches('eglteons', CAMPUS, { within: new Set(['felletin']) })).toEqual([]);
    // Égletons and Felletin: one suggestion each, whatever the other filters left.
    const both = new Set(['egletons', 'felletin']);
    expect(suggestSearches('eglteons', CAMPUS, { within: both }).map((s) => s.label)).toEqual(['Égletons']);
    expect(suggestSearches('felettin', CAMPUS, { within: both }).map((s) => s.label)).toEqual(['Felletin']);
  });
});

describe('suggestSearches, what mutation testing found untested', () => {
  it('swaps cost one edit against the whole name written without spaces too', () => {
    // Each word too far on its own; the query against the words end to end is what finds them.
    expect(queryDistance(['saint', 'etiene'], ['saintetienne'])).toBe(1);
    // As many edits as allowed (two for ten letters), all of them insertions: still close enough.
    expect(queryDistance(['saintetien'], ['saint', 'etienne'])).toBe(2);
    // Against the whole of it, not its closest beginning: one letter left over is one edit.
    expect(queryDistance(['saintetienne'], ['saint', 'etiennes'])).toBe(1);
  });

  it('lets a town shared by several Campus lead to each of them', () => {
    // Cherbourg is the town of two Campus: either one, alone in the filters, has it suggested.
    for (const id of ['mer-normandie', 'energies-normandie'])
      expect(
        suggestSearches('cherbourgg', [...CAMPUS], { within: new Set([id]) }).map((s) => s.label),
        id,
      ).toEqual(['Cherbourg-en-Cotentin']);
  });

  it('counts a Campus once when two of its names read the same', () => {
    const campus = [
      makeCampus('e', { name: "Campus d'Égletons", aliases: ["CAMPUS D'EGLETONS"], town: 'Égletons' }),
    ];
    expect(suggestSearches('eglteons', campus).map((s) => s.label)).toEqual(['Égletons']);
  });

  it('keeps apart a name of one Campus and a town of two', () => {
    const campus = [
      makeCampus('a', { name: 'Campus Marin', town: 'Marins' }),
      makeCampus('b', { name: 'Campus b', town: 'Marins' }),
    ];
    expect(suggestSearches('marinz', campus).map((s) => s.label)).toEqual(['Campus Marin', 'Marins']);
  });

  it('words a Campus by its shortest name only among those as close, then ranks by what the words are', () => {
    const campus = [makeCampus('a', { name: 'Campus Marine', town: 'Marin' })];
    expect(suggestSearches('marine', campus).map((s) => s.label)).toEqual(['Campus Marine']);
    const two = [
      makeCampus('a', { name: 'Campus Marin', town: 'Marin' }),
      makeCampus('b', { name: 'Campus Marin Atlantique', town: 'Brest' }),
    ];
    // A's group is worded by its town (shorter, as close): a town comes after B's Campus name.
    expect(suggestSearches('marin', two).map((s) => [s.label, s.kind])).toEqual([
      ['Campus Marin Atlantique', 'campus'],
      ['Marin', 'town'],
    ]);
  });
});
