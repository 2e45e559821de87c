import { describe, expect, it } from 'vitest';
import { CAMPUS, PRACTICES } from '../testing/fixtures.ts';
import { buildTours } from '../query/tour.ts';
import { AppState } from './app.svelte.ts';
import { Presentation } from './presentation.svelte.ts';
import { parseUrlState, serializeUrlState } from './urlState.ts';

// Fixtures: 4 practices (chapters 1, 5, 6, 6) and Campus in 3 régions (Occitanie, Normandie, La Réunion).
function setup(search = '') {
  const app = new AppState(parseUrlState(search));
  return { app, presentation: new Presentation(app, buildTours({ campus: CAMPUS, practices: PRACTICES })) };
}

const practiceId = (p: Presentation) =>
  p.current?.kind === 'practices' ? p.current.practice.id : p.current?.region;

describe('Presentation', () => {
  it('is inactive outside the presentation mode', () => {
    const { presentation } = setup('?region=28');
    expect(presentation.active).toBe(false);
    expect(presentation.current).toBeUndefined();
    expect(presentation.spotlight).toBeNull();
  });

  it('starts a tour at its first step and writes it to the URL', () => {
    const { app, presentation } = setup('?sectors=energie');
    presentation.start('practices');
    expect(presentation.active).toBe(true);
    expect([presentation.index, presentation.count]).toEqual([0, 4]);
    expect(practiceId(presentation)).toBe('p1');
    expect(serializeUrlState(app.toUrlState())).toBe('?sectors=energie&present=practices&step=1');
  });

  it('walks forward and back, and stays inside the tour at both ends', () => {
    const { app, presentation } = setup();
    presentation.start('practices');
    expect(presentation.hasPrevious).toBe(false);
    presentation.previous();
    expect(presentation.index).toBe(0);
    const visited = [practiceId(presentation)];
    for (let i = 0; i < 10; i += 1) {
      presentation.next();
      visited.push(practiceId(presentation));
    }
    expect(visited.slice(0, 5)).toEqual(['p1', 'p2', 'p3', 'p4', 'p4']);
    expect(presentation.hasNext).toBe(false);
    expect(app.present).toEqual({ tour: 'practices', step: 4 });
    presentation.previous();
    expect(practiceId(presentation)).toBe('p3');
    presentation.first();
    expect(presentation.index).toBe(0);
    presentation.last();
    expect(presentation.index).toBe(3);
  });

  it('opens the step a deep link names, clamping one past the end', () => {
    expect(practiceId(setup('?present=practices&step=3').presentation)).toBe('p3');
    const { presentation } = setup('?present=regions&step=80');
    expect(presentation.index).toBe(presentation.count - 1);
    expect(presentation.current?.kind).toBe('regions');
  });

  it('switches tours at their first step', () => {
    const { presentation } = setup('?present=practices&step=3');
    presentation.start('regions');
    expect([presentation.tour, presentation.index]).toEqual(['regions', 0]);
    expect(presentation.current).toMatchObject({ kind: 'regions', region: '28' });
  });

  it('lights up the current step: its Campus, or its areas', () => {
    const { presentation } = setup('?present=practices&step=1');
    expect(presentation.spotlight).toEqual({ campus: ['nimes'], regions: [], academies: [] });
    presentation.goTo(3);
    expect(presentation.spotlight).toEqual({ campus: [], regions: ['28'], academies: [] });
  });

  it('puts the map back where it was on exit, and does nothing when already out', () => {
    const { app, presentation } = setup('?map=7/45/5');
    presentation.start('regions', 2);
    app.view = { lon: 0, lat: 49, zoom: 6 }; // the tour moved the map
    presentation.exit();
    expect(app.present).toBeNull();
    expect(app.view).toEqual({ lon: 5, lat: 45, zoom: 7 });
    presentation.exit();
    expect(app.view).toEqual({ lon: 5, lat: 45, zoom: 7 });
  });

  it('returns to the whole of France on exit when opened on a presentation link', () => {
    const { app, presentation } = setup('?present=regions&step=2');
    app.view = { lon: 0, lat: 49, zoom: 6 };
    presentation.exit();
    expect(app.view).toBeNull();
    expect(serializeUrlState(app.toUrlState())).toBe('');
  });

  it('follows back/forward: the step comes from the app state', () => {
    const { app, presentation } = setup('?present=practices&step=2');
    app.apply(parseUrlState('?present=practices&step=4'));
    expect(practiceId(presentation)).toBe('p4');
    app.apply(parseUrlState(''));
    expect(presentation.active).toBe(false);
  });
});
