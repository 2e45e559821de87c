import { describe, expect, it } from 'vitest';
import { AppState } from './app.svelte.ts';
import { EMPTY_FILTERS } from '../model/filters.ts';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from './urlState.ts';

describe('AppState', () => {
  it('starts from the default screen', () => {
    expect(new AppState().toUrlState()).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips through the URL', () => {
    const search =
      '?sectors=tourisme,energie&region=75&campus=x&level=academie&mode=choropleth&map=6/45/2&lang=en';
    const app = new AppState(parseUrlState(search));
    expect(serializeUrlState(app.toUrlState())).toBe(search);
  });

  it('toggles sectors, keeping the canonical order', () => {
    const app = new AppState();
    app.toggleSector('energie');
    app.toggleSector('agroalimentaire');
    expect(app.filters.sectors).toEqual(['agroalimentaire', 'energie']);
    app.toggleSector('energie');
    expect(app.filters.sectors).toEqual(['agroalimentaire']);
  });

  it.each([
    ['region', '75', { region: '75', academie: null }],
    ['academie', 'bordeaux', { region: null, academie: 'bordeaux' }],
    ['region', null, { region: null, academie: null }],
  ] as const)('selectArea(%s, %s)', (level, code, expected) => {
    const app = new AppState(parseUrlState('?region=28&academie=normandie'));
    app.selectArea(level, code);
    expect({ region: app.filters.region, academie: app.filters.academie }).toEqual(expected);
  });

  it('replaces the filters object on change (never mutates it)', () => {
    const app = new AppState();
    const before = app.filters;
    app.setFilters({ query: 'bois' });
    expect(before).toBe(EMPTY_FILTERS);
    expect(app.filters).not.toBe(before);
    expect(app.filters.query).toBe('bois');
  });

  it('reset clears filters and selection but keeps the display and the view', () => {
    const app = new AppState(
      parseUrlState('?sectors=energie&q=x&campus=a&practice=p1&mode=choropleth&map=6/45/2'),
    );
    app.reset();
    const state = app.toUrlState();
    expect(state.filters).toEqual(EMPTY_FILTERS);
    expect([state.campus, state.practice]).toEqual([null, null]);
    expect(state.mode).toBe('choropleth');
    expect(state.view).toEqual({ lon: 2, lat: 45, zoom: 6 });
  });
});
