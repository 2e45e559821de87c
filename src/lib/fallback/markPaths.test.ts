import { describe, expect, it } from 'vitest';
import { markPaths } from './markPaths.ts';

describe('markPaths', () => {
  it('draws one path per sector and status, with one circle per Campus', () => {
    const paths = markPaths(
      [
        { x: 10, y: 20, sector: 'energie', status: 'labellise' },
        { x: 30.04, y: 40, sector: 'energie', status: 'labellise' },
        { x: 5, y: 5, sector: 'energie', status: 'projet' },
        { x: 7, y: 8, sector: 'numerique', status: 'labellise' },
      ],
      4,
    );
    expect(paths.map((p) => [p.sector, p.status, p.count])).toEqual([
      ['energie', 'labellise', 2],
      ['energie', 'projet', 1],
      ['numerique', 'labellise', 1],
    ]);
    expect(paths[0]!.d).toBe('M6 20a4 4 0 1 0 8 0a4 4 0 1 0 -8 0M26 40a4 4 0 1 0 8 0a4 4 0 1 0 -8 0');
    expect(paths[0]!.d.match(/M/g)).toHaveLength(2);
  });

  it('draws nothing for no Campus', () => {
    expect(markPaths([], 4)).toEqual([]);
  });
});
