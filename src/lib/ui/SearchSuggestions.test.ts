// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { AppState } from '../state/app.svelte.ts';
import { CameraRequests } from '../state/camera.svelte.ts';
import { Explorer } from '../state/explorer.svelte.ts';
import { filterCampus } from '../query/filterCampus.ts';
import { HoverState } from '../state/hover.svelte.ts';
import { CAMPUS, PRACTICES, SECTORS, makeCampus } from '../testing/fixtures.ts';
import { searchSuggestions } from './loadSearchSuggestions.ts';
import SearchSuggestions from './SearchSuggestions.svelte';

const DATA: Dataset = {
  campus: [...CAMPUS, makeCampus('lyon', { name: 'Campus Lyon', town: 'Lyon', region: '84' })],
  practices: PRACTICES,
  sectors: SECTORS,
  geography: {} as Geography,
};

function setup(query: string, { region = null as string | null, lang = 'fr' as 'fr' | 'en' } = {}) {
  const app = new AppState();
  app.lang = lang;
  app.setFilters({ query, region });
  const explorer = new Explorer(DATA, app, new HoverState(), new CameraRequests());
  const onapply = vi.fn();
  const within = filterCampus(DATA.campus, { ...app.filters, query: '' }, explorer.index.campus);
  const result = render(SearchSuggestions, { explorer, within, onapply });
  return { ...result, onapply };
}

describe('SearchSuggestions', () => {
  it('proposes the closest town as a button that applies it', async () => {
    const { container, onapply } = setup('cherbourgg');
    expect(container.textContent?.trim()).toBe('Vouliez-vous dire : Cherbourg-en-Cotentin ?');
    await fireEvent.click(screen.getByRole('button', { name: 'Cherbourg-en-Cotentin' }));
    expect(onapply).toHaveBeenCalledWith('Cherbourg-en-Cotentin');
  });

  it('joins several proposals as a sentence, in the language shown', () => {
    expect(setup('campsu', { lang: 'en' }).container.textContent?.trim()).toMatch(
      /^Did you mean: .+, .+, or .+\?$/,
    );
    expect(setup('campsu').container.textContent?.trim()).toMatch(/^Vouliez-vous dire : .+, .+ ou .+ \?$/);
  });

  it('proposes only what the other filters let through, and nothing for nonsense', () => {
    // Filtered to the Réunion, Cherbourg would show nothing once applied.
    expect(setup('cherbourgg', { region: '04' }).container.textContent?.trim()).toBe('');
    expect(setup('xqzwvk').container.textContent?.trim()).toBe('');
    // Each word is close to a different Campus: none is close to both.
    expect(setup('lyom chrebourg').container.textContent?.trim()).toBe('');
  });

  it('is a chunk loaded on demand', async () => {
    expect(await searchSuggestions.load()).toBe(SearchSuggestions);
  });
});
