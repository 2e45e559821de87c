import { describe, expect, it } from 'vitest';
import { tourAction, type KeyLike } from './tourKeys.ts';

const key = (k: string, patch: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  target: null,
  ...patch,
});

describe('tourAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['a', null],
    [' ', null],
  ])('%j → %s', (k, expected) => expect(tourAction(key(k))).toBe(expected));

  it('leaves browser shortcuts alone', () => {
    expect(tourAction(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(tourAction(key('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(tourAction(key('ArrowRight', { shiftKey: true }))).toBeNull();
  });

  it('leaves a text field its arrows, but Échap still leaves', () => {
    const input = { tagName: 'INPUT' } as unknown as EventTarget;
    expect(tourAction(key('ArrowRight', { target: input }))).toBeNull();
    expect(tourAction(key('Escape', { target: input }))).toBe('exit');
    const button = { tagName: 'BUTTON' } as unknown as EventTarget;
    expect(tourAction(key('ArrowRight', { target: button }))).toBe('next');
  });
});
