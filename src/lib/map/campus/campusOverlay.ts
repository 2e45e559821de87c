/**
 * The Campus overlay: a 2D canvas laid over MapLibre's, in its canvas container, redrawn in the same
 * task as each MapLibre frame (its `render` event) and on its own when only the marks change (a filter,
 * a hover, a highlight: no MapLibre frame at all). It draws what markScreen.ts computes and answers
 * which mark is under a point.
 *
 * Tests and the benchmark read what it drew from the element: `canvas.campusMarks` (markScreen's
 * `ScreenMarks` of the last frame, CSS pixels of the map's canvas).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  markAt,
  screenMarks,
  toScreen,
  type CampusLook,
  type MarkHit,
  type MarkState,
  type ScreenMarks,
  type ScreenView,
} from './markScreen.ts';
import { measureText, paintMarks, prewarmSprites, spriteRatio, townFont } from './paintMarks.ts';
import { toWorld, type Placement, type PlaceInput } from './placement.ts';
import { TOWN_LABEL_MINZOOM, iconSizeAt } from '../style.ts';
import { placeTownLabels } from './townLabels.ts';

const OVERLAY_CLASS = 'campus-overlay';

/**
 * The overlay draws in screen space with a plain scale and shift (markScreen.ts `toScreen`): a turned
 * or tilted map would put every mark in the wrong place. MapRoot creates the map without rotation nor
 * pitch (`maxPitch: 0`, rotation gestures off); this says so loudly if anything turns it anyway — it
 * throws in development and tests, logs once in production (and the marks are drawn flat regardless).
 */
export function assertFlatCamera(bearing: number, pitch: number): void {
  if (bearing === 0 && pitch === 0) return;
  const message = `Campus overlay: the map must stay flat and north-up (bearing ${bearing}, pitch ${pitch})`;
  if (import.meta.env.DEV) throw new Error(message);
  if (!warnedTilted) console.error(message);
  warnedTilted = true;
}
let warnedTilted = false;

/** The overlay's element, with what it drew last (for tests and the benchmark). */
export type OverlayCanvas = HTMLCanvasElement & { campusMarks?: ScreenMarks };

const EMPTY: Placement = {
  zoomBand: 0,
  symbolFactor: 1,
  campus: [],
  groups: [],
  aggregates: [],
  leaders: [],
};

export class CampusOverlay {
  readonly canvas: OverlayCanvas;
  placement: Placement = EMPTY;
  state: MarkState = { selected: null, hovered: null, highlighted: new Set() };
  typeScale = 1;
  visible = true;
  private marks: ScreenMarks | null = null;
  private frame = 0;
  /** Text widths of the town names, kept across frames for one font (measuring is not free). */
  private measure: { font: string; width: (text: string) => number } | null = null;
  private readonly map: MapLibreMap;
  private readonly look: (input: PlaceInput) => CampusLook;
  private readonly onRender = () => this.draw();

  constructor(map: MapLibreMap, look: (input: PlaceInput) => CampusLook) {
    this.map = map;
    this.look = look;
    this.canvas = document.createElement('canvas');
    this.canvas.className = OVERLAY_CLASS;
    this.canvas.setAttribute('aria-hidden', 'true');
    // Above MapLibre's canvas, under its controls and popups; clicks go through to the map, whose
    // events ask `hit()` what they landed on.
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    map.getCanvasContainer().appendChild(this.canvas);
    prewarmSprites(spriteRatio(map.getPixelRatio(), 1));
    map.on('render', this.onRender);
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.map.off('render', this.onRender);
    this.canvas.remove();
  }

  /** Draws at the next animation frame (marks changed, the map did not move). */
  requestDraw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws now, at the size and pixel ratio of MapLibre's canvas (an export draws at 2×). */
  draw(): void {
    assertFlatCamera(this.map.getBearing(), this.map.getPitch());
    const source = this.map.getCanvas();
    const { canvas } = this;
    if (canvas.width !== source.width || canvas.height !== source.height) {
      canvas.width = source.width;
      canvas.height = source.height;
    }
    canvas.style.width = source.style.width;
    canvas.style.height = source.style.height;
    canvas.style.display = this.visible ? '' : 'none';
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!this.visible) {
      this.marks = null;
      canvas.campusMarks = undefined;
      return;
    }
    const view = this.view();
    const ratio = source.width / view.width;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const zoom = this.map.getZoom();
    const marks = screenMarks(this.placement, view, this.symbolSize(zoom), this.state, this.look);
    const font = townFont(this.typeScale);
    if (this.measure?.font !== font) this.measure = { font, width: measureText(ctx, font) };
    const labels =
      zoom >= TOWN_LABEL_MINZOOM ? placeTownLabels(marks, 11.5 * this.typeScale, this.measure.width) : [];
    paintMarks(ctx, marks, labels, this.typeScale, ratio);
    this.marks = marks;
    canvas.campusMarks = marks;
  }

  /** CSS pixels per symbol unit at `zoom`: the layers' icon size, shrunk as the placement says. */
  private symbolSize(zoom: number): number {
    return iconSizeAt(zoom, this.typeScale) * this.placement.symbolFactor;
  }

  /** The map's camera now, in the terms of markScreen.ts. */
  private view(): ScreenView {
    // CSS size from the canvas's buffer size and pixel ratio, not its client size: reading that would
    // force a layout of the page in the middle of a filter change.
    const source = this.map.getCanvas();
    const ratio = this.map.getPixelRatio();
    const [width, height] = [source.width / ratio, source.height / ratio];
    const centre = this.map.getCenter();
    const [centreX, centreY] = toWorld(centre.lng, centre.lat);
    const at = this.map.project(centre);
    return {
      centreX,
      centreY,
      screenX: at.x,
      screenY: at.y,
      worldSize: 512 * 2 ** this.map.getZoom(),
      width,
      height,
    };
  }

  /**
   * Where the Campus symbols in view are now (CSS pixels of the canvas), each Campus once: for the
   * keyboard layer. Arithmetic only (no MapLibre projection per Campus).
   */
  campusInView(): { id: string; x: number; y: number }[] {
    const view = this.view();
    const scale = this.symbolSize(this.map.getZoom());
    const seen = new Set<string>();
    const points: { id: string; x: number; y: number }[] = [];
    for (const mark of this.placement.campus) {
      const [ax, ay] = toScreen(view, mark.x, mark.y);
      const x = ax + mark.offset[0] * scale;
      const y = ay + mark.offset[1] * scale;
      if (x < 0 || y < 0 || x > view.width || y > view.height || seen.has(mark.input.id)) continue;
      seen.add(mark.input.id);
      points.push({ id: mark.input.id, x, y });
    }
    return points;
  }

  /** The mark under a point of the map's canvas (CSS pixels), or null. */
  hit(x: number, y: number): MarkHit | null {
    return this.marks ? markAt(this.marks, x, y) : null;
  }
}
