import { beforeAll, describe, expect, it } from 'vitest';
import { INSETS } from '../geo/insets.ts';
import { en } from '../i18n/en.ts';
import { addLanguage, translator } from '../i18n/translate.ts';
import { makeCampus } from '../testing/fixtures.ts';
import { OVERSEAS_MIN_ZOOM, overseasInView, overseasNotice } from './mapNotices.ts';

const GUADELOUPE = { lon: -61.5, lat: 16.2, zoom: 8 };
const REUNION = { lon: 55.5, lat: -21.1, zoom: 9 };
const PARIS = { lon: 2.35, lat: 48.85, zoom: 6 };

describe('overseasInView', () => {
  it.each([
    ['Guadeloupe', GUADELOUPE, '01'],
    ['Réunion', REUNION, '04'],
    ['Mayotte', { lon: 45.15, lat: -12.8, zoom: 10 }, '06'],
    ['Guyane', { lon: -53, lat: 4, zoom: 6 }, '03'],
    ['Martinique, framed clear of a card (centre off the island)', { lon: -60.7, lat: 14.65, zoom: 9 }, '02'],
    ['mainland France', PARIS, undefined],
    ['the default view', null, undefined],
    ['Guadeloupe from a world view', { ...GUADELOUPE, zoom: OVERSEAS_MIN_ZOOM - 1 }, undefined],
    ['the open Atlantic', { lon: -40, lat: 20, zoom: 6 }, undefined],
  ])('%s', (_, view, region) => {
    expect(overseasInView(view)?.region).toBe(region);
  });

  it('finds each DROM at the centre of its own true extent', () => {
    for (const inset of INSETS) {
      const [w, s, e, n] = inset.trueBounds;
      expect(overseasInView({ lon: (w + e) / 2, lat: (s + n) / 2, zoom: 8 })?.region).toBe(inset.region);
    }
  });
});

describe('overseasNotice', () => {
  beforeAll(() => addLanguage('en', en));
  const fr = translator('fr');
  const mainland = [makeCampus('a', { region: '84' }), makeCampus('b', { region: '75' })];
  const reunion = makeCampus('r', { region: '04' });

  it('says a région has no Campus in the livret, with the right preposition', () => {
    const context = { all: mainland, shown: mainland, own: false };
    expect(overseasNotice(GUADELOUPE, context, fr)).toBe('Aucun Campus en Guadeloupe dans le livret');
    expect(overseasNotice(REUNION, context, fr)).toBe('Aucun Campus à La Réunion dans le livret');
    expect(overseasNotice(GUADELOUPE, context, translator('en'))).toBe(
      'No Campus in Guadeloupe in the booklet',
    );
  });

  it('names the person’s own list instead of the livret', () => {
    expect(overseasNotice(GUADELOUPE, { all: mainland, shown: mainland, own: true }, fr)).toBe(
      'Aucun Campus en Guadeloupe dans votre liste',
    );
  });

  it('says when the filters hide the région’s Campus', () => {
    const context = { all: [...mainland, reunion], shown: mainland, own: false };
    expect(overseasNotice(REUNION, context, fr)).toBe('Aucun Campus affiché à La Réunion avec ces filtres');
    expect(overseasNotice(REUNION, context, translator('en'))).toBe(
      'No Campus shown in Réunion with these filters',
    );
  });

  it('says nothing where Campus are shown, on the mainland, or at the default view', () => {
    const context = { all: [...mainland, reunion], shown: [...mainland, reunion], own: false };
    expect(overseasNotice(REUNION, context, fr)).toBeNull();
    expect(overseasNotice(PARIS, { all: mainland, shown: [], own: false }, fr)).toBeNull();
    expect(overseasNotice(null, { all: mainland, shown: mainland, own: false }, fr)).toBeNull();
  });
});
