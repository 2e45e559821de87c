/**
 * The SVG preview's Campus as one `<path>` per sector and status (each point a circle drawn with two
 * arcs), instead of one element per Campus: 22 elements whatever the count, so 10 000 Campus draw in
 * the first frame. The preview is inert and replaced by the MapLibre map; the interactive SVG map
 * (without WebGL) keeps one focusable element per Campus.
 */
import type { CampusStatus, SectorId } from '../data/types.ts';

export interface MarkPoint {
  x: number;
  y: number;
  sector: SectorId;
  status: CampusStatus;
}

export interface MarkPath {
  sector: SectorId;
  status: CampusStatus;
  /** How many Campus the path draws. */
  count: number;
  d: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

const circle = (x: number, y: number, r: number) =>
  // Start at the left edge, half a circle to the right edge and back.
  `M${round(x - r)} ${round(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** One path of circles of radius `r` (the dashed rings of approximate positions). */
export function ringsPath(points: readonly { x: number; y: number }[], r: number): string {
  return points.map((p) => circle(p.x, p.y, r)).join('');
}

/** Groups the points by sector and status, in first-seen order, each as a circle of radius `r`. */
export function markPaths(points: readonly MarkPoint[], r: number): MarkPath[] {
  const groups = new Map<string, { sector: SectorId; status: CampusStatus; parts: string[] }>();
  for (const p of points) {
    const key = `${p.sector}|${p.status}`;
    let group = groups.get(key);
    if (!group) {
      group = { sector: p.sector, status: p.status, parts: [] };
      groups.set(key, group);
    }
    group.parts.push(circle(p.x, p.y, r));
  }
  return [...groups.values()].map(({ sector, status, parts }) => ({
    sector,
    status,
    count: parts.length,
    d: parts.join(''),
  }));
}
