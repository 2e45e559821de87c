// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../testing/resizeObserver.ts';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { AppState } from '../state/app.svelte.ts';
import { CameraRequests } from '../state/camera.svelte.ts';
import { Explorer } from '../state/explorer.svelte.ts';
import { HoverState } from '../state/hover.svelte.ts';
import { parseUrlState } from '../state/urlState.ts';
import PresentationHarness from '../testing/PresentationHarness.svelte';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';

const DATA: Dataset = { campus: CAMPUS, practices: PRACTICES, sectors: SECTORS, geography: {} as Geography };

// CameraFocus is not here (no map in jsdom): the requests are read from the state.
function setup(search: string) {
  const explorer = new Explorer(
    DATA,
    new AppState(parseUrlState(search)),
    new HoverState(),
    new CameraRequests(),
  );
  const result = render(PresentationHarness, { explorer });
  flushSync();
  return { ...result, explorer };
}

const counter = () => screen.getByTestId('tour-counter').textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => vi.restoreAllMocks());

describe('PresentationScreen', () => {
  it('shows the practice of the step in full, and frames it on the map', () => {
    const { explorer } = setup('?present=practices&step=2');
    expect(counter()).toBe('2 / 4');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Un parcours complet');
    expect(screen.getByText('Chapitre 5 — Parcours complets de réussite')).toBeTruthy();
    expect(screen.getByTestId('tour-campus').textContent).toContain('Campus des énergies');
    // The e2e specs find the step by its data attribute; the shell (StepPanel) carries it.
    expect(document.querySelector('article.step')?.getAttribute('data-practice')).toBe('p2');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Campus concernés');
    expect(explorer.camera.request?.target).toEqual({ kind: 'practice', id: 'p2' });
    expect(explorer.camera.framing).toEqual({ kind: 'practice', id: 'p2' });
  });

  it('moves with the arrow keys and the buttons, not past either end', async () => {
    const { explorer } = setup('?present=practices&step=1');
    expect(screen.getByRole('button', { name: /Précédent/ })).toHaveProperty('disabled', true);
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(counter()).toBe('2 / 4');
    expect(explorer.app.present).toEqual({ tour: 'practices', step: 2 });
    await fireEvent.click(screen.getByRole('button', { name: /Suivant/ }));
    await fireEvent.keyDown(window, { key: 'End' });
    expect(counter()).toBe('4 / 4');
    expect(screen.getByRole('button', { name: /Suivant/ })).toHaveProperty('disabled', true);
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(counter()).toBe('4 / 4');
    // A région-level practice: its area, not Campus, under a heading that says so.
    expect(screen.getByText('Région : Normandie')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Territoire');
    expect(screen.queryByTestId('tour-campus')).toBeNull();
    await fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(counter()).toBe('3 / 4');
  });

  it('leaves on Échap and on « Quitter », and stops framing the map once gone', async () => {
    const { explorer, unmount } = setup('?present=practices&step=3');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(explorer.app.present).toBeNull();
    explorer.presentation.start('practices');
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: /Quitter/ }));
    expect(explorer.app.present).toBeNull();
    expect(explorer.camera.framing).not.toBeNull();
    unmount();
    expect(explorer.camera.framing).toBeNull();
  });

  it('leaves the arrows to a text field', async () => {
    const { explorer } = setup('?present=practices&step=1');
    const field = document.body.appendChild(document.createElement('input'));
    await fireEvent.keyDown(field, { key: 'ArrowRight' });
    expect(explorer.app.present?.step).toBe(1);
    field.remove();
  });

  it('shows a région with its Campus count and a bar per sector group', async () => {
    const { explorer, container } = setup('?present=practices&step=1');
    await fireEvent.click(screen.getByRole('button', { name: 'Régions' }));
    expect(explorer.app.present).toEqual({ tour: 'regions', step: 1 });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Normandie');
    expect(screen.getByTestId('tour-count').textContent?.trim()).toBe('2 Campus');
    expect(container.querySelector('article.step')?.getAttribute('data-region')).toBe('28');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Les Campus de la région');
    expect(screen.getByTestId('tour-campus').querySelectorAll('li')).toHaveLength(2);
    const bars = [...container.querySelectorAll('[data-testid="tour-chart"] g[data-key]')];
    // Equal counts keep the livret's order of the groups.
    expect(bars.map((g) => g.getAttribute('data-key'))).toEqual(['services-logistique', 'energie']);
    expect(explorer.camera.request?.target).toEqual({ kind: 'area', level: 'region', code: '28' });
  });
});
