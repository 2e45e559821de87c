import { describe, expect, it } from 'vitest';
import { KEPT_LIST_MARK } from '../data/keptList.ts';
import { firstViewMatches, keptListMarked, removeFirstView } from './firstView.ts';

describe('firstViewMatches', () => {
  it.each([
    ['', false, true],
    ['?', false, true],
    ['', true, false],
    ['?sectors=energie', false, false],
    ['?campus=egletons', false, false],
    ['?region=75', false, false],
    ['?lang=en', false, false],
    ['?panel=list', false, false],
    ['?lang=fr', false, false],
    ['?utm_source=x', false, false],
    ['?sectors=energie', true, false],
  ])('search %j, kept list %s → %s', (search, keptList, expected) => {
    expect(firstViewMatches({ search, keptList })).toBe(expected);
  });
});

describe('keptListMarked', () => {
  const storage = (items: Record<string, string>) => () => ({
    getItem: (key: string) => items[key] ?? null,
  });

  it('reads the mark keptList.ts writes', () => {
    expect(keptListMarked(storage({ [KEPT_LIST_MARK]: '1' }))).toBe(true);
    expect(keptListMarked(storage({}))).toBe(false);
  });

  it('takes refused storage for no list', () => {
    expect(
      keptListMarked(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBe(false);
  });
});

describe('removeFirstView', () => {
  it('removes #first-view, and does nothing when there is none', () => {
    let removed = 0;
    const element = { remove: () => void removed++ };
    removeFirstView({ getElementById: (id: string) => (id === 'first-view' ? element : null) } as never);
    expect(removed).toBe(1);
    expect(() => removeFirstView({ getElementById: () => null } as never)).not.toThrow();
  });
});
