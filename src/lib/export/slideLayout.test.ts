import { describe, expect, it } from 'vitest';
import { compositeBounds, MAINLAND_BOUNDS, type Bounds } from '../geo/insets.ts';
import {
  BAND,
  COMPOSE_DEFAULTS,
  composeSlide,
  mercatorAspect,
  slideBands,
  slideBounds,
  type BandText,
  type Bands,
  type Box,
  wrapLabel,
} from './slideLayout.ts';

const SLIDE = { width: 960, height: 540 };
const FRANCE = mercatorAspect(compositeBounds());

/** The livret's nine groups, five of them on two lines (as mapSlide.ts measures them). */
const text = (over: Partial<BandText> = {}): BandText => ({
  titleWidth: 460,
  legendLabelWidth: 188,
  legendRows: 9,
  legendLines: 14,
  footerOneLine: false,
  ...over,
});

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box grown by the room kept around what is framed. */
const grown = ({ x, y, width, height }: Box, by = COMPOSE_DEFAULTS.around): Box => ({
  x: x - by,
  y: y - by,
  width: width + 2 * by,
  height: height + 2 * by,
});

describe('slideBands', () => {
  it.each([
    ['one footer line, nine groups on 14 lines', text({ footerOneLine: true }), 28, 9 * 18 + 5 * 14 + 10],
    ['two footer lines, three groups on 3 lines', text({ legendRows: 3, legendLines: 3 }), 46, 3 * 18 + 10],
  ])('%s', (_, measured, footerHeight, legendHeight) => {
    const bands = slideBands(SLIDE, measured);
    expect(bands.footer).toEqual({ x: 0, y: 540 - footerHeight, width: 960, height: footerHeight });
    expect(bands.title).toEqual({ x: 12, y: 12, width: 460 + 24, height: BAND.titleHeight });
    expect(bands.legend).toEqual({
      x: 960 - 12 - 230,
      y: 540 - footerHeight - 10 - legendHeight,
      width: 230,
      height: legendHeight,
    });
  });

  it('has no legend when nothing is shown, and keeps a long title inside the slide', () => {
    const bands = slideBands(SLIDE, text({ legendRows: 0, titleWidth: 5000 }));
    expect(bands.legend).toBeUndefined();
    expect(bands.title.x + bands.title.width).toBeLessThanOrEqual(960 - 12);
  });
});

describe('composeSlide', () => {
  const cases: [string, Bands, number][] = [
    ['France, the livret’s nine groups', slideBands(SLIDE, text()), FRANCE],
    [
      'France, one group',
      slideBands(SLIDE, text({ legendRows: 1, legendLines: 1, legendLabelWidth: 120 })),
      FRANCE,
    ],
    ['France, no legend', slideBands(SLIDE, text({ legendRows: 0 })), FRANCE],
    [
      'France, a very wide legend',
      slideBands(SLIDE, text({ legendLabelWidth: 400, legendLines: 9 })),
      FRANCE,
    ],
    ['a wide framing (a coast)', slideBands(SLIDE, text()), 3],
    ['a tall framing (a valley)', slideBands(SLIDE, text()), 0.4],
  ];

  it.each(cases)('%s: clear of every band, inside the slide, centred within 10 %', (_, bands, aspect) => {
    const { box, padding } = composeSlide(SLIDE, bands, aspect);
    expect(box.width / box.height).toBeCloseTo(aspect, 6);
    const around = grown(box);
    for (const band of [bands.title, bands.footer, ...(bands.legend ? [bands.legend] : [])])
      expect(overlaps(around, band)).toBe(false);
    expect(around.x).toBeGreaterThanOrEqual(0);
    expect(around.x + around.width).toBeLessThanOrEqual(SLIDE.width);
    const centre = (box.x + box.width / 2) / SLIDE.width;
    expect(centre).toBeGreaterThanOrEqual(0.4 - 1e-9);
    expect(centre).toBeLessThanOrEqual(0.5 + 1e-9);
    // The padding puts the bounds in the box.
    expect(padding).toEqual({
      top: box.y,
      left: box.x,
      bottom: SLIDE.height - box.y - box.height,
      right: SLIDE.width - box.x - box.width,
    });
  });

  it.each([
    ['nine groups: beside the legend, in the middle', text(), 0.5, 0.5],
    [
      'nine groups on one line each: beside the legend, moved left',
      text({ legendLabelWidth: 332, legendLines: 9 }),
      0.4,
      0.45,
    ],
    ['no legend: in the middle', text({ legendRows: 0 }), 0.5, 0.5],
  ])('France fills the room’s height (%s)', (_, measured, low, high) => {
    const bands = slideBands(SLIDE, measured);
    const { box } = composeSlide(SLIDE, bands, FRANCE);
    const room = bands.footer.y - (bands.title.y + bands.title.height);
    expect(box.height / room).toBeGreaterThanOrEqual(0.7);
    const centre = (box.x + box.width / 2) / SLIDE.width;
    expect(centre).toBeGreaterThanOrEqual(low);
    expect(centre).toBeLessThanOrEqual(high);
  });

  it('puts a wide framing above a short legend, centred across the slide', () => {
    const bands = slideBands(SLIDE, text({ legendRows: 1, legendLines: 1 }));
    const { box } = composeSlide(SLIDE, bands, 3);
    expect(box.x + box.width / 2).toBeCloseTo(480, 6);
    expect(box.y + box.height + COMPOSE_DEFAULTS.around).toBeLessThanOrEqual(bands.legend!.y);
  });
});

describe('slideBounds', () => {
  const france = compositeBounds();
  it.each<[string, Bounds | undefined, Bounds]>([
    ['nothing shown: France', undefined, france],
    ['Campus all over France: France', [-4.5, 43.3, 7.3, 50.6], france],
    ['Campus from Brest to Strasbourg: France', [-4.5, 47, 7.7, 49], france],
    ['one région’s Campus: them', [0, 43, 3, 45], [0, 43, 3, 45]],
  ])('%s', (_, framed, expected) => {
    expect(slideBounds(framed)).toEqual(expected);
  });

  it('keeps France’s mainland and Corse inside', () => {
    const [w, s, e, n] = slideBounds(undefined);
    expect([
      w <= MAINLAND_BOUNDS[0],
      s <= MAINLAND_BOUNDS[1],
      e >= MAINLAND_BOUNDS[2],
      n >= MAINLAND_BOUNDS[3],
    ]).toEqual([true, true, true, true]);
  });
});

describe('mercatorAspect', () => {
  it.each<[Bounds, number]>([
    [[0, -1, 2, 1], 1],
    [[0, 60, 10, 61], 10 / 2.0],
  ])('%j is about %d wide per unit of height', (bounds, expected) => {
    expect(mercatorAspect(bounds)).toBeCloseTo(expected, 0);
  });
});

describe('wrapLabel', () => {
  /** Every character 6 px wide. */
  const width = (line: string) => 6 * line.length;
  it.each<[string, number, string[]]>([
    ['Alimentaire et agroalimentaire', 200, ['Alimentaire et agroalimentaire']],
    [
      'Mobilité, aéronautique, transports terrestres et maritimes',
      190,
      ['Mobilité, aéronautique,', 'transports terrestres et', 'maritimes'],
    ],
    ['Infrastructures, bâtiment, éco-construction', 190, ['Infrastructures, bâtiment,', 'éco-construction']],
    ['Anticonstitutionnellement', 60, ['Anticonstitutionnellement']],
    ['', 100, []],
  ])('%s in %d px', (label, max, lines) => {
    expect(wrapLabel(label, max, width)).toEqual(lines);
  });
});
