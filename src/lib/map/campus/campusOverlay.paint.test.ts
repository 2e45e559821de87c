import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  imageContent,
  imagesDrawn,
  installRecordingCanvases,
  textsDrawn,
} from '../../testing/recordingCanvas.ts';
import {
  SIDE6,
  at,
  calls,
  fakeMap,
  look,
  looks,
  near,
  placement,
  symbols,
} from '../../testing/fakeOverlayMap.ts';
import { SECTOR_COLOURS, SECTOR_LETTERS } from '../../theme/palette.ts';
import { CampusOverlay } from './campusOverlay.ts';
import { FADED_OPACITY } from './paintMarks.ts';
import { placeCampus } from './placement.ts';
import { SYMBOL } from './ringSpread.ts';
import { iconSizeAt } from '../style.ts';

// What the overlay paints for a placement, read from its recording canvas (hit-testing and the frame's
// life are in campusOverlay.test.ts).
let canvases: ReturnType<typeof installRecordingCanvases>;
beforeEach(() => (canvases = installRecordingCanvases()));
afterEach(() => {
  canvases.restore();
  vi.unstubAllGlobals();
});

describe('CampusOverlay painting', () => {
  it('draws one symbol per Campus, centred on its screen position, a symbol wide', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placement([at('a', 100, 80), at('b', 300, 200), at('c', 50, 250)]);
    overlay.draw();
    const drawn = symbols(overlay);
    expect(drawn.map((d) => [d.x, d.y])).toEqual([
      [expect.closeTo(100, 6), expect.closeTo(80, 6)],
      [expect.closeTo(300, 6), expect.closeTo(200, 6)],
      [expect.closeTo(50, 6), expect.closeTo(250, 6)],
    ]);
    for (const d of drawn) expect(d.side).toBeCloseTo(SIDE6, 9);
  });

  it('leaves out a Campus well outside the view, and keeps one half-visible at its edge', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placement([at('edge', 405, 150), at('far', 700, 150), at('above', 200, -400)]);
    overlay.draw();
    expect(symbols(overlay).map((d) => Math.round(d.x))).toEqual([405]);
    expect(overlay.canvas.campusMarks!.campus.map((c) => c.id)).toEqual(['edge']);
  });

  it('draws the symbols smaller when the placement shrinks them, and larger on a larger type scale', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = { ...placement([at('a', 100, 100)]), symbolFactor: 0.75 };
    overlay.draw();
    expect(symbols(overlay).at(-1)!.side).toBeCloseTo(0.75 * SIDE6, 9);
    overlay.typeScale = 1.5;
    overlay.draw();
    expect(symbols(overlay).at(-1)!.side).toBeCloseTo(0.75 * SYMBOL * iconSizeAt(6, 1.5), 9);
  });

  it('shows each Campus in its sector’s colour and letter: a filled disc when labelled, a ring when a project', () => {
    const overlay = new CampusOverlay(
      fakeMap().map,
      looks({ b: { status: 'projet' }, c: { status: 'projet' } }),
    );
    overlay.placement = placement([
      at('a', 100, 100, 6, 'tourisme'),
      at('b', 200, 100, 6, 'tourisme'),
      at('c', 300, 100, 6, 'mobilite'),
    ]);
    overlay.draw();
    const [a, b, c] = symbols(overlay).map((d) => imageContent(d.image));
    expect(a!.text).toEqual([SECTOR_LETTERS.tourisme]);
    expect(a!.fills[0]).toBe(SECTOR_COLOURS.tourisme);
    expect(a!.strokes).not.toContain(SECTOR_COLOURS.tourisme);
    // A project: a white disc in a ring of its sector's colour, with the same letter.
    expect(b!.text).toEqual([SECTOR_LETTERS.tourisme]);
    expect(b!.fills[0]).toBe('#ffffff');
    expect(b!.strokes).toContain(SECTOR_COLOURS.tourisme);
    expect(c!.text).toEqual([SECTOR_LETTERS.mobilite]);
    expect(c!.strokes).toContain(SECTOR_COLOURS.mobilite);
  });

  it('rings an approximate position with a dashed circle under its symbol, and no other', () => {
    const overlay = new CampusOverlay(fakeMap().map, looks({ rough: { approximate: true } }));
    overlay.placement = placement([at('exact', 100, 100), at('rough', 250, 120)]);
    overlay.draw();
    const images = imagesDrawn(calls(overlay));
    const dashed = images.filter((d) => imageContent(d.image).dashed);
    expect(dashed).toHaveLength(1);
    expect(dashed[0]!.x).toBeCloseTo(250, 6);
    expect(dashed[0]!.y).toBeCloseTo(120, 6);
    // Wider than the symbol it goes around, and drawn before it.
    const symbol = images.findIndex((d) => imageContent(d.image).text.length > 0 && near(d, 250, 120));
    expect(dashed[0]!.side).toBeGreaterThan(images[symbol]!.side);
    expect(images.indexOf(dashed[0]!)).toBeLessThan(symbol);
  });

  it('puts a halo under the selected and the hovered Campus, the selection’s the larger', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placement([at('a', 100, 100), at('b', 200, 100), at('c', 300, 100)]);
    overlay.state = { selected: 'a', hovered: 'c', highlighted: new Set() };
    overlay.draw();
    const halos = imagesDrawn(calls(overlay)).filter((d) => {
      const content = imageContent(d.image);
      return content.text.length === 0 && !content.dashed;
    });
    expect(halos.map((d) => Math.round(d.x))).toEqual([100, 300]);
    expect(halos[0]!.side).toBeGreaterThan(halos[1]!.side);
    expect(halos[1]!.side).toBeGreaterThan(SIDE6);
  });

  it('fades every mark but the highlighted Campus while some are highlighted', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placement([at('a', 100, 100), at('b', 200, 100), at('c', 300, 100)]);
    overlay.state = { selected: null, hovered: null, highlighted: new Set(['b']) };
    overlay.draw();
    expect(symbols(overlay).map((d) => d.alpha)).toEqual([FADED_OPACITY, 1, FADED_OPACITY]);
    overlay.state = { selected: null, hovered: null, highlighted: new Set() };
    overlay.draw();
    expect(
      symbols(overlay)
        .slice(-3)
        .map((d) => d.alpha),
    ).toEqual([1, 1, 1]);
  });

  it('draws an aggregate as one mark with its count, under the Campus symbols', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    const members = Array.from({ length: 37 }, (_, i) => at(`m${i}`, 150, 150));
    overlay.placement = placement([at('alone', 320, 60)], {
      aggregates: [
        {
          kind: 'aggregate',
          x: members[0]!.x,
          y: members[0]!.y,
          members,
          bySector: new Map([['energie', 37]]),
        },
      ],
    });
    overlay.draw();
    const count = textsDrawn(calls(overlay)).find((t) => t.text === '37')!;
    expect(count.x).toBeCloseTo(150, 6);
    expect(Math.abs(count.y - 150)).toBeLessThanOrEqual(1);
    const images = imagesDrawn(calls(overlay));
    const disc = images.find((d) => near(d, 150, 150))!;
    // Its image is in its sector's colour and holds no letter; the Campus alone comes after it.
    expect(imageContent(disc.image).fills).toContain(SECTOR_COLOURS.energie);
    expect(imageContent(disc.image).text).toEqual([]);
    expect(disc.side).toBeGreaterThan(SIDE6);
    expect(symbols(overlay)).toHaveLength(1);
    expect(images.indexOf(disc)).toBeLessThan(images.findIndex((d) => imageContent(d.image).text.length > 0));
  });

  it('spreads the Campus of one town on a ring around its hub (the real placement)', () => {
    const overlay = new CampusOverlay(fakeMap().map, look);
    overlay.placement = placeCampus([at('x', 200, 150), at('y', 200, 150), at('z', 200, 150)], 6, (z) =>
      iconSizeAt(z),
    );
    overlay.draw();
    const drawn = symbols(overlay);
    expect(drawn).toHaveLength(3);
    const distances = drawn.map((d) => Math.hypot(d.x - 200, d.y - 150));
    // (The ring's offsets are rounded to 1/100 of a symbol unit.)
    for (const d of distances) expect(d).toBeCloseTo(distances[0]!, 1);
    expect(distances[0]).toBeGreaterThan(SIDE6 / 2);
    // The hub sits at the town, under the ring.
    const images = imagesDrawn(calls(overlay));
    const hub = images.findIndex((d) => near(d, 200, 150));
    expect(hub).toBeGreaterThanOrEqual(0);
    expect(hub).toBeLessThan(images.findIndex((d) => imageContent(d.image).text.length > 0));
  });
});

describe('CampusOverlay town names', () => {
  /** Boxes of the names written (6 px per character, the recording context's measure). */
  function nameBoxes(overlay: CampusOverlay, names: string[]) {
    const height = 11.5 * 1.2;
    return textsDrawn(calls(overlay))
      .filter((t) => names.includes(t.text))
      .map((t) => {
        const width = 6 * t.text.length;
        return {
          text: t.text,
          x0: t.x - width / 2,
          x1: t.x + width / 2,
          y0: t.y - height / 2,
          y1: t.y + height / 2,
        };
      });
  }
  type Box = ReturnType<typeof nameBoxes>[number];
  const overlap = (a: Box, b: { x0: number; x1: number; y0: number; y1: number }) =>
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  const towns = { a: { town: 'Tulle' }, b: { town: 'Ussel' }, c: { town: 'Brive-la-Gaillarde' } };

  it('names the towns from a département’s view on, under each Campus, never over a name or a symbol', () => {
    const overlay = new CampusOverlay(fakeMap({ zoom: 8 }).map, looks(towns));
    // Three Campus close together: the names cannot all go below.
    const campus = [at('a', 200, 150, 8), at('b', 200, 185, 8), at('c', 230, 165, 8)];
    overlay.placement = placement(campus);
    overlay.draw();
    const boxes = nameBoxes(overlay, ['Tulle', 'Ussel', 'Brive-la-Gaillarde']);
    expect(boxes.map((b) => b.text)).toEqual(['Tulle', 'Ussel', 'Brive-la-Gaillarde']);
    const side = SYMBOL * iconSizeAt(8);
    const discs = symbols(overlay).map((d) => ({
      x0: d.x - side / 2,
      x1: d.x + side / 2,
      y0: d.y - side / 2,
      y1: d.y + side / 2,
    }));
    expect(discs).toHaveLength(3);
    for (const [i, box] of boxes.entries()) {
      for (const other of boxes.slice(i + 1))
        expect(overlap(box, other), `${box.text}/${other.text}`).toBe(false);
      for (const disc of discs) expect(overlap(box, disc), box.text).toBe(false);
    }
    const [tulle, ussel, brive] = boxes as [Box, Box, Box];
    // Below Tulle's symbol is Ussel's: its name goes above, centred. Ussel's goes below, where a name is
    // best; below and above Brive's are taken, so to its right.
    expect((tulle.x0 + tulle.x1) / 2).toBeCloseTo(200, 6);
    expect(tulle.y1).toBeLessThan(150 - side / 2);
    expect((ussel.x0 + ussel.x1) / 2).toBeCloseTo(200, 6);
    expect(ussel.y0).toBeGreaterThan(185 + side / 2);
    expect(brive.x0).toBeGreaterThan(230 + side / 2);
    expect((brive.y0 + brive.y1) / 2).toBeCloseTo(165, 6);
  });

  it('leaves out a name that has no free side', () => {
    const overlay = new CampusOverlay(fakeMap({ zoom: 8 }).map, looks(towns));
    overlay.placement = placement([
      at('a', 200, 150, 8),
      at('n', 200, 172, 8),
      at('s', 200, 128, 8),
      at('e', 228, 150, 8),
      at('w', 172, 150, 8),
    ]);
    overlay.draw();
    expect(symbols(overlay)).toHaveLength(5);
    expect(textsDrawn(calls(overlay))).toEqual([]);
  });

  it('draws a lone Campus’s name centred below it, a white outline under the ink, after every symbol', () => {
    const overlay = new CampusOverlay(fakeMap({ zoom: 8 }).map, looks(towns));
    overlay.placement = placement([at('a', 100, 100, 8)]);
    overlay.draw();
    const [name] = textsDrawn(calls(overlay));
    expect(name!.x).toBeCloseTo(100, 6);
    expect(name!.y - (11.5 * 1.2) / 2).toBeGreaterThan(100 + (SYMBOL * iconSizeAt(8)) / 2);
    const ops = calls(overlay).map((c) => `${c.op}:${String(c.args[0])}`);
    const stroke = ops.indexOf('strokeText:Tulle');
    expect(stroke).toBeGreaterThan(ops.map((op) => op.startsWith('drawImage')).lastIndexOf(true));
    expect(ops.indexOf('fillText:Tulle')).toBeGreaterThan(stroke);
  });

  it('writes no town name at a wider view', () => {
    const overlay = new CampusOverlay(fakeMap({ zoom: 6 }).map, looks(towns));
    overlay.placement = placement([at('a', 100, 100)]);
    overlay.draw();
    expect(textsDrawn(calls(overlay))).toEqual([]);
  });

  it('grows the names with the type scale', () => {
    const overlay = new CampusOverlay(fakeMap({ zoom: 8 }).map, looks(towns));
    overlay.placement = placement([at('a', 100, 100, 8)]);
    overlay.draw();
    overlay.typeScale = 2;
    overlay.draw();
    const fonts = textsDrawn(calls(overlay)).map((t) => t.font);
    expect(fonts[0]).toMatch(/^11\.5px /);
    expect(fonts.at(-1)).toMatch(/^23px /);
  });
});
