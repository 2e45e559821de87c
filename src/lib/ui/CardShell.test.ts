// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { AppState } from '../state/app.svelte.ts';
import { CameraRequests } from '../state/camera.svelte.ts';
import { Explorer } from '../state/explorer.svelte.ts';
import { HoverState } from '../state/hover.svelte.ts';
import CardOpenerHarness from '../testing/CardOpenerHarness.svelte';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';

const CARDS = [
  {
    name: 'the Campus card',
    testId: 'campus-card',
    subject: { campus: CAMPUS[0]! },
    closeLabel: 'Fermer la fiche',
  },
  {
    name: 'the area card',
    testId: 'area-card',
    subject: { area: { level: 'region' as const, code: '28' } },
    closeLabel: 'Désélectionner',
  },
];

function setup(subject: (typeof CARDS)[number]['subject']) {
  const data: Dataset = {
    campus: CAMPUS,
    practices: PRACTICES,
    sectors: SECTORS,
    geography: {} as Geography,
  };
  const explorer = new Explorer(data, new AppState(), new HoverState(), new CameraRequests());
  render(CardOpenerHarness, { explorer, subject });
  return {
    opener: screen.getByRole('button', { name: 'Ouvrir' }),
    map: screen.getByRole('region', { name: 'Carte' }),
  };
}

/** Lets the update that removed the card end (the focus goes back after it). */
const updated = () => new Promise((resolve) => setTimeout(resolve));

/** Opens the card the way a person does: focus on the opener, then activate it. */
async function open(opener: HTMLElement, testId: string): Promise<HTMLElement> {
  opener.focus();
  await fireEvent.click(opener);
  return screen.getByTestId(testId);
}

describe.each(CARDS)('$name', ({ testId, subject, closeLabel }) => {
  it('closes on Échap from inside it, and gives the focus back to what opened it', async () => {
    const { opener } = setup(subject);
    const card = await open(opener, testId);
    // Tab into the card (the Campus card already holds the focus, on its heading).
    if (!card.contains(document.activeElement)) screen.getByRole('button', { name: closeLabel }).focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(screen.queryByTestId(testId)).not.toBeNull();
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await updated();
    expect(screen.queryByTestId(testId)).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves an Échap handled inside it alone (a menu closing), and one outside it', async () => {
    const { opener } = setup(subject);
    const card = await open(opener, testId);
    const close = screen.getByRole('button', { name: closeLabel });
    close.addEventListener('keydown', (event) => event.preventDefault());
    close.focus();
    await fireEvent.keyDown(close, { key: 'Escape' });
    opener.focus();
    await fireEvent.keyDown(opener, { key: 'Escape' });
    expect(screen.getByTestId(testId)).toBe(card);
  });

  it('falls back on the map when what opened it has gone', async () => {
    const { opener, map } = setup(subject);
    await open(opener, testId);
    opener.hidden = true;
    const close = screen.getByRole('button', { name: closeLabel });
    close.focus();
    await fireEvent.click(close);
    await updated();
    expect(screen.queryByTestId(testId)).toBeNull();
    expect(document.activeElement).toBe(map);
  });
});
