import { describe, expect, it, vi } from 'vitest';
import { OnDemand } from '../state/onDemand.svelte.ts';

// MapLibre's view is a real chunk in the app; here it stands for itself without MapLibre.
vi.mock('./MapLibreView.svelte', () => ({ default: function MapLibreView() {} }));

describe('MapLibre’s view, on demand', () => {
  it('is an OnDemand part: one load shared by App and CampusMap, its component held as `value`', async () => {
    const { mapLibreView } = await import('./loadMapLibreView.ts');
    expect(mapLibreView).toBeInstanceOf(OnDemand);
    expect(mapLibreView.value).toBeUndefined();
    const first = mapLibreView.load();
    expect(mapLibreView.load()).toBe(first);
    const View = await first;
    expect(View.name).toBe('MapLibreView');
    expect(mapLibreView.value).toBe(View);
  });
});
