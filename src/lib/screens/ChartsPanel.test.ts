// @vitest-environment jsdom
// The legend and the charts light each other up through the shared hover state: hovering a group in
// the legend highlights its bar, hovering a bar highlights the legend entry, and a hovered Campus
// highlights the bars of its group and its région.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import '../testing/resizeObserver.ts';
import type { Dataset } from '../data/loadDataset.ts';
import type { Geography } from '../data/geography.ts';
import { AppState } from '../state/app.svelte.ts';
import { CameraRequests } from '../state/camera.svelte.ts';
import { Explorer } from '../state/explorer.svelte.ts';
import { HoverState } from '../state/hover.svelte.ts';
import { parseUrlState } from '../state/urlState.ts';
import { CAMPUS, PRACTICES, SECTORS } from '../testing/fixtures.ts';
import LegendAndChartsHarness from '../testing/LegendAndChartsHarness.svelte';

const DATA: Dataset = { campus: CAMPUS, practices: PRACTICES, sectors: SECTORS, geography: {} as Geography };

function setup() {
  const explorer = new Explorer(
    DATA,
    new AppState(parseUrlState('')),
    new HoverState(),
    new CameraRequests(),
  );
  const { container } = render(LegendAndChartsHarness, { explorer });
  const bar = (sector: string) =>
    container.querySelector(`[data-testid="sector-chart"] [data-sector="${sector}"]`)!;
  const entry = (label: string) =>
    [...container.querySelectorAll('.legend .entry')].find((b) => b.textContent!.includes(label))!;
  return { explorer, container, bar, entry };
}

describe('sector hover between the legend and the charts', () => {
  it('hovering a legend entry highlights that group’s bar, and only it', async () => {
    const { container, bar, entry, explorer } = setup();
    const label = explorer.sectorLabel('tourisme');
    await fireEvent.pointerEnter(entry(label));
    expect(bar('tourisme').classList.contains('hot')).toBe(true);
    expect(container.querySelectorAll('[data-testid="sector-chart"] .hot')).toHaveLength(1);
    await fireEvent.pointerLeave(entry(label));
    expect(container.querySelectorAll('[data-testid="sector-chart"] .hot')).toHaveLength(0);
  });

  it('hovering a bar highlights the legend entry', async () => {
    const { bar, entry, explorer } = setup();
    await fireEvent.pointerEnter(bar('energie'));
    expect(entry(explorer.sectorLabel('energie')).classList.contains('hot')).toBe(true);
    expect(entry(explorer.sectorLabel('tourisme')).classList.contains('hot')).toBe(false);
  });

  it('a hovered Campus lights its group’s bar and its région’s bar', async () => {
    const { container, bar, explorer } = setup();
    explorer.hover.campus = 'reunion';
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(bar('tourisme').classList.contains('hot')).toBe(true);
    expect(
      container.querySelector('[data-testid="area-chart"] [data-area="04"]')!.classList.contains('hot'),
    ).toBe(true);
  });
});
