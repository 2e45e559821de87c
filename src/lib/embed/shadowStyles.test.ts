import { describe, expect, it } from 'vitest';
import { shadowCss } from './shadowStyles.ts';

const R = 'var(--campus-map-rem, 15px)';

describe('shadowCss', () => {
  it.each([
    ['a { padding: 0.5rem 1rem; }', `a { padding: calc(0.5 * ${R}) calc(1 * ${R}); }`],
    ['a { margin: -0.25rem 0 .5rem; }', `a { margin: calc(-0.25 * ${R}) 0 calc(.5 * ${R}); }`],
    ['a { width: min(23rem, 100%); }', `a { width: min(calc(23 * ${R}), 100%); }`],
    [':root { --side-width: 22rem; }', `.campus-map { --side-width: calc(22 * ${R}); }`],
    ['a { font-size: 1.5em; width: 3px; }', 'a { font-size: 1.5em; width: 3px; }'],
    ['.lorem-2rem, a { x: 1 }', '.lorem-2rem, a { x: 1 }'],
  ])('%s', (input, expected) => {
    expect(shadowCss(input)).toBe(expected);
  });

  it('leaves media and container query preludes alone but rewrites their rules', () => {
    const css = '@media (min-width: 40rem) { :root { font-size: 17px; } a { gap: 2rem } }';
    expect(shadowCss(css)).toBe(
      `@media (min-width: 40rem) { .campus-map { font-size: 17px; } a { gap: calc(2 * ${R}) } }`,
    );
    expect(shadowCss('@container (width > 45rem) { a { b: 1rem } }')).toBe(
      `@container (width > 45rem) { a { b: calc(1 * ${R}) } }`,
    );
  });
});
