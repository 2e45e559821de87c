/** What the pointer is over right now: shared by the map and the charts so each highlights the other. */
import type { SectorId } from '../model/types.ts';
import type { AreaLevel } from '../model/areas.ts';

export interface AreaRef {
  level: AreaLevel;
  code: string;
}

export class HoverState {
  /** Campus point under the pointer (map, list). */
  campus = $state<string | null>(null);
  /** Sector bar or legend entry under the pointer. */
  sector = $state<SectorId | null>(null);
  /** Région or académie under the pointer (map area, chart bar). */
  area = $state.raw<AreaRef | null>(null);
  /**
   * Where the area hover comes from. A chart bar lights its area and Campus up on the map; an area
   * under the map pointer only lights its bar up (the map does not flicker as the pointer crosses it).
   */
  areaOrigin = $state<'map' | 'chart'>('chart');

  setArea(area: AreaRef | null, origin: 'map' | 'chart'): void {
    this.area = area;
    this.areaOrigin = origin;
  }

  clear(): void {
    this.campus = null;
    this.sector = null;
    this.area = null;
    this.areaOrigin = 'chart';
  }

  /** The area hovered from a chart, if any (what the map highlights). */
  get chartArea(): AreaRef | null {
    return this.areaOrigin === 'chart' ? this.area : null;
  }
}
