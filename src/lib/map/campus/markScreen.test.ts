import { describe, expect, it } from 'vitest';
import { makeCampus } from '../../testing/fixtures.ts';
import { placeInputs, type CampusInput } from './campusMarks.ts';
import { markAt, screenMarks, toScreen, type MarkState, type ScreenView } from './markScreen.ts';
import { placeCampus, toWorld, type PlaceInput } from './placement.ts';
import { MAX_SPREAD, SYMBOL } from './ringSpread.ts';

const lyon = (id: string) =>
  makeCampus(id, { town: 'Lyon', true_lon: 4.8357, true_lat: 45.764, sector: 'creation-design' });
const one = (id: string, lon: number, lat: number, extra = {}) =>
  makeCampus(id, { town: id, true_lon: lon, true_lat: lat, ...extra });
const look = (input: PlaceInput) => {
  const p = (input as CampusInput).campus.properties;
  return { status: p.status, approximate: p.approximate === true, town: p.town };
};
const none: MarkState = { selected: null, hovered: null, highlighted: new Set() };

/** A 800 × 600 view centred on (lon, lat) at `zoom`. */
function viewAt(lon: number, lat: number, zoom: number): ScreenView {
  const [centreX, centreY] = toWorld(lon, lat);
  return {
    centreX,
    centreY,
    screenX: 400,
    screenY: 300,
    worldSize: 512 * 2 ** zoom,
    width: 800,
    height: 600,
  };
}

describe('toScreen', () => {
  it('puts the centre at the screen centre and a place east of it to the right', () => {
    const view = viewAt(2, 46, 6);
    expect(toScreen(view, view.centreX, view.centreY)).toEqual([400, 300]);
    const [x, y] = toScreen(view, ...toWorld(3, 46));
    expect(x).toBeGreaterThan(400);
    expect(y).toBeCloseTo(300, 6);
    // One degree of longitude at zoom 6: 512 × 64 / 360 px.
    expect(x - 400).toBeCloseTo((512 * 64) / 360, 6);
  });
});

describe('screenMarks', () => {
  it('spreads the Campus of one town on a ring around a hub that names the town', () => {
    const placement = placeCampus(placeInputs([lyon('b'), lyon('a'), lyon('c')]), 6, () => 1);
    const marks = screenMarks(placement, viewAt(4.8357, 45.764, 6), 1, none, look);
    expect(marks.hubs.map((h) => [h.id, h.n, h.town])).toEqual([['@hub-0', 3, 'Lyon']]);
    expect(marks.campus.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    const hub = marks.hubs[0]!;
    for (const c of marks.campus) {
      // Each on the ring, a symbol's size, naming no town (the hub does).
      expect(Math.hypot(c.x - hub.x, c.y - hub.y)).toBeCloseTo(hub.ring, 0);
      expect(c.size).toBe(SYMBOL);
      expect(c.town).toBe('');
    }
    expect(new Set(marks.campus.map((c) => `${Math.round(c.x)},${Math.round(c.y)}`)).size).toBe(3);
  });

  it('lets a Campus alone name its town and carry its status and approximate flag', () => {
    const placement = placeCampus(
      placeInputs([
        one('Rochefort', -0.96, 45.94, { approximate: true, status: 'projet' }),
        one('Nice', 7.26, 43.7),
      ]),
      5,
      () => 1,
    );
    const marks = screenMarks(placement, viewAt(3, 45, 5), 1, none, look);
    const byId = new Map(marks.campus.map((c) => [c.id, c]));
    expect(byId.get('Rochefort')).toMatchObject({ town: 'Rochefort', approximate: true, status: 'projet' });
    expect(byId.get('Nice')).toMatchObject({ town: 'Nice', approximate: false });
  });

  it('leaves out what is off screen', () => {
    const placement = placeCampus(
      placeInputs([one('Nice', 7.26, 43.7), one('Brest', -4.49, 48.39)]),
      8,
      () => 1,
    );
    const marks = screenMarks(placement, viewAt(7.26, 43.7, 8), 1, none, look);
    expect(marks.campus.map((c) => c.id)).toEqual(['Nice']);
  });

  it('rings the selected and the hovered, and fades what holds nothing highlighted', () => {
    const placement = placeCampus(
      placeInputs([one('a', 2, 46), one('b', 4, 46), one('c', 6, 46)]),
      5,
      () => 1,
    );
    const view = viewAt(4, 46, 5);
    const marks = screenMarks(
      placement,
      view,
      1,
      { selected: 'a', hovered: 'b', highlighted: new Set(['b']) },
      look,
    );
    const byId = new Map(marks.campus.map((c) => [c.id, c]));
    expect([byId.get('a')!.halo, byId.get('b')!.halo, byId.get('c')!.halo]).toEqual([
      'selected',
      'hover',
      null,
    ]);
    expect([byId.get('a')!.faded, byId.get('b')!.faded, byId.get('c')!.faded]).toEqual([true, false, true]);
  });

  it('gives an aggregate its count, its sector make-up and its members', () => {
    const crowd = Array.from({ length: MAX_SPREAD + 3 }, (_, i) =>
      one(`p${i}`, 2.35 + i * 1e-4, 48.85, { sector: i < 3 ? 'energie' : 'numerique' }),
    );
    const placement = placeCampus(placeInputs(crowd), 5, () => 1);
    const marks = screenMarks(placement, viewAt(2.35, 48.85, 5), 1, none, look);
    expect(marks.campus).toEqual([]);
    expect(marks.aggregates).toHaveLength(1);
    const [aggregate] = marks.aggregates;
    expect(aggregate!.count).toBe(MAX_SPREAD + 3);
    expect(Object.fromEntries(aggregate!.bySector)).toEqual({ energie: 3, numerique: 10 });
  });
});

describe('markAt', () => {
  const placement = placeCampus(placeInputs([lyon('b'), lyon('a'), one('Nice', 7.26, 43.7)]), 6, () => 1);
  const marks = screenMarks(placement, viewAt(6, 45, 6), 1, none, look);

  it('finds each Campus of a ring under its own symbol', () => {
    for (const c of marks.campus)
      expect(markAt(marks, c.x + 3, c.y - 3)).toMatchObject({ kind: 'campus', id: c.id });
  });

  it('finds nothing between marks, nor on a hub', () => {
    const hub = marks.hubs[0]!;
    expect(markAt(marks, hub.x, hub.y)).toBeNull();
    expect(markAt(marks, 5, 5)).toBeNull();
  });

  it('answers the aggregate with its members', () => {
    const crowd = Array.from({ length: MAX_SPREAD + 3 }, (_, i) => one(`p${i}`, 2.35 + i * 1e-4, 48.85));
    const dense = screenMarks(
      placeCampus(placeInputs(crowd), 5, () => 1),
      viewAt(2.35, 48.85, 5),
      1,
      none,
      look,
    );
    const [aggregate] = dense.aggregates;
    const hit = markAt(dense, aggregate!.x + 10, aggregate!.y);
    expect(hit).toMatchObject({ kind: 'aggregate', count: MAX_SPREAD + 3 });
    expect(hit?.kind === 'aggregate' ? hit.members.length : 0).toBe(MAX_SPREAD + 3);
  });
});
