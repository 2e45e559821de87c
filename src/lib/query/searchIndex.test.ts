import { describe, expect, it } from 'vitest';
import { makeCampus, makePractice } from '../testing/fixtures.ts';
import { buildSearchIndex, searchIds } from './searchIndex.ts';

describe('buildSearchIndex', () => {
  const campus = [
    makeCampus('poitiers', {
      name: 'Campus aéronautique Nouvelle-Aquitaine',
      aliases: ['Campus aéronautique Poitou-Charentes'],
      town: 'Rochefort',
      practices: ['p1'],
    }),
    makeCampus('oyonnax', {
      name: 'PlastiCampus d’Oyonnax',
      lead: 'Lycée Arbez-Carme',
      since: [
        { kind: 'based_at', date: '2021', text: 'Bellignat', url: 'https://a.example/' },
        { kind: 'renamed', date: '2022', text: 'Campus Plasturgie Ain', url: 'https://a.example/' },
      ],
    }),
  ];
  const index = buildSearchIndex(campus, [makePractice('p1', { title: 'Un concours de maquettes' })]);

  it('finds a Campus by any of its names, its town, its lead or its practices’ titles', () => {
    expect(searchIds(index.campus, 'poitou charentes')).toEqual(['poitiers']);
    expect(searchIds(index.campus, 'rochefort')).toEqual(['poitiers']);
    expect(searchIds(index.campus, 'arbez')).toEqual(['oyonnax']);
    expect(searchIds(index.campus, 'maquettes')).toEqual(['poitiers']);
    expect(searchIds(index.campus, 'campus')).toEqual(['poitiers', 'oyonnax']);
    expect(searchIds(index.campus, 'bretagne')).toEqual([]);
  });

  it('finds a Campus by a later name since the livret, and by a town a page places it in', () => {
    expect(searchIds(index.campus, 'plasturgie ain')).toEqual(['oyonnax']);
    expect(searchIds(index.campus, 'bellignat')).toEqual(['oyonnax']);
  });
});
