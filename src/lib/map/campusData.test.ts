import { describe, expect, it } from 'vitest';
import { CAMPUS, makeCampus } from '../testing/fixtures.ts';
import { campusSourceData, sameCampus, shownInCluster } from './campusData.ts';

describe('campusSourceData', () => {
  it('adds a copy at the true position for each DROM Campus only', () => {
    const reunion = makeCampus('reunion', { inset: true, region: '04', true_lon: 55.45, true_lat: -20.88 });
    reunion.geometry.coordinates = [-11, 44];
    const data = campusSourceData([CAMPUS[0]!, reunion]);
    expect(data.features.map((f) => [f.id, f.geometry.coordinates])).toEqual([
      [CAMPUS[0]!.id, CAMPUS[0]!.geometry.coordinates],
      ['reunion', [-11, 44]],
      ['reunion', [55.45, -20.88]],
    ]);
    expect(data.features[2]!.properties.inset).toBe(false);
  });

  it('keeps an empty selection empty', () => {
    expect(campusSourceData([]).features).toEqual([]);
  });
});

describe('shownInCluster', () => {
  const cluster = { point_count: 7, n_energie: 3, n_numerique: 4 };

  it('counts every Campus of the cluster when no sector is chosen', () => {
    expect(shownInCluster(cluster, [])).toBe(7);
  });

  it('sums the counts of the chosen sectors only', () => {
    expect(shownInCluster(cluster, ['energie'])).toBe(3);
    expect(shownInCluster(cluster, ['energie', 'numerique'])).toBe(7);
    expect(shownInCluster(cluster, ['mobilite'])).toBe(0);
  });
});

describe('sameCampus', () => {
  const [a, b] = [CAMPUS[0]!, CAMPUS[1]!];

  it('is true for equal lists of ids, even as new arrays', () => {
    expect(sameCampus([a, b], [a, b])).toBe(true);
    expect(sameCampus([], [])).toBe(true);
  });

  it('is false when a Campus is added, removed or moved', () => {
    expect(sameCampus([a], [a, b])).toBe(false);
    expect(sameCampus([a, b], [a])).toBe(false);
    expect(sameCampus([a, b], [b, a])).toBe(false);
  });
});
