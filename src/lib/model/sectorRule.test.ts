import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectorChoice } from './sectorRule.ts';
import { SECTOR_IDS, type SectorId } from './types.ts';

describe('sectorChoice', () => {
  it('shows every group and chooses none when nothing is chosen', () => {
    const choice = sectorChoice([]);
    expect(choice.all).toBe(true);
    expect(SECTOR_IDS.every((id) => choice.shows(id))).toBe(true);
    expect(SECTOR_IDS.some((id) => choice.chose(id))).toBe(false);
  });

  it('shows only the chosen groups once one is chosen', () => {
    const choice = sectorChoice(['energie', 'tourisme']);
    expect(choice.all).toBe(false);
    expect(SECTOR_IDS.filter((id) => choice.shows(id))).toEqual(['tourisme', 'energie']);
    expect(choice.chose('energie')).toBe(true);
    expect(choice.shows('mobilite')).toBe(false);
  });

  it('on every set of groups: shown = chosen, or all when none; chosen ⊆ shown', () => {
    fc.assert(
      fc.property(fc.subarray([...SECTOR_IDS] as SectorId[]), (chosen) => {
        const choice = sectorChoice(chosen);
        for (const id of SECTOR_IDS) {
          expect(choice.shows(id)).toBe(chosen.length === 0 || chosen.includes(id));
          expect(choice.chose(id)).toBe(chosen.includes(id));
          if (choice.chose(id)) expect(choice.shows(id)).toBe(true);
        }
      }),
    );
  });
});
