/** Shared steps of the end-to-end specs: wait for the map, read what it renders. */
import { expect, type Page } from '@playwright/test';

interface TestMap {
  loaded(): boolean;
  isMoving(): boolean;
  once(type: string, listener: () => void): void;
}

/** Waits until `window.__map` exists and is idle (style loaded, tiles and symbols placed). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __map?: TestMap }).__map), null, {
    timeout: 30_000,
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: TestMap }).__map;
        const idle = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', () => resolve()));
        // Give pending data (setData) a frame to be picked up before deciding the map is idle.
        requestAnimationFrame(() => requestAnimationFrame(idle));
      }),
  );
}

/**
 * Campus the map currently draws in the viewport: single points plus the size of each cluster,
 * each counted once (a feature can be returned once per tile it touches). A cluster's size is what
 * its label shows: its Campus in the chosen sectors (the map's `sectors` global state; per-sector
 * counts `n_<sector>` on the cluster), all of them when none is chosen.
 */
export async function renderedCampusCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    type F = { properties: Record<string, unknown> };
    const map = (
      window as unknown as {
        __map: { queryRenderedFeatures(o: object): F[]; getGlobalState(): Record<string, unknown> };
      }
    ).__map;
    const sectors = (map.getGlobalState()['sectors'] ?? []) as string[];
    const clusterSize = (p: Record<string, unknown>) =>
      sectors.length === 0
        ? Number(p['point_count'])
        : sectors.reduce((sum, s) => sum + Number(p[`n_${s}`] ?? 0), 0);
    const features = map.queryRenderedFeatures({ layers: ['campus-points', 'campus-clusters'] });
    const seen = new Map<string, number>();
    for (const f of features) {
      const p = f.properties;
      if (typeof p['cluster_id'] === 'number') seen.set(`c${p['cluster_id']}`, clusterSize(p));
      else seen.set(`p${String(p['id'])}`, 1);
    }
    return [...seen.values()].reduce((a, b) => a + b, 0);
  });
}

/** Screen position (page pixels) of a rendered Campus point, by id. */
export async function campusScreenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((campusId) => {
    type F = { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } };
    const map = (
      window as unknown as {
        __map: {
          queryRenderedFeatures(o: object): F[];
          project(c: [number, number]): { x: number; y: number };
          getCanvas(): HTMLCanvasElement;
        };
      }
    ).__map;
    const feature = map
      .queryRenderedFeatures({ layers: ['campus-points'] })
      .find((f) => f.properties['id'] === campusId);
    if (!feature) return null;
    const point = map.project(feature.geometry.coordinates);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, id);
  expect(position, `Campus ${id} is drawn as a single point`).not.toBeNull();
  return position!;
}

export async function datasetCampusCount(page: Page): Promise<number> {
  const response = await page.request.get('data/campus.geojson');
  const json = (await response.json()) as { features: unknown[] };
  return json.features.length;
}
