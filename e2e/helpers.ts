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
 * Campus the map currently draws in the viewport: each Campus symbol once (a feature can be returned
 * once per tile it touches), plus the count of each aggregate (only where thousands crowd).
 */
export async function renderedCampusCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    type F = { properties: Record<string, unknown> };
    const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): F[] } }).__map;
    const seen = new Map<string, number>();
    for (const f of map.queryRenderedFeatures({ layers: ['campus-points', 'campus-aggregates'] })) {
      const p = f.properties;
      seen.set(String(p['id']), p['kind'] === 'aggregate' ? Number(p['count']) : 1);
    }
    return [...seen.values()].reduce((a, b) => a + b, 0);
  });
}

/** What the map draws in the viewport, by kind: Campus symbols (ids), ring hubs, aggregates. */
export async function renderedMarks(
  page: Page,
): Promise<{ campus: string[]; hubs: number; aggregates: number }> {
  return page.evaluate(() => {
    type F = { properties: Record<string, unknown> };
    const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): F[] } }).__map;
    const ids = (layer: string) =>
      [
        ...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties['id']))),
      ].sort();
    return {
      campus: ids('campus-points'),
      hubs: ids('campus-hubs').length,
      aggregates: ids('campus-aggregates').length,
    };
  });
}

/**
 * Page positions of the Campus symbols drawn in the viewport, by id: the feature's anchor plus its
 * ring offset (`icon-offset`, in symbol units, times the layer's icon size at the current zoom).
 */
export async function campusSymbolPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    type F = { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } };
    const map = (
      window as unknown as {
        __map: {
          queryRenderedFeatures(o: object): F[];
          project(c: [number, number]): { x: number; y: number };
          getCanvas(): HTMLCanvasElement;
          getZoom(): number;
          getLayoutProperty(layer: string, name: string): unknown;
        };
      }
    ).__map;
    // icon-size is ['interpolate', ['linear'], ['zoom'], z0, s0, z1, s1].
    const [, , , z0, s0, z1, s1] = map.getLayoutProperty('campus-points', 'icon-size') as number[];
    const zoom = Math.min(Math.max(map.getZoom(), z0!), z1!);
    const size = s0! + ((zoom - z0!) / (z1! - z0!)) * (s1! - s0!);
    const rect = map.getCanvas().getBoundingClientRect();
    const positions: Record<string, { x: number; y: number }> = {};
    for (const f of map.queryRenderedFeatures({ layers: ['campus-points'] })) {
      const raw = f.properties['offset'];
      const [dx, dy] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [number, number];
      const at = map.project(f.geometry.coordinates);
      positions[String(f.properties['id'])] = {
        x: rect.left + at.x + dx * size,
        y: rect.top + at.y + dy * size,
      };
    }
    return positions;
  });
}

/** Screen position (page pixels) of a rendered Campus symbol, by id (on its ring if it has one). */
export async function campusScreenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = (await campusSymbolPositions(page))[id];
  expect(position, `Campus ${id} is drawn as a symbol`).toBeDefined();
  return position!;
}

export async function datasetCampusCount(page: Page): Promise<number> {
  const response = await page.request.get('data/campus.geojson');
  const json = (await response.json()) as { features: unknown[] };
  return json.features.length;
}
