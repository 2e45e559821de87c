/**
 * The Campus of the SVG map (the first paint while MapLibre loads, and the map without WebGL), placed
 * exactly as the MapLibre map places them (placement.ts, at the zoom the SVG's fit amounts to), so the
 * hand-over does not jump: the same rings, the same pushed-aside symbols with their leader lines, the
 * same aggregates where thousands crowd.
 */
import type { CampusFeature, CampusStatus, SectorId } from '../../model/types.ts';
import { placeInputs, type CampusInput } from '../campus/campusMarks.ts';
import { SECTOR_IDS } from '../../model/types.ts';
import { bandOrigin, fromWorld, placeCampus, zoomBand } from '../campus/placement.ts';
import { aggregateRadius } from '../campus/markGrouping.ts';
import { iconSizeAt } from '../style.ts';
import { MARK } from '../../theme/markLook.ts';

type Project = (lonLat: readonly [number, number]) => [number, number];

interface SvgCampus {
  id: string;
  name: string;
  sector: SectorId;
  status: CampusStatus;
  approximate: boolean;
  x: number;
  y: number;
}

interface SvgAggregate {
  key: string;
  x: number;
  y: number;
  r: number;
  count: number;
  /** Pie slices as SVG paths, with the sector of each. */
  slices: { sector: SectorId; d: string }[];
}

export interface SvgMarks {
  /** Pixels per symbol unit (theme/markLook.ts): what the marks' look is scaled by. */
  scale: number;
  /** Symbol radius in pixels. */
  r: number;
  campus: SvgCampus[];
  /** Spokes of the rings and leader lines: [x1, y1, x2, y2]. */
  lines: [number, number, number, number][];
  hubs: { x: number; y: number }[];
  aggregates: SvgAggregate[];
}

/** MapLibre's zoom for a fit of `k` pixels per Mercator degree (its world is 512 px at zoom 0). */
export const zoomOfScale = (k: number) => Math.log2((k * 360) / 512);

const round1 = (n: number) => Math.round(n * 10) / 10;

function slices(bySector: ReadonlyMap<string, number>, r: number): { sector: SectorId; d: string }[] {
  const total = [...bySector.values()].reduce((a, b) => a + b, 0);
  const out: { sector: SectorId; d: string }[] = [];
  let start = -Math.PI / 2;
  for (const sector of SECTOR_IDS) {
    const n = bySector.get(sector) ?? 0;
    if (n === 0) continue;
    const end = start + (2 * Math.PI * n) / total;
    const [x0, y0] = [r * Math.cos(start), r * Math.sin(start)];
    const [x1, y1] = [r * Math.cos(end), r * Math.sin(end)];
    const large = end - start > Math.PI ? 1 : 0;
    out.push({
      sector,
      d:
        n === total
          ? `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`
          : `M0 0L${round1(x0)} ${round1(y0)}A${r} ${r} 0 ${large} 1 ${round1(x1)} ${round1(y1)}Z`,
    });
    start = end;
  }
  return out;
}

/** The Campus as the SVG map draws them, for a fit of `k` pixels per Mercator degree. */
export function svgMarks(campus: readonly CampusFeature[], project: Project, k: number): SvgMarks {
  const zoom = zoomOfScale(k);
  // The SVG map always shows its first view: the band starting at its zoom, as the MapLibre map's.
  const placement = placeCampus(
    placeInputs(campus, { trueCopies: false }),
    zoomBand(zoom, bandOrigin(zoom)),
    (z) => iconSizeAt(z),
  );
  // The symbols shrink as the MapLibre overlay's do (placement.ts, `symbolFactor`).
  const size = iconSizeAt(zoom) * placement.symbolFactor;
  const at = (x: number, y: number) => project(fromWorld(x, y));
  const marks: SvgMarks = {
    scale: size,
    r: MARK.radius * size,
    campus: [],
    lines: [],
    hubs: [],
    aggregates: [],
  };
  for (const leader of placement.leaders) {
    const [x1, y1] = at(...leader.from);
    const [x2, y2] = at(...leader.to);
    marks.lines.push([round1(x1), round1(y1), round1(x2), round1(y2)]);
  }
  for (const group of placement.groups) {
    const [x, y] = at(group.x, group.y);
    marks.hubs.push({ x: round1(x), y: round1(y) });
  }
  for (const placed of placement.campus) {
    const [hx, hy] = at(placed.x, placed.y);
    const x = round1(hx + placed.offset[0] * size);
    const y = round1(hy + placed.offset[1] * size);
    if (placed.group >= 0) marks.lines.push([round1(hx), round1(hy), x, y]);
    const p = (placed.input as CampusInput).campus.properties;
    marks.campus.push({
      id: placed.input.id,
      name: p.name,
      sector: p.sector,
      status: p.status,
      approximate: p.approximate === true,
      x,
      y,
    });
  }
  placement.aggregates.forEach((aggregate, i) => {
    const [x, y] = at(aggregate.x, aggregate.y);
    const r = aggregateRadius(aggregate.members.length) * size;
    marks.aggregates.push({
      key: `a${i}`,
      x: round1(x),
      y: round1(y),
      r,
      count: aggregate.members.length,
      slices: slices(aggregate.bySector, r),
    });
  });
  return marks;
}
