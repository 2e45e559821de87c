import { describe, expect, it } from 'vitest';
import { compositeBounds, insetForRegion, type Bounds } from '../geo/insets.ts';
import { CAMPUS, makePractice } from '../testing/fixtures.ts';
import { cameraTarget, unionBounds, type CameraLookup } from './cameraTarget.ts';

const PRACTICES = [
  makePractice('two-campus', { campus: ['nimes', 'cherbourg'] }),
  makePractice('academie', { level: 'academie', academie: 'caen', region: '28' }),
  makePractice('national', { level: 'national' }),
];
const AREAS: Record<string, Bounds> = {
  'region:28': [-1.9, 48.2, 1.8, 50.1],
  'academie:normandie': [-1.9, 48.2, 1.8, 50.1],
};

const lookup: CameraLookup = {
  campus: (id) => CAMPUS.find((f) => f.id === id),
  practice: (id) => PRACTICES.find((p) => p.id === id),
  areaBounds: (level, code) => AREAS[`${level}:${code}`],
};

describe('cameraTarget', () => {
  it('fits France with its insets', () => {
    expect(cameraTarget({ kind: 'france' }, lookup)).toEqual({
      kind: 'bounds',
      bounds: compositeBounds(),
      maxZoom: 6,
    });
  });

  it('goes to the true location of a DROM', () => {
    expect(cameraTarget({ kind: 'drom', region: '04' }, lookup)).toMatchObject({
      bounds: insetForRegion('04')!.trueBounds,
    });
    expect(cameraTarget({ kind: 'drom', region: '11' }, lookup)).toBeUndefined();
  });

  it('centres a Campus', () => {
    expect(cameraTarget({ kind: 'campus', id: 'nimes' }, lookup)).toEqual({
      kind: 'point',
      center: CAMPUS[0]!.geometry.coordinates,
      zoom: 6,
    });
    expect(cameraTarget({ kind: 'campus', id: 'nowhere' }, lookup)).toBeUndefined();
  });

  it('reveals a Campus clicked on the map without a zoom of its own (the map keeps the person’s)', () => {
    expect(cameraTarget({ kind: 'reveal', id: 'nimes' }, lookup)).toEqual({
      kind: 'point',
      center: CAMPUS[0]!.geometry.coordinates,
      zoom: 0,
    });
    expect(cameraTarget({ kind: 'reveal', id: 'nowhere' }, lookup)).toBeUndefined();
  });

  it('fits the Campus of a practice', () => {
    const target = cameraTarget({ kind: 'practice', id: 'two-campus' }, lookup);
    expect(target).toMatchObject({ kind: 'bounds' });
    const [w, s, e, n] = (target as { bounds: Bounds }).bounds;
    for (const f of CAMPUS.slice(0, 2)) {
      const [x, y] = f.geometry.coordinates as [number, number];
      expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
    }
  });

  it('fits the area of an académie-level practice (former académie on the 2020 map)', () => {
    expect(cameraTarget({ kind: 'practice', id: 'academie' }, lookup)).toEqual({
      kind: 'bounds',
      bounds: AREAS['academie:normandie'],
      maxZoom: 7,
    });
  });

  it('has nowhere to go for a national practice or an unknown area', () => {
    expect(cameraTarget({ kind: 'practice', id: 'national' }, lookup)).toBeUndefined();
    expect(cameraTarget({ kind: 'area', level: 'region', code: '99' }, lookup)).toBeUndefined();
  });
});

describe('unionBounds', () => {
  it.each<[string, Bounds[], Bounds | undefined]>([
    ['nothing', [], undefined],
    [
      'two boxes',
      [
        [0, 0, 1, 1],
        [2, -1, 3, 0.5],
      ],
      [0, -1, 3, 1],
    ],
    ['a point, widened', [[2, 45, 2, 45]], [1.7, 44.7, 2.3, 45.3]],
  ])('%s', (_name, boxes, expected) => {
    const result = unionBounds(boxes);
    if (expected === undefined) expect(result).toBeUndefined();
    else result!.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 6));
  });
});
