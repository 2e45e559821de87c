import { describe, expect, it } from 'vitest';
import { basemapFailing } from './basemap.ts';

describe('basemapFailing', () => {
  it.each([
    [0, 0, false, 'nothing yet'],
    [0, 1, true, 'the first tile fails (offline)'],
    [12, 0, false, 'every tile loads'],
    [12, 1, false, 'one stray failure among loaded tiles'],
    [12, 7, false, 'a few failures, fewer than the loaded tiles'],
    [4, 8, true, 'the server went away: failures outnumber loads'],
    [20, 9, false, 'failures still fewer than loads'],
  ])('%d loaded, %d failed → %s (%s)', (loaded, failed, expected) => {
    expect(basemapFailing({ loaded, failed })).toBe(expected);
  });
});
