/**
 * The map of a deck's step slide, as an SVG document (rasterised to a PNG by deckPptx.ts).
 *
 * Why the vector map and not a MapLibre capture (as the slide PNG takes): a deck has 40 steps, and
 * moving MapLibre's camera to each, waiting for it to be idle and reading the canvas back costs about a
 * second a step and depends on what the GPU and the tiles do; the SVG map (the one the print sheet and
 * the map without WebGL draw: the same projection, the same Campus placement, svgMarks.ts) is built
 * from data alone — the same deck for the same data, in a few milliseconds a slide, even with the map
 * out of view. Composed like the slide PNG (slideLayout.ts): the step's area framed as large as the
 * room the legend and the footer leave, so that every Campus of the step is clear of both — and checked
 * after placement (a ring of Campus around one town reaches past its point: the framing is shrunk until
 * every symbol is in the clear room).
 */
import { MAINLAND_BOUNDS, compositeBounds, isOverseas, type Bounds } from '../geo/insets.ts';
import { geometryBounds, type Geography } from '../data/geography.ts';
import type { CampusFeature } from '../model/types.ts';
import { COLOURS, SECTOR_COLOURS } from '../theme/palette.ts';
import { AGGREGATE, APPROXIMATE_SHAPES, HUB, MARK, campusShapes, markSvg } from '../theme/markLook.ts';
import type { Spotlight } from '../query/tour.ts';
import { unionBounds } from '../map/cameraTarget.ts';
import { svgMarks, type SvgMarks } from '../map/svg/svgMarks.ts';
import { fitMercator, type Fitted } from '../map/svg/svgProjection.ts';
import type { LegendEntry } from './mapSlide.ts';
import {
  BAND,
  composeSlide,
  slideBands,
  slideBounds,
  wrapLabel,
  type Bands,
  type Box,
  type Size,
} from './slideLayout.ts';

/** The map's box on a step slide, in the slide's CSS pixels (960 × 540): the right 60 %. */
export const DECK_MAP = { width: 576, height: 540 } as const;

const FONT = "'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";
/** An estimate of a text's width (no canvas in a pure module): wide enough for Liberation Sans. */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

export interface StepMapInput {
  geography: Geography;
  /** Every Campus shown (the others are drawn faint, for context). */
  shown: readonly CampusFeature[];
  spotlight: Spotlight;
  legend: readonly LegendEntry[];
  attribution: string;
  size?: Size;
}

export interface StepMap {
  svg: string;
  /** Where the step's Campus symbols are (for the tests: all inside `clear`). */
  marks: SvgMarks;
  /** The room above the footer, and the legend inside it (the Campus must miss both). */
  clear: Box & { legend?: Box };
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** What a step frames: its Campus, or its areas, or all of France (slideLayout.ts's rule on spread). */
function stepBounds(input: Pick<StepMapInput, 'geography' | 'shown' | 'spotlight'>): Bounds {
  const { geography, shown, spotlight } = input;
  const ids = new Set(spotlight.campus);
  const points = shown
    .filter((f) => ids.has(f.id))
    .map((f): Bounds => {
      const [x, y] = f.geometry.coordinates as [number, number];
      return [x, y, x, y];
    });
  const areaOf = (features: Geography['regions']['features'], codes: readonly string[]) =>
    features.filter((f) => codes.includes(f.properties.code)).map((f) => geometryBounds(f.geometry));
  const areas = [
    ...areaOf(geography.regions.features, spotlight.regions),
    ...areaOf(geography.academies.features, spotlight.academies),
  ];
  const union = unionBounds([...points, ...areas]);
  return union ? slideBounds(atLeast(union, DECK_MIN_SPAN)) : compositeBounds();
}

/**
 * The least a step's map spans, in degrees: a practice of one Campus framed at the camera's own least
 * span (0.6°) showed a town's outskirts and nothing to place it by; at 5° its région's outline and
 * neighbours are there (seen in LibreOffice, issue 23 point 1).
 */
const DECK_MIN_SPAN = 5;

function atLeast([w, s, e, n]: Bounds, span: number): Bounds {
  const padX = Math.max(0, (span - (e - w)) / 2);
  const padY = Math.max(0, (span * 0.7 - (n - s)) / 2);
  return [w - padX, s - padY, e + padX, n + padY];
}

/** The footer's lines: the attributions, wrapped to the map's width. */
function footerLines(attribution: string, width: number): string[] {
  return wrapLabel(attribution, width - 16, (line) => textWidth(line, 9));
}

export function stepMap(input: StepMapInput): StepMap {
  const size = input.size ?? DECK_MAP;
  const { spotlight, legend } = input;
  const lines = footerLines(input.attribution, size.width);
  const labelLines = legend.map((e) => wrapLabel(e.label, 170, (l) => textWidth(l, 10.5)));
  const bands = slideBands(size, {
    titleWidth: 0,
    legendLabelWidth: Math.max(0, ...labelLines.flat().map((l) => textWidth(l, 10.5))),
    legendRows: legend.length,
    legendLines: labelLines.flat().length,
    footerOneLine: lines.length <= 1,
  });
  // No title band on the map: the slide's title is text beside it. The framing may use the top.
  bands.title = { x: 0, y: -BAND_TOP, width: 0, height: 0 };
  const bounds = stepBounds(input);
  const ids = new Set(spotlight.campus);
  const stepCampus = input.shown.filter((f) => ids.has(f.id));

  // Fit, place, and shrink the framing while a symbol would stick out of the clear room.
  let { padding } = composeSlide(size, bands, aspectOf(bounds));
  let fitted: Fitted = fitMercator(bounds, size.width, size.height, padding);
  let marks = svgMarks(stepCampus, fitted.project, fitted.scale);
  const clear = clearRoom(size, bands);
  for (let tries = 0; tries < 6; tries++) {
    const over = overflow(marks, clear);
    if (over <= 0) break;
    padding = {
      top: padding.top + over,
      bottom: padding.bottom + over,
      left: padding.left + over,
      right: padding.right + over,
    };
    fitted = fitMercator(bounds, size.width, size.height, padding);
    marks = svgMarks(stepCampus, fitted.project, fitted.scale);
  }
  const insets = showsInsets(bounds, input);
  return { svg: drawSvg(input, size, fitted, marks, bands, labelLines, lines, insets), marks, clear };
}

/** Kept clear above the map's top edge in place of the title band (the framing's own margin). */
const BAND_TOP = 8;

function aspectOf(bounds: Bounds): number {
  const f = fitMercator(bounds, 1000, 1000, 0);
  const [x0, y0] = f.project([bounds[0], bounds[3]]);
  const [x1, y1] = f.project([bounds[2], bounds[1]]);
  return Math.max(1e-6, x1 - x0) / Math.max(1e-6, y1 - y0);
}

/** The room above the footer; the legend, inside it, is an obstacle of its own (see `overflow`). */
function clearRoom(size: Size, bands: Bands): Box & { legend?: Box } {
  return { x: 0, y: 0, width: size.width, height: bands.footer.y, legend: bands.legend };
}

/** How far (px) the furthest symbol reaches into a band or past an edge; ≤ 0 when all are clear. */
function overflow(marks: SvgMarks, clear: Box & { legend?: Box }): number {
  const r = marks.r + 2;
  let worst = 0;
  for (const m of [...marks.campus, ...marks.aggregates]) {
    const reach = 'count' in m ? m.r + 2 : r;
    worst = Math.max(
      worst,
      clear.x - (m.x - reach),
      clear.y - (m.y - reach),
      m.x + reach - (clear.x + clear.width),
      m.y + reach - (clear.y + clear.height),
    );
    const l = clear.legend;
    if (l && m.x + reach > l.x && m.x - reach < l.x + l.width && m.y + reach > l.y) {
      worst = Math.max(worst, Math.min(m.x + reach - l.x, m.y + reach - l.y));
    }
  }
  return worst;
}

/**
 * Whether the overseas insets are drawn: on a map of all France, or for a step overseas. A mainland step
 * leaves them out (as the presentation covers them while it zooms on the mainland): framed on
 * Nouvelle-Aquitaine, the insets' frames, which sit in the Atlantic, filled a corner of the région's map.
 */
function showsInsets(bounds: Bounds, input: Pick<StepMapInput, 'shown' | 'spotlight'>): boolean {
  const { spotlight } = input;
  const ids = new Set(spotlight.campus);
  const overseas =
    spotlight.regions.some(isOverseas) ||
    input.shown.some((f) => ids.has(f.id) && isOverseas(f.properties.region));
  const [w, , e] = MAINLAND_BOUNDS;
  return overseas || bounds[2] - bounds[0] >= e - w;
}

function drawSvg(
  input: StepMapInput,
  size: Size,
  fitted: Fitted,
  marks: SvgMarks,
  bands: Bands,
  labelLines: string[][],
  footer: string[],
  insets: boolean,
): string {
  const { geography, spotlight, legend } = input;
  const out: string[] = [];
  const path = (d: string | null, attrs: string) => (d ? out.push(`<path d="${d}" ${attrs}/>`) : 0);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<rect width="${size.width}" height="${size.height}" fill="${COLOURS.sea}"/>`,
  );
  for (const f of geography.countries.features)
    path(fitted.path(f), `fill="${COLOURS.neighbour}" stroke="${COLOURS.neighbourLine}" stroke-width="0.5"`);
  const lit = new Set(spotlight.regions);
  const drawn = (region: string) => insets || !isOverseas(region);
  for (const f of geography.regions.features.filter((r) => drawn(r.properties.code)))
    path(
      fitted.path(f),
      `fill="${lit.has(f.properties.code) ? COLOURS.landSelected : COLOURS.land}" stroke="${COLOURS.regionLine}" stroke-width="1"`,
    );
  const litAcademies = new Set(spotlight.academies);
  for (const f of geography.academies.features.filter((a) => litAcademies.has(a.properties.code)))
    path(fitted.path(f), `fill="${COLOURS.landSelected}" stroke="${COLOURS.academieLine}" stroke-width="2"`);
  for (const f of geography.regions.features.filter((r) => lit.has(r.properties.code)))
    path(fitted.path(f), `fill="none" stroke="${COLOURS.academieLine}" stroke-width="2"`);
  for (const f of insets ? geography.frames.features : [])
    path(fitted.path(f), `fill="none" stroke="${COLOURS.frameLine}" stroke-width="1"`);

  // The régions' names (mainland; the insets' frames say enough), under the Campus: where this is.
  for (const f of geography.regionLabels.features) {
    const [x, y] = fitted.project(f.geometry.coordinates as [number, number]);
    const half = textWidth(f.properties.name, 11) / 2;
    if (x - half < 4 || y < 12 || x + half > size.width - 4 || y > size.height - 12) continue;
    out.push(
      `<text x="${r1(x)}" y="${r1(y)}" text-anchor="middle" font-family="${FONT}" font-size="11" font-style="italic" fill="${COLOURS.label}" stroke="${COLOURS.labelHalo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(f.properties.name)}</text>`,
    );
  }

  // The other Campus shown, faint: where the step stands in the network.
  const ids = new Set(spotlight.campus);
  for (const f of input.shown) {
    if (ids.has(f.id) || !drawn(f.properties.region)) continue;
    const [x, y] = fitted.project(f.geometry.coordinates as [number, number]);
    if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
    out.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="3" fill="#9aa5b1" stroke="#ffffff" stroke-width="1"/>`);
  }

  for (const [x1, y1, x2, y2] of marks.lines)
    out.push(
      `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${COLOURS.ink}" stroke-opacity="0.55" stroke-width="1.2"/>`,
    );
  for (const h of marks.hubs)
    out.push(
      `<circle cx="${h.x}" cy="${h.y}" r="${(HUB.radius + HUB.rimRadius) / 2}" fill="${COLOURS.ink}" stroke="#ffffff" stroke-width="${r1(HUB.rimRadius - HUB.radius)}"/>`,
    );
  // The Campus as the map draws them (theme/markLook.ts), at the placement's symbol size.
  for (const m of marks.campus) {
    const shapes = [...(m.approximate ? APPROXIMATE_SHAPES : []), ...campusShapes(m.sector, m.status)];
    out.push(`<g transform="translate(${m.x},${m.y})">${markSvg(shapes, marks.scale)}</g>`);
  }
  for (const a of marks.aggregates) {
    out.push(
      `<g transform="translate(${a.x},${a.y})"><circle r="${r1(a.r + AGGREGATE.rim)}" fill="#ffffff"/>`,
    );
    for (const s of a.slices) out.push(`<path d="${s.d}" fill="${SECTOR_COLOURS[s.sector]}"/>`);
    out.push(
      `<circle r="${r1(a.r * AGGREGATE.inner)}" fill="#ffffff"/><circle r="${r1(a.r + AGGREGATE.edge.offset * marks.scale)}" fill="none" stroke="${AGGREGATE.edge.colour}" stroke-width="${r1(AGGREGATE.edge.width * marks.scale)}"/><text text-anchor="middle" dominant-baseline="central" font-family="${FONT}" font-weight="700" font-size="${AGGREGATE.textSize}" fill="${COLOURS.ink}">${a.count}</text></g>`,
    );
  }

  // Legend, bottom right; footer with the attributions.
  const panel = (b: Box) =>
    out.push(
      `<rect x="${r1(b.x)}" y="${r1(b.y)}" width="${r1(b.width)}" height="${r1(b.height)}" fill="#ffffff" fill-opacity="0.9"/>`,
    );
  if (bands.legend) {
    panel(bands.legend);
    let top = bands.legend.y + 5;
    legend.forEach((entry, i) => {
      const cy = top + 9;
      const x = bands.legend!.x;
      // The group's mark as the map draws it (theme/markLook.ts).
      out.push(
        `<g transform="translate(${r1(x + 15)},${r1(cy)})">${markSvg(campusShapes(entry.sector, 'labellise'), BAND.legendDisc / MARK.radius)}</g>`,
      );
      const lines = labelLines[i] ?? [];
      lines.forEach((line, k) =>
        out.push(
          `<text x="${r1(x + 30)}" y="${r1(cy + 14 * k)}" dy="0.35em" font-family="${FONT}" font-size="10.5" fill="${COLOURS.ink}">${esc(line)}</text>`,
        ),
      );
      top += 18 + 14 * (lines.length - 1);
    });
  }
  panel(bands.footer);
  footer.forEach((line, k) =>
    out.push(
      `<text x="8" y="${r1(bands.footer.y + 14 + 13 * k)}" font-family="${FONT}" font-size="9" fill="#3c4a57">${esc(line)}</text>`,
    ),
  );
  out.push('</svg>');
  return out.join('');
}
