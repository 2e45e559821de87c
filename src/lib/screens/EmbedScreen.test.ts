// @vitest-environment jsdom
import '../testing/resizeObserver.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';
import { embedOptionsFromSearch } from '../embed/embedOptions.ts';
import EmbedScreen from './EmbedScreen.svelte';
import { readingParts } from '../ui/loadReadingParts.ts';

vi.mock('../map/CampusMap.svelte', async () => ({
  default: (await import('../testing/MapStub.svelte')).default,
}));

const square = (code: string, [w, s, e, n]: number[]) => ({
  type: 'Feature' as const,
  properties: { code, name: code, region: '' },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [w!, s!],
        [e!, s!],
        [e!, n!],
        [w!, n!],
        [w!, s!],
      ],
    ],
  },
});
const collection = (features: ReturnType<typeof square>[]) =>
  ({ type: 'FeatureCollection', features }) as FeatureCollection;

const dataset: Dataset = {
  campus: CAMPUS,
  practices: PRACTICES,
  sectors: SECTORS,
  geography: {
    regions: collection([square('28', [-1.9, 48.2, 1.8, 50.1])]),
    academies: collection([]),
  } as unknown as Geography,
};

function setup(search: string) {
  return render(EmbedScreen, {
    dataset,
    options: embedOptionsFromSearch(search),
    appUrl: 'https://example.org/carte/',
  });
}

describe('EmbedScreen', () => {
  // The cards' chunk, loaded on demand in the app, is there from the start here.
  beforeAll(() => readingParts.load());

  it('fits and filters to the locked région, and only shows the parts asked for', async () => {
    setup('?region=28&show=legend,list');
    expect(screen.getByText(/Campus des métiers et des qualifications · Normandie/)).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toMatch(/^2 Campus/);
    const map = screen.getByTestId('map-stub');
    expect(JSON.parse(map.dataset['home']!)).toEqual([-1.9, 48.2, 1.8, 50.1]);
    expect(map.dataset['selectableAreas']).toBe('false');
    expect(map.dataset['cooperative']).toBe('true');

    expect(screen.getByRole('group', { name: 'Groupes sectoriels' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Campus affichés (2)' })).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByTestId('sector-chart')).toBeNull();
    // jsdom has no Fullscreen API: no button that could not work.
    expect(screen.queryByRole('button', { name: 'Plein écran' })).toBeNull();

    const link = screen.getByTestId('full-app-link');
    expect(link.getAttribute('href')).toBe('https://example.org/carte/index.html?region=28');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');

    // The legend filters within the lock, and the full-app link follows.
    const legend = screen.getByRole('group', { name: 'Groupes sectoriels' });
    await fireEvent.click(within(legend).getByRole('button', { name: /^Transition énergétique/ }));
    expect(screen.getByTestId('summary').textContent).toMatch(/^1 Campus/);
    expect(link.getAttribute('href')).toBe('https://example.org/carte/index.html?sectors=energie&region=28');
  });

  it('opens a Campus card from the search when the card is shown', async () => {
    setup('?show=search,card');
    expect(screen.getByTestId('map-stub').dataset['selectableAreas']).toBe('true');
    expect(screen.queryByRole('group', { name: 'Groupes sectoriels' })).toBeNull();
    const search = screen.getByRole('combobox');
    await fireEvent.input(search, { target: { value: 'logistique' } });
    await fireEvent.keyDown(search, { key: 'ArrowDown' });
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(screen.getByTestId('campus-card').dataset['campus']).toBe('rouen');
  });

  it('shows no card when the card is not one of the parts', async () => {
    setup('?show=search');
    const search = screen.getByRole('combobox');
    await fireEvent.input(search, { target: { value: 'logistique' } });
    await fireEvent.keyDown(search, { key: 'ArrowDown' });
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(screen.queryByTestId('campus-card')).toBeNull();
  });
});
