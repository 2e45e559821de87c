import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { SINCE_KINDS, type SinceFact } from '../model/types.ts';
import { sinceDate, sinceLines } from './cardSince.ts';

describe('sinceDate', () => {
  it.each([
    ['2021-07-27', 'fr', '27 juillet 2021'],
    ['2021-12', 'fr', 'décembre 2021'],
    ['2020', 'fr', '2020'],
    ['2021-07-27', 'en', '27 July 2021'],
    ['2021-12', 'en', 'December 2021'],
  ] as const)('%s in %s is « %s »', (date, lang, expected) => expect(sinceDate(date, lang)).toBe(expected));
});

describe('sinceLines', () => {
  const facts: SinceFact[] = [
    { kind: 'merger_planned', date: '2021-12-06', text: 'Campus B', url: 'https://www.lmb.example/visite' },
    { kind: 'label_renewed', date: '2021-07-27', text: '', url: 'https://culture.example/a' },
    { kind: 'based_at', date: '2021', text: 'Bellignat', url: 'https://eco.example/p' },
    { kind: 'excellence', date: '2020', text: 'Nom E', url: 'javascript:alert(1)' },
  ];

  it('orders the facts by date, marks the state kinds, names the host, drops an unsafe address', () => {
    const lines = sinceLines(facts, 'fr');
    expect(lines.map((l) => [l.key, l.text, l.date, l.state, l.host])).toEqual([
      ['since.based_at', 'Bellignat', '2021', true, 'eco.example'],
      ['since.label_renewed', '', '27 juillet 2021', false, 'culture.example'],
      ['since.merger_planned', 'Campus B', '6 décembre 2021', false, 'lmb.example'],
    ]);
  });

  it('says a page’s date « du 22 juillet 2021 » for a day, « de 2021 » for a year', () => {
    const at = (date: string) =>
      sinceLines([{ kind: 'based_at', date, text: 'X', url: 'https://a.example/' }], 'fr')[0]!.stateKey;
    expect([at('2021-07-22'), at('2021-07'), at('2021')]).toEqual([
      'card.sinceStateDay',
      'card.sinceState',
      'card.sinceState',
    ]);
  });

  it('says « excellence » with its name only when the page gives one', () => {
    const url = 'https://a.example/';
    expect(sinceLines([{ kind: 'excellence', date: '2020', text: '', url }], 'fr')[0]!.key).toBe(
      'since.excellence',
    );
    expect(sinceLines([{ kind: 'excellence', date: '2020', text: 'X', url }], 'fr')[0]!.key).toBe(
      'since.excellenceAs',
    );
    expect(sinceLines(undefined, 'fr')).toEqual([]);
  });

  it('has words for every kind in French and in English', () => {
    for (const kind of SINCE_KINDS) {
      expect(fr[`since.${kind}` as keyof typeof fr]).toBeTruthy();
      expect(en[`since.${kind}` as keyof typeof en]).toBeTruthy();
    }
  });
});
