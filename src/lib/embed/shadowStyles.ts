/**
 * The styles of `<campus-map>`, which renders in a shadow root (the build turns each CSS module into a
 * call that adopts it there, see vite.element.config.ts and shadowSheets.ts). Two things from the host
 * page still
 * reach inside one: inherited properties (through the host element) and `rem` (the host's root font
 * size: many sites set `html { font-size: 62.5% }`). So the host element and our wrapper reset all
 * inherited properties, `:root` rules apply to the wrapper instead, and every `rem` becomes a multiple
 * of `--campus-map-rem` (15px unless the host page sets it on the element).
 */

/** Class of the element the map renders into, inside the shadow root. */
export const WRAPPER_CLASS = 'campus-map';

const REM = 'var(--campus-map-rem, 15px)';

/** At-rule preludes keep their `rem`: media and container queries cannot hold `var()`. */
const PRELUDE = /@(?:media|container|supports)[^{]*\{/g;
const REM_LENGTH = /(?<![\w.-])(-?\d*\.?\d+)rem\b/g;

/** Rewrites a stylesheet written for a document so that it works inside the shadow root. */
export function shadowCss(css: string): string {
  // Preludes are set aside behind private-use characters (which no stylesheet holds), then put back.
  const preludes: string[] = [];
  const hidden = css.replace(PRELUDE, (prelude) => `\uE000${preludes.push(prelude) - 1}\uE001`);
  return hidden
    .replace(REM_LENGTH, (_, n: string) => `calc(${n} * ${REM})`)
    .replace(/:root\b/g, `.${WRAPPER_CLASS}`)
    .replace(/\uE000(\d+)\uE001/g, (_, i: string) => preludes[Number(i)] ?? '');
}

/** What goes first: the host element and the wrapper start from initial values, whatever the page sets. */
export const RESET = `:host { all: initial; display: block; position: relative; }
:host([hidden]) { display: none; }
.${WRAPPER_CLASS} { all: initial; display: block; }`;

/** What goes last: the wrapper's type size follows `--campus-map-rem`, not the viewport of the host. */
export const TYPE_SIZE = `.${WRAPPER_CLASS} { font-size: ${REM}; }`;
