import { describe, expect, it } from 'vitest';
import {
  clampStep,
  practiceTarget,
  practiceTour,
  regionTour,
  tourFocus,
  tourLengths,
  tourSpotlight,
  type TourStep,
} from './tour.ts';
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
    [
      'a région practice that names an académie too',
      makePractice('p', { level: 'region', region: '84', academie: 'grenoble' }),
      { type: 'region', codes: ['84'] },
    ],
    [
      'a practice with an académie and no région',
      makePractice('p', { level: 'region', academie: 'grenoble' }),
      { type: 'academie', id: 'grenoble' },
    ],
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

  it('names each step’s Campus and frames its région', () => {
    const [step] = regionTour([makeCampus('a', { region: '84' }), makeCampus('b', { region: '84' })]);
    expect(step).toEqual({
      kind: 'regions',
      region: '84',
      campus: ['a', 'b'],
      target: { type: 'region', codes: ['84'] },
    });
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

describe('tourFocus and tourSpotlight', () => {
  const step = (practice: ReturnType<typeof makePractice>): TourStep => practiceTour([practice])[0]!;

  it.each<[string, TourStep, object, object]>([
    [
      'a Campus practice: fit its Campus, light them up',
      step(makePractice('p1', { campus: ['a', 'b'], academie: 'lyon', region: '84' })),
      { kind: 'practice', id: 'p1' },
      { campus: ['a', 'b'], regions: [], academies: [] },
    ],
    [
      'an académie practice: its académie on the 2020 map',
      step(makePractice('p2', { level: 'academie', academie: 'caen', region: '28' })),
      { kind: 'practice', id: 'p2' },
      { campus: [], regions: [], academies: ['normandie'] },
    ],
    [
      'a région practice: its régions',
      step(makePractice('p3', { level: 'region', region: '32|27' })),
      { kind: 'practice', id: 'p3' },
      { campus: [], regions: ['32', '27'], academies: [] },
    ],
    [
      'a national practice: all of France',
      step(makePractice('p4', { level: 'national' })),
      { kind: 'france' },
      { campus: [], regions: [], academies: [] },
    ],
    [
      'a région step: its shape and its Campus',
      regionTour([makeCampus('x', { region: '53' })])[0]!,
      { kind: 'area', level: 'region', code: '53' },
      { campus: ['x'], regions: ['53'], academies: [] },
    ],
  ])('%s', (_label, input, focus, spotlight) => {
    expect(tourFocus(input)).toEqual(focus);
    expect(tourSpotlight(input)).toEqual(spotlight);
  });
});

describe('tourLengths', () => {
  it('counts the steps of both tours', () => {
    const campus = [makeCampus('a', { region: '53' }), makeCampus('b', { region: '53' })];
    const practices = [makePractice('p1'), makePractice('p2'), makePractice('p3')];
    expect(tourLengths({ campus, practices })).toEqual({ practices: 3, regions: 1 });
  });
});
