import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { addLanguage, translator } from '../i18n/translate.ts';
import { EXPORT_FILES, displayDate, exportFilename, isoDate } from './exportNames.ts';
import { slideLegend } from './slideLegend.ts';
import { makeCampus } from '../testing/fixtures.ts';

describe('export names', () => {
  const date = new Date(2026, 10, 9, 23, 30); // 9 November 2026, late evening, local time

  it('dates files by the local calendar day', () => {
    expect(isoDate(date)).toBe('2026-11-09');
    expect(exportFilename(translator('fr'), 'map', 'png', date)).toBe('campus-carte-2026-11-09.png');
  });

  describe('in each language', () => {
    beforeAll(() => addLanguage('en', en));

    it.each([
      ['map', 'png', 'campus-carte-2026-11-09.png', 'campus-map-2026-11-09.png'],
      ['slide', 'png', 'campus-carte-16x9-2026-11-09.png', 'campus-map-16x9-2026-11-09.png'],
      ['list', 'csv', 'campus-liste-2026-11-09.csv', 'campus-list-2026-11-09.csv'],
      ['list', 'geojson', 'campus-liste-2026-11-09.geojson', 'campus-list-2026-11-09.geojson'],
      ['chartGroups', 'svg', 'campus-graphique-groupes-2026-11-09.svg', 'campus-chart-groups-2026-11-09.svg'],
      [
        'chartRegions',
        'png',
        'campus-graphique-regions-2026-11-09.png',
        'campus-chart-regions-2026-11-09.png',
      ],
      [
        'chartAcademies',
        'png',
        'campus-graphique-academies-2026-11-09.png',
        'campus-chart-academies-2026-11-09.png',
      ],
    ] as const)('names the %s (%s) in French and in English', (file, extension, french, english) => {
      expect(exportFilename(translator('fr'), file, extension, date)).toBe(french);
      expect(exportFilename(translator('en'), file, extension, date)).toBe(english);
    });

    it('gives every file a stem that is safe in a file name', () => {
      for (const lang of ['fr', 'en'] as const) {
        for (const file of EXPORT_FILES) {
          expect(exportFilename(translator(lang), file, 'png', date)).toMatch(/^[a-z0-9-]+\.png$/);
        }
      }
    });
  });

  it('writes the date the way each language does', () => {
    expect(displayDate('fr', date)).toBe('09/11/2026');
    expect(displayDate('en', date)).toBe('9 November 2026');
  });
});

describe('slideLegend', () => {
  it('lists the sector groups on the map once each, in livret order', () => {
    const shown = [
      makeCampus('a', { sector: 'tourisme' }),
      makeCampus('b', { sector: 'agroalimentaire' }),
      makeCampus('c', { sector: 'tourisme' }),
    ];
    expect(slideLegend(shown, (id) => id.toUpperCase())).toEqual([
      { sector: 'agroalimentaire', label: 'AGROALIMENTAIRE', colour: '#999933', letter: 'A' },
      { sector: 'tourisme', label: 'TOURISME', colour: '#ddcc77', letter: 'G' },
    ]);
  });
});
