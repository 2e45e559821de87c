import { describe, expect, it } from 'vitest';
import { clampStep, practiceTarget, practiceTour, regionTour } from './tour.ts';
import { makeCampus, makePractice } from '../testing/fixtures.ts';

describe('practiceTarget', () => {
  it.each([
    ['a Campus practice', makePractice('p', { campus: ['a', 'b'] }), { type: 'campus', ids: ['a', 'b'] }],
    [
      'an académie practice',
      makePractice('p', { level: 'academie', academie: 'grenoble', region: '84' }),
      { type: 'academie', id: 'grenoble' },
    ],
    [
      'a région practice',
      makePractice('p', { level: 'region', region: '32|27|24' }),
      { type: 'region', codes: ['32', '27', '24'] },
    ],
    ['a national practice', makePractice('p', { level: 'national' }), { type: 'national' }],
  ])('%s', (_label, practice, expected) => expect(practiceTarget(practice)).toEqual(expected));
});

describe('practiceTour', () => {
  it('has one step per practice, chapters in the livret order with the annexe last', () => {
    const practices = [
      makePractice('p40', { chapter: 'annexe' }),
      makePractice('p12', { chapter: '3' }),
      makePractice('p02', { chapter: '1' }),
      makePractice('p01', { chapter: '1' }),
    ];
    const steps = practiceTour(practices);
    expect(steps).toHaveLength(practices.length);
    expect(steps.map((s) => (s.kind === 'practices' ? s.practice.id : ''))).toEqual([
      'p01',
      'p02',
      'p12',
      'p40',
    ]);
  });
});

describe('regionTour', () => {
  it('visits each région that has Campus, mainland before overseas', () => {
    const steps = regionTour([
      makeCampus('r', { region: '04' }),
      makeCampus('a', { region: '84' }),
      makeCampus('b', { region: '84' }),
      makeCampus('c', { region: '11' }),
    ]);
    expect(steps.map((s) => (s.kind === 'regions' ? [s.region, s.campus.length] : []))).toEqual([
      ['11', 1],
      ['84', 2],
      ['04', 1],
    ]);
  });
});

describe('clampStep', () => {
  it.each([
    [0, 5, 0],
    [4, 5, 4],
    [9, 5, 4],
    [-3, 5, 0],
    [2.7, 5, 2],
    [Number.NaN, 5, 0],
    [3, 0, 0],
  ])('clampStep(%d, %d) = %d', (index, length, expected) => expect(clampStep(index, length)).toBe(expected));
});
