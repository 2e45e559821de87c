import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '../model/types.ts';
import {
  APPROXIMATE,
  APPROXIMATE_SHAPES,
  MARK,
  campusShapes,
  markLetterColour,
  markSvg,
  paintShapes,
  shapesExtent,
  type MarkShape,
} from './markLook.ts';
import { COLOURS, SECTOR_COLOURS, SECTOR_LETTERS, contrastRatio } from './palette.ts';

const circles = (shapes: MarkShape[]) => shapes.filter((s) => s.kind === 'circle');

describe('campusShapes', () => {
  it('draws a labelled Campus as a disc of its colour, with its letter on top', () => {
    const shapes = campusShapes('energie', 'labellise');
    expect(shapes[0]).toEqual({ kind: 'circle', r: MARK.radius, fill: SECTOR_COLOURS.energie });
    expect(shapes.at(-1)).toMatchObject({ kind: 'letter', text: SECTOR_LETTERS.energie });
    // No ring of the sector's colour: the status is told by the fill.
    expect(circles(shapes).filter((c) => c.stroke === SECTOR_COLOURS.energie)).toHaveLength(0);
  });

  it('draws a project as a white disc in a ring of its colour, inside the disc', () => {
    const shapes = campusShapes('energie', 'projet');
    expect(shapes[0]).toMatchObject({ r: MARK.radius, fill: '#ffffff' });
    const ring = circles(shapes).find((c) => c.stroke === SECTOR_COLOURS.energie)!;
    expect(ring.width).toBe(MARK.projectRing);
    expect(ring.r + ring.width! / 2).toBeCloseTo(MARK.radius, 9);
  });

  it('keeps the white rim and the dark edge outside the disc, for both statuses', () => {
    for (const status of ['labellise', 'projet'] as const) {
      const outer = circles(campusShapes('tourisme', status)).slice(-2);
      expect(outer.map((c) => c.stroke)).toEqual(['#ffffff', MARK.edge.colour]);
      expect(outer[0]!.r).toBeGreaterThan(MARK.radius);
      expect(outer[1]!.r).toBeGreaterThan(outer[0]!.r);
    }
  });

  it('writes every letter readably on what lies under it', () => {
    for (const sector of SECTOR_IDS) {
      const disc = SECTOR_COLOURS[sector];
      // The better of white and ink on the disc (bold text: 3:1 at least).
      const letter = markLetterColour(sector, 'labellise');
      const other = letter === '#ffffff' ? COLOURS.ink : '#ffffff';
      expect(contrastRatio(letter, disc)).toBeGreaterThanOrEqual(contrastRatio(other, disc));
      expect(contrastRatio(letter, disc)).toBeGreaterThanOrEqual(3);
      // On a project's white: dark ink, or the sector's own colour when that colour is dark.
      expect(contrastRatio(markLetterColour(sector, 'projet'), '#ffffff')).toBeGreaterThanOrEqual(3);
    }
    expect(markLetterColour('mobilite', 'projet')).toBe(SECTOR_COLOURS.mobilite);
    expect(markLetterColour('tourisme', 'projet')).toBe(COLOURS.ink);
  });
});

describe('the approximate ring', () => {
  it('is a dark dashed ring on a white one, clear of the symbol', () => {
    const [under, dashes] = APPROXIMATE_SHAPES;
    expect(under).toMatchObject({ r: APPROXIMATE.radius, stroke: '#ffffff' });
    expect(dashes).toMatchObject({ r: APPROXIMATE.radius, stroke: COLOURS.ink, dash: APPROXIMATE.dash });
    expect(APPROXIMATE.radius - APPROXIMATE.underWidth / 2).toBeGreaterThan(
      shapesExtent(campusShapes('energie', 'labellise')),
    );
    // Within its image's box.
    expect(2 * shapesExtent(APPROXIMATE_SHAPES)).toBeLessThanOrEqual(APPROXIMATE.box);
  });
});

describe('shapesExtent', () => {
  it('reaches the outer edge of the outermost stroke, within the symbol box', () => {
    expect(shapesExtent(campusShapes('energie', 'labellise'))).toBeCloseTo(
      MARK.radius + MARK.edge.offset + MARK.edge.width / 2,
      9,
    );
    expect(2 * shapesExtent(campusShapes('energie', 'projet'))).toBeLessThanOrEqual(MARK.box);
  });
});

describe('markSvg', () => {
  it('writes the shapes as SVG at the scale asked, dashes scaled too', () => {
    const svg = markSvg([...APPROXIMATE_SHAPES, ...campusShapes('mobilite', 'projet')], 2);
    expect(svg).toContain(`<circle r="20" fill="#ffffff"/>`);
    expect(svg).toContain(`stroke-dasharray="6 4.4"`);
    expect(svg).toContain(`stroke="${SECTOR_COLOURS.mobilite}" stroke-width="7"`);
    expect(svg).toMatch(/<text [^>]*y="1.6"[^>]*font-size="25" fill="#332288">T<\/text>$/);
    // Well-formed: the font stack's quotes do not close the attribute.
    expect(svg).not.toContain('font-family=""');
  });
});

describe('paintShapes', () => {
  it('draws each circle where and as large as asked, and the letter below the centre', () => {
    const calls: string[] = [];
    const ctx = new Proxy(
      {},
      {
        get: (_, op: string) =>
          op === 'setLineDash' || op === 'arc' || op === 'fillText'
            ? (...a: unknown[]) => calls.push(`${op}(${a.join(',')})`)
            : () => {},
        set: (_, op: string, v) => (calls.push(`${op}=${v}`), true),
      },
    ) as unknown as CanvasRenderingContext2D;
    paintShapes(ctx, APPROXIMATE_SHAPES, 50, 40, 2);
    expect(calls.filter((c) => c.startsWith('arc'))).toEqual([
      `arc(50,40,${APPROXIMATE.radius * 2},0,${2 * Math.PI})`,
      `arc(50,40,${APPROXIMATE.radius * 2},0,${2 * Math.PI})`,
    ]);
    expect(calls).toContain('setLineDash(6,4.4)');
    calls.length = 0;
    paintShapes(ctx, campusShapes('energie', 'labellise'), 50, 40, 2);
    expect(calls).toContain(`fillText(E,50,${40 + MARK.letter.dy * 2})`);
    expect(calls).toContain(
      `font=bold ${MARK.letter.size * 2}px "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif`,
    );
  });
});
