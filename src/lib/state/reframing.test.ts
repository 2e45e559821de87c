import { describe, expect, it } from 'vitest';
import { reframeAfterFilter, reframeAfterSheet, type FilterMoment } from './reframing.ts';

const shownA = ['a'];
const shownB = ['b'];
const moment = (over: Partial<FilterMoment> = {}): FilterMoment => ({
  region: null,
  academie: null,
  shown: shownA,
  ...over,
});
const quiet = {
  presenting: false,
  selectedArea: null,
  userMoved: false,
  campusSelected: false,
  allShown: false,
};

describe('reframeAfterFilter', () => {
  it.each([
    ['at start (a link’s own view stands)', undefined, moment({ shown: shownB }), {}, 'stay'],
    ['while presenting', moment(), moment({ shown: shownB }), { presenting: true }, 'stay'],
    ['the Campus shown change', moment(), moment({ shown: shownB }), {}, 'shown'],
    ['all are shown again', moment(), moment({ shown: shownB }), { allShown: true }, 'home'],
    ['nothing changed', moment(), moment(), {}, 'stay'],
    ['the person moved the map', moment(), moment({ shown: shownB }), { userMoved: true }, 'stay'],
    ['a Campus is selected', moment(), moment({ shown: shownB }), { campusSelected: true }, 'stay'],
    [
      'a région is chosen (even after the person moved the map)',
      moment(),
      moment({ region: '75', shown: shownB }),
      { userMoved: true, selectedArea: { level: 'region', code: '75' } },
      'area',
    ],
    [
      'an académie is chosen',
      moment({ region: '75' }),
      moment({ region: '75', academie: 'bordeaux' }),
      { selectedArea: { level: 'academie', code: 'bordeaux' } },
      'area',
    ],
    [
      'the région filter is cleared (no area left: what is shown)',
      moment({ region: '75' }),
      moment({ shown: shownB }),
      {},
      'shown',
    ],
    [
      'another filter changes inside the same région',
      moment({ region: '75' }),
      moment({ region: '75', shown: shownB }),
      { selectedArea: { level: 'region', code: '75' } },
      'shown',
    ],
  ] as const)('%s', (_, previous, now, context, kind) => {
    expect(reframeAfterFilter(previous, now, { ...quiet, ...context }).kind).toBe(kind);
  });

  it('frames the area the filter selects', () => {
    const reframe = reframeAfterFilter(moment(), moment({ academie: 'bordeaux' }), {
      ...quiet,
      selectedArea: { level: 'academie', code: 'bordeaux' },
    });
    expect(reframe).toEqual({ kind: 'area', level: 'academie', code: 'bordeaux' });
  });
});

describe('reframeAfterSheet', () => {
  const context = { userMoved: false, selection: false, allShown: true };
  it.each([
    ['a half sheet opens: fitted above it', { open: true, full: false }, {}, 'shown'],
    ['the sheet closes on every Campus: the first view', { open: false, full: false }, {}, 'home'],
    ['the sheet closes on a filter', { open: false, full: false }, { allShown: false }, 'shown'],
    ['a full-height sheet: no strip to fit', { open: true, full: true }, {}, 'stay'],
    ['the person moved the map', { open: true, full: false }, { userMoved: true }, 'stay'],
    ['a selection has its own framing', { open: false, full: false }, { selection: true }, 'stay'],
  ] as const)('%s', (_, sheet, over, kind) => {
    expect(reframeAfterSheet(sheet, { ...context, ...over }).kind).toBe(kind);
  });
});
