import { describe, expect, it } from 'vitest';
import {
  bindSincePages,
  formatSinceFacts,
  laterNames,
  laterPlaces,
  parseSinceFacts,
  sinceDateProblem,
  type WrittenSinceFact,
} from './sinceFacts.ts';

const TODAY = new Date(Date.UTC(2026, 11, 7));

describe('sinceDateProblem', () => {
  it.each(['2020', '2020-09', '2020-09-01', '2024-02-29', '2026-12-07'])('accepts %s', (date) =>
    expect(sinceDateProblem(date, TODAY)).toBeUndefined(),
  );

  it.each([
    ['', 'is not a date'],
    ['vers 2022', 'is not a date'],
    ['2020/09', 'is not a date'],
    ['20', 'is not a date'],
    ['2020-9', 'is not a date'],
    ['2020-13', 'is not a calendar date'],
    ['2023-02-29', 'is not a calendar date'],
    ['2021-04-31', 'is not a calendar date'],
    ['1999', 'is before 2000'],
    ['2026-12-08', 'is in the future'],
    ['2027', 'is in the future'],
  ])('refuses « %s » (%s)', (date, problem) => expect(sinceDateProblem(date, TODAY)).toContain(problem));
});

describe('parseSinceFacts', () => {
  it('reads kind:date:text, keeping colons inside the text and allowing an empty text', () => {
    const { facts, problems } = parseSinceFacts(
      ['excellence:2020:', ' renamed : 2021-03 : Campus : nouveau nom ', 'label_ended:2024:'],
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(facts).toEqual([
      { kind: 'excellence', date: '2020', text: '' },
      { kind: 'renamed', date: '2021-03', text: 'Campus : nouveau nom' },
      { kind: 'label_ended', date: '2024', text: '' },
    ]);
    expect(formatSinceFacts(facts)).toBe(
      'excellence:2020:|renamed:2021-03:Campus : nouveau nom|label_ended:2024:',
    );
  });

  it.each([
    ['merged:2020:CEINE', 'unknown kind « merged » — expected one of merged_into'],
    ['excellence 2020', 'is not kind:date:text'],
    ['excellence:2020', 'is not kind:date:text'],
    ['merged_into:2020-02-30:CEINE', 'is not a calendar date'],
    ['merged_into:2020:', 'merged_into needs its text'],
    ['based_at:2021: ', 'based_at needs its text'],
  ])('refuses « %s »', (entry, problem) => {
    const { facts, problems } = parseSinceFacts([entry], TODAY);
    expect(facts).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });
});

describe('bindSincePages', () => {
  const facts: WrittenSinceFact[] = [
    { kind: 'label_renewed', date: '2021-07-27', text: '' },
    { kind: 'merged_into', date: '2023', text: 'Campus régional du patrimoine bâti' },
  ];

  it('gives each fact the since= page of its rank, other facts aside', () => {
    const { facts: bound, problems } = bindSincePages(facts, [
      { fact: 'since', url: 'https://a.example/1' },
      { fact: 'lead', url: 'https://b.example/' },
      { fact: 'since', url: 'https://a.example/2' },
    ]);
    expect(problems).toEqual([]);
    expect(bound.map((f) => f.url)).toEqual(['https://a.example/1', 'https://a.example/2']);
  });

  it('names the facts left without a page', () => {
    const { facts: bound, problems } = bindSincePages(facts, [{ fact: 'since', url: 'https://a.example/1' }]);
    expect(bound).toEqual([]);
    expect(problems).toEqual([
      '« merged_into:2023:Campus régional du patrimoine bâti » has no source — add one since=https://… in sources per fact of since, in the same order',
    ]);
  });

  it('refuses a page with no fact, and a fact read in the livret', () => {
    expect(bindSincePages([], [{ fact: 'since', url: 'https://a.example/1' }]).problems[0]).toContain(
      '1 since= page(s) for 0 fact(s)',
    );
    expect(bindSincePages(facts.slice(0, 1), [{ fact: 'since', url: 'livret' }]).problems[0]).toContain(
      'since=livret: a fact after the livret cannot come from it',
    );
  });
});

describe('laterNames', () => {
  it('lists the later names, not the towns nor the empty texts', () => {
    expect(
      laterNames([
        { kind: 'merger_planned', date: '2020', text: 'CEINE' },
        { kind: 'based_at', date: '2021', text: 'Bellignat' },
        { kind: 'excellence', date: '2020', text: '' },
        { kind: 'renamed', date: '2022', text: 'Nouveau nom' },
      ]),
    ).toEqual(['CEINE', 'Nouveau nom']);
    expect(laterNames(undefined)).toEqual([]);
    expect(
      laterPlaces([
        { kind: 'merger_planned', date: '2020', text: 'CEINE' },
        { kind: 'based_at', date: '2021', text: 'Bellignat' },
        { kind: 'label_renewed', date: '2021', text: '' },
      ]),
    ).toEqual(['Bellignat']);
  });
});
