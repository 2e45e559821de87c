import { describe, expect, it } from 'vitest';
import { translator, type Lang } from '../i18n/translate.ts';
import { CAMPUS, PRACTICES } from '../testing/fixtures.ts';
import { practiceTour, regionTour, type TourStep } from '../query/tour.ts';
import { buildDeck, deckSteps, livretHeading, type DeckWords } from './deckModel.ts';

const byId = new Map(CAMPUS.map((f) => [f.id, f]));

function words(lang: Lang = 'fr', filters: string | null = null): DeckWords {
  return {
    lang,
    t: translator(lang),
    regionName: (code) => `Région ${code}`,
    academieName: (id) => `Académie ${id}`,
    sectorLabel: (id) => `Groupe ${id}`,
    campus: (id) => byId.get(id),
    stepLink: (kind, step) => `https://example.org/?present=${kind}&step=${step}`,
    campusLink: (id) => `https://example.org/?campus=${id}`,
    appLink: 'https://example.org/',
    filters,
    ownList: null,
    sourceLine: 'Source : Livret des bonnes pratiques · 07/12/2026',
    date: '07/12/2026',
  };
}

describe('deckSteps', () => {
  it('keeps every practice and every région with a Campus when no filter is on', () => {
    expect(deckSteps('practices', CAMPUS, PRACTICES, false)).toEqual(practiceTour(PRACTICES));
    expect(deckSteps('regions', CAMPUS, PRACTICES, false)).toEqual(regionTour(CAMPUS));
  });

  it('follows the filters: the régions with a Campus shown, the practices naming one', () => {
    const shown = CAMPUS.filter((f) => f.id === 'nimes');
    expect(shown).toHaveLength(1);
    const regions = deckSteps('regions', shown, PRACTICES, true);
    expect(regions.map((s) => s.kind === 'regions' && s.region)).toEqual([shown[0]!.properties.region]);
    const practices = deckSteps('practices', shown, PRACTICES, true);
    expect(practices.map((s) => s.kind === 'practices' && s.practice.id)).toEqual(['p1']);
  });
});

describe('buildDeck', () => {
  const steps = practiceTour(PRACTICES);
  const deck = buildDeck('practices', steps, words());

  it('has a title slide, one slide per step in the tour’s order, and a closing slide', () => {
    expect(deck.title.title).toBe('Les bonnes pratiques des Campus des métiers et des qualifications');
    expect(deck.title.lines).toEqual([
      `Visite « Bonnes pratiques » de la carte des Campus · ${steps.length} étapes`,
      'Sans filtre : tout le livret',
      'Diaporama du 07/12/2026',
    ]);
    expect(deck.steps.map((s) => s.title)).toEqual(
      steps.map((s) => (s.kind === 'practices' ? s.practice.title : '')),
    );
    expect(deck.closing.title).toBe('Sources et licences');
    expect(deck.closing.lines.join('\n')).toMatch(/Livret des bonnes pratiques/);
    expect(deck.closing.lines).toContain(
      'Régions, académies et fond de carte : Natural Earth — domaine public',
    );
    expect(deck.closing.lines).toContain('Positions des communes : GeoNames — CC BY 4.0 (© GeoNames)');
  });

  it('gives a practice step its chapter, text, source line and notes with links', () => {
    const index = steps.findIndex((s) => s.kind === 'practices' && s.practice.id === 'p1');
    const slide = deck.steps[index]!;
    const p1 = PRACTICES.find((p) => p.id === 'p1')!;
    expect(slide.kicker).toBe('Chapitre 1 — ' + translator('fr')('chapter.1'));
    expect(slide.body[0]).toBe(p1.summary);
    expect(slide.body[1]).toBe(`Campus : ${byId.get('nimes')!.properties.name}`);
    expect(slide.source).toBe(`Source dans le livret : ${p1.source}`);
    expect(slide.notes).toEqual([
      `Chapitre : ${slide.kicker}`,
      `Rubrique du livret : ${livretHeading(p1.source)}`,
      slide.body[1],
      `Cette étape sur la carte : https://example.org/?present=practices&step=${index + 1}`,
      `${byId.get('nimes')!.properties.name} : https://example.org/?campus=nimes`,
    ]);
    expect(slide.spotlight.campus).toEqual(['nimes']);
  });

  it('names the areas of a practice without Campus, and lights them on its map', () => {
    const index = steps.findIndex((s) => s.kind === 'practices' && s.practice.id === 'p4');
    const slide = deck.steps[index]!;
    expect(slide.body[1]).toBe('Territoire : Région : Région 28');
    expect(slide.spotlight).toEqual({ campus: [], regions: ['28'], academies: [] });
  });

  it('gives a région step its count by group and the dated source line; the interface words in English', () => {
    const regionSteps: TourStep[] = regionTour(CAMPUS);
    const en = buildDeck('regions', regionSteps, words('en', '2 Campus · Energy'));
    expect(en.title.lines[1]).toBe('Filters: 2 Campus · Energy');
    const first = en.steps[0]!;
    const step = regionSteps[0]!;
    if (step.kind !== 'regions') throw new Error('a région step');
    expect(first.kicker).toBe('Régions');
    expect(first.title).toBe(`Région ${step.region}`);
    expect(first.body[0]).toBe(`${step.campus.length} Campus`);
    expect(first.body.slice(1).every((line) => /^Groupe [a-z-]+: \d+$/.test(line))).toBe(true);
    expect(first.source).toBe('Source : Livret des bonnes pratiques · 07/12/2026');
    expect(first.notes.at(-1)).toBe('This step on the map: https://example.org/?present=regions&step=1');
    expect(en.closing.title).toBe('Sources and licences');
  });

  it('cites a person’s own list instead of the livret', () => {
    const own = buildDeck('regions', regionTour(CAMPUS), { ...words(), ownList: 'ma-liste.csv' });
    expect(own.closing.lines[0]).toBe('Campus : ma-liste.csv');
    expect(own.closing.lines.join('\n')).not.toMatch(/Livret/);
  });
});

describe('livretHeading', () => {
  it('drops the chapter before the dash', () => {
    expect(livretHeading('ch. 1 — Le Campus forêt-bois, Nouvelle Aquitaine')).toBe(
      'Le Campus forêt-bois, Nouvelle Aquitaine',
    );
    expect(livretHeading('sans tiret')).toBe('sans tiret');
  });
});
