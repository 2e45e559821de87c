// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { DatasetError, type Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import GateHarness from '../testing/GateHarness.svelte';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';

const dataset: Dataset = {
  campus: CAMPUS,
  practices: PRACTICES,
  sectors: SECTORS,
  geography: {} as Geography,
};

/** A promise the test settles when it chooses. */
function deferred() {
  let resolve!: (d: Dataset) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<Dataset>((res, rej) => ([resolve, reject] = [res, rej]));
  return { promise, resolve, reject };
}

/** Lets the loader's promise settle and the screen follow. */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve));
  await tick();
}

describe('DatasetGate', () => {
  it('shows the loading screen, then the error with a retry, then what needs the data', async () => {
    const first = deferred();
    const second = deferred();
    const load = vi.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    render(GateHarness, { load });

    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('Chargement des Campus…');
    expect(screen.queryByTestId('loaded')).toBeNull();

    first.reject(new DatasetError('practices.json', 'HTTP 503'));
    await settle();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Les données n’ont pas pu être chargées.');
    expect(alert.textContent).toContain('Fichier practices.json : HTTP 503.');
    expect(screen.queryByRole('status')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toBeTruthy();

    second.resolve(dataset);
    await settle();
    expect(screen.getByTestId('loaded').textContent).toBe(`${CAMPUS.length} Campus`);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks the language asked for, names no file for an unexpected error, and wraps its screens', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(dataset);
    render(GateHarness, { load, lang: 'en', wrapped: true });
    expect(screen.getByTestId('placeholder').textContent).toContain('Loading the Campus…');

    await settle();
    const alert = screen.getByRole('alert');
    expect(screen.getByTestId('placeholder').contains(alert)).toBe(true);
    expect(alert.textContent).toContain('File —: Failed to fetch.');

    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(screen.getByTestId('loaded')).toBeTruthy();
    expect(screen.queryByTestId('placeholder')).toBeNull();
  });
});
