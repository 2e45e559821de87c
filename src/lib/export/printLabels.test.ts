import { describe, expect, it } from 'vitest';
import { labelBox, placeInsetLabels, placeRegionLabels, wrapLines, type Box } from './printLabels.ts';

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('wrapLines', () => {
  it('breaks at spaces and after hyphens, keeping lines short', () => {
    expect(wrapLines('Auvergne-Rhône-Alpes', 12)).toEqual(['Auvergne-', 'Rhône-Alpes']);
    expect(wrapLines('Provence-Alpes-Côte d’Azur', 12)).toEqual(['Provence-', 'Alpes-Côte', 'd’Azur']);
    expect(wrapLines('Bretagne', 12)).toEqual(['Bretagne']);
    expect(wrapLines('La Réunion', 1)).toEqual(['La', 'Réunion']);
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrapLines('Guadeloupe', 4)).toEqual(['Guadeloupe']);
    expect(wrapLines('', 4)).toEqual([]);
  });
});

describe('placeRegionLabels', () => {
  it('writes the name in capitals at its point when nothing is there', () => {
    const [label] = placeRegionLabels([{ key: '53', name: 'Bretagne', at: { x: 100, y: 100 } }], [], 6, 10);
    expect(label!.lines).toEqual(['BRETAGNE']);
    expect(label!.x).toBe(100);
    const box = labelBox(label!);
    expect(box.top).toBeLessThan(100);
    expect(box.bottom).toBeGreaterThan(100);
  });

  it('moves a name off a Campus symbol on its point', () => {
    const symbol = { x: 100, y: 100 };
    const [label] = placeRegionLabels([{ key: '53', name: 'Bretagne', at: symbol }], [symbol], 6, 10);
    const box = labelBox(label!);
    const nearestX = Math.max(box.left, Math.min(100, box.right));
    const nearestY = Math.max(box.top, Math.min(100, box.bottom));
    expect(Math.hypot(nearestX - 100, nearestY - 100)).toBeGreaterThanOrEqual(6);
    // Still beside its point.
    expect(Math.hypot(label!.x - 100, label!.y - 100)).toBeLessThan(60);
  });

  it('keeps two names apart', () => {
    const labels = placeRegionLabels(
      [
        { key: 'a', name: 'Grand Est', at: { x: 100, y: 100 } },
        { key: 'b', name: 'Île-de-France', at: { x: 104, y: 102 } },
      ],
      [],
      6,
      10,
    );
    expect(overlap(labelBox(labels[0]!), labelBox(labels[1]!))).toBe(false);
  });

  it('leaves the name at its point when no place is clear', () => {
    const crowd = Array.from({ length: 400 }, (_, i) => ({ x: (i % 20) * 10, y: Math.floor(i / 20) * 10 }));
    const [label] = placeRegionLabels(
      [{ key: 'x', name: 'Occitanie', at: { x: 100, y: 100 } }],
      crowd,
      6,
      10,
    );
    expect(label!.x).toBe(100);
  });
});

describe('placeInsetLabels', () => {
  const frame = (left: number): Box => ({ left, top: 0, right: left + 60, bottom: 60 });

  it('keeps each name inside its own frame, long names on two lines', () => {
    const labels = placeInsetLabels(
      [
        { key: '01', name: 'Guadeloupe', frame: frame(0) },
        { key: '02', name: 'Martinique', frame: frame(62) },
        { key: '04', name: 'La Réunion', frame: frame(124) },
      ],
      14,
    );
    labels.forEach((label, i) => {
      const box = labelBox(label);
      const f = frame(i * 62);
      expect(box.left).toBeGreaterThanOrEqual(f.left);
      expect(box.right).toBeLessThanOrEqual(f.right);
      expect(box.top).toBeGreaterThanOrEqual(f.top);
    });
    expect(overlap(labelBox(labels[0]!), labelBox(labels[1]!))).toBe(false);
    expect(labels[2]!.lines).toEqual(['La', 'Réunion']);
    expect(labels[0]!.size).toBeLessThan(14);
  });

  it('writes a short name at the size asked', () => {
    const [label] = placeInsetLabels([{ key: '06', name: 'Mayotte', frame: frame(0) }], 9);
    expect(label!.size).toBe(9);
    expect(label!.lines).toEqual(['Mayotte']);
    expect(label!.anchor).toBe('start');
  });
});
