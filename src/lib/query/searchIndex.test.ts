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
    makeCampus('oyonnax', { name: 'PlastiCampus d’Oyonnax', lead: 'Lycée Arbez-Carme' }),
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
});
