// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { AppState } from '../state/app.svelte.ts';
import { CameraRequests } from '../state/camera.svelte.ts';
import { Explorer } from '../state/explorer.svelte.ts';
import { HoverState } from '../state/hover.svelte.ts';
import MapAreaHarness from '../testing/MapAreaHarness.svelte';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';
import { readingParts } from '../ui/loadReadingParts.ts';

interface Setup {
  /** The selected Campus. */
  campus?: string | null;
  /** The selected région. */
  region?: string | null;
  landmark?: boolean;
  areaCard?: boolean;
}

function setup({ campus = null, region = null, ...props }: Setup = {}) {
  const app = new AppState();
  app.campus = campus;
  app.selectArea('region', region);
  const data: Dataset = {
    campus: CAMPUS,
    practices: PRACTICES,
    sectors: SECTORS,
    geography: {} as Geography,
  };
  const explorer = new Explorer(data, app, new HoverState(), new CameraRequests());
  const result = render(MapAreaHarness, { explorer, ...props });
  return { ...result, app };
}

describe('MapArea', () => {
  // The cards' chunk, loaded on demand in the app, is there from the start here.
  beforeAll(() => readingParts.load());

  it('puts the selected Campus’s card in its slot, between the map and what sits on the map', async () => {
    const { container, app } = setup({ campus: 'rouen', region: '28', landmark: true });
    const area = screen.getByRole('main');
    expect(area.classList.contains('map-area')).toBe(true);
    const slots = area.querySelectorAll('.card-slot');
    expect(slots).toHaveLength(1);
    expect(slots[0]!.querySelector('[data-testid="campus-card"]')?.getAttribute('data-campus')).toBe('rouen');
    // In reading order: the map, the card, then the controls on the map.
    expect([...area.children].map((e) => e.getAttribute('data-testid') ?? e.className.split(' ')[0])).toEqual(
      ['map', 'card-slot', 'overlay'],
    );
    expect(screen.getByTestId('bound-slot').textContent).toBe('card-slot');

    // Closed, the Campus card gives way to the région's (still selected).
    await fireEvent.click(screen.getByRole('button', { name: 'Fermer la fiche' }));
    expect(app.campus).toBeNull();
    expect(container.querySelector('.card-slot [data-testid="area-card"]')).not.toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Désélectionner' }));
    expect(app.filters.region).toBeNull();
    expect(container.querySelector('.card-slot')).toBeNull();
    expect(screen.getByTestId('bound-slot').textContent).toBe('none');
  });

  it('hands the focus from an area’s card straight to the Campus card opened from it', async () => {
    const { app } = setup();
    const filter = screen.getByRole('button', { name: 'Filtre' });
    filter.focus();
    app.selectArea('region', '28');
    await tick();
    let hops = 0;
    filter.addEventListener('focus', () => (hops += 1));
    const link = screen.getByRole('button', { name: 'Campus logistique' });
    link.focus();
    await fireEvent.click(link);
    await new Promise((resolve) => setTimeout(resolve));
    expect(screen.getByTestId('campus-card').dataset['campus']).toBe('rouen');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Campus logistique' }));
    // The area card's opener is not focused on the way (its focus handlers would run: a search box
    // would open its suggestions).
    expect(hops).toBe(0);
  });

  it('is no landmark in an embed, and shows no area card where it is not wanted', () => {
    const { container } = setup({ region: '28', areaCard: false });
    expect(screen.queryByRole('main')).toBeNull();
    expect(container.querySelector('div.map-area')).not.toBeNull();
    expect(container.querySelector('.card-slot')).toBeNull();
  });
});
