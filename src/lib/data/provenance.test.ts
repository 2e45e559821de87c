import { describe, expect, it } from 'vitest';
import { approximation, hostLabel, isApproximate, originsOf } from './provenance.ts';

describe('originsOf', () => {
  it('lists pages then the livret reading, for the asked fact only', () => {
    const p = {
      sources: [
        { fact: 'town' as const, url: 'livret' },
        { fact: 'town' as const, url: 'https://www.ac-caen.fr/campus' },
        { fact: 'lead' as const, url: 'https://regions-france.org/a' },
      ],
    };
    expect(originsOf(p, 'town')).toEqual([
      { kind: 'page', url: 'https://www.ac-caen.fr/campus', host: 'ac-caen.fr' },
      { kind: 'livret-reading' },
    ]);
    expect(originsOf(p, 'sector')).toEqual([]);
  });

  it('never hands a non-https address to the card', () => {
    const p = {
      sources: [
        { fact: 'lead' as const, url: 'javascript:alert(1)' },
        { fact: 'lead' as const, url: 'http://example.org/' },
      ],
    };
    expect(originsOf(p, 'lead')).toEqual([]);
  });

  it('shows a host without its www', () => {
    expect(hostLabel('https://www.letudiant.fr/x')).toBe('letudiant.fr');
  });
});

describe('approximation', () => {
  it.each([
    [{ location_basis: 'academie-seat' as const, sources: [] }, 'academie-seat'],
    [
      { location_basis: 'commune' as const, sources: [{ fact: 'town' as const, url: 'livret' }] },
      'livret-reading',
    ],
    [
      {
        location_basis: 'commune' as const,
        sources: [
          { fact: 'town' as const, url: 'livret' },
          { fact: 'town' as const, url: 'https://example.org/' },
        ],
      },
      undefined,
    ],
    [{ location_basis: 'commune' as const, sources: [] }, undefined],
  ])('%j → %s', (p, expected) => {
    expect(approximation(p)).toBe(expected);
    expect(isApproximate(p)).toBe(expected !== undefined);
  });
});
