import { describe, expect, it } from 'vitest';
import { CAMPUS, makeCampus } from '../testing/fixtures.ts';
import { countByAcademie, countByArea, countByRegion, countBySector, groupBySector } from './counts.ts';

describe('countBySector', () => {
  it('counts every group, with 0 for the empty ones, in the livret order', () => {
    const counts = countBySector(CAMPUS);
    expect(counts.size).toBe(11);
    expect([...counts.keys()][0]).toBe('agroalimentaire');
    expect(counts.get('energie')).toBe(1);
    expect(counts.get('batiment')).toBe(1);
    expect(counts.get('numerique')).toBe(0);
  });

  it('counts nothing for no Campus', () => {
    expect([...countBySector([]).values()].every((n) => n === 0)).toBe(true);
  });
});

describe('countByRegion', () => {
  it.each([
    ['28', 2],
    ['76', 1],
    ['04', 1],
    ['11', 0],
  ])('région %s has %d Campus', (code, n) => {
    expect(countByRegion(CAMPUS).get(code)).toBe(n);
  });

  it('has the 18 régions and ignores an unknown code', () => {
    const counts = countByRegion([...CAMPUS, makeCampus('x', { region: '99' })]);
    expect(counts.size).toBe(18);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe('countByAcademie', () => {
  it.each([
    ['normandie', 2],
    ['montpellier', 1],
    ['la-reunion', 1],
    ['caen', undefined],
  ])('académie %s has %s Campus', (id, n) => {
    expect(countByAcademie(CAMPUS).get(id)).toBe(n);
  });

  it('has the 30 académies of the 2020 map', () => {
    expect(countByAcademie([]).size).toBe(30);
  });
});

describe('countByArea', () => {
  it.each([
    ['region', 18],
    ['academie', 30],
  ] as const)('level %s has %d areas', (level, size) => {
    expect(countByArea(CAMPUS, level).size).toBe(size);
  });
});

describe('groupBySector', () => {
  it('groups in the livret’s group order, keeping each group’s order, without empty groups', () => {
    const campus = [
      makeCampus('b', { sector: 'tourisme' }),
      makeCampus('a', { sector: 'energie' }),
      makeCampus('c', { sector: 'tourisme' }),
    ];
    const groups = groupBySector(campus).map((g) => [g.sector, g.campus.map((f) => f.id)]);
    expect(groups).toEqual([
      ['tourisme', ['b', 'c']],
      ['energie', ['a']],
    ]);
  });
});
