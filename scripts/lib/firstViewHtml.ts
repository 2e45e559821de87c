/**
 * The HTML side of the first view built into index.html and embed.html (scripts/firstViewPlugin.ts):
 * the strict CSP forbids inline styles, so the `style="…"` attributes Svelte's server renderer writes
 * for `style:` directives are moved into a stylesheet of our origin; then the view, its <noscript> and
 * the guard script are put into the page Vite built.
 */

export interface MovedStyles {
  /** The markup, each `style="…"` replaced by `data-fv-style="n"`. */
  html: string;
  /** One rule per distinct style, `!important` as an inline style would win over the components' CSS. */
  css: string;
}

/** Moves every `style` attribute of the server's markup into rules of a stylesheet. */
export function moveStylesOut(html: string): MovedStyles {
  const ids = new Map<string, number>();
  const out = html.replace(/ style="([^"]*)"/g, (_all, style: string) => {
    let id = ids.get(style);
    if (id === undefined) {
      id = ids.size;
      ids.set(style, id);
    }
    return ` data-fv-style="${id}"`;
  });
  const rules = [...ids].map(([style, id]) => {
    const declarations = style
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d !== '')
      .map((d) => `${d} !important;`)
      .join(' ');
    return `[data-fv-style="${id}"] { ${declarations} }`;
  });
  return { html: out, css: rules.join('\n') };
}

export interface FirstViewParts {
  /** The id of the element the app mounts into (`app`, `embed`). */
  mountId: string;
  /** The rendered view, put into `<div id="first-view">` just before the mount element. */
  body: string;
  /** Replaces the page's <noscript> content. */
  noscript: string;
  /** The guard's classic script and the moved styles' stylesheet, as the page refers to them. */
  guardSrc: string;
  stylesHref: string | null;
}

/** Writes the first view into a page; fails loudly when the page is not shaped as expected. */
export function insertFirstView(page: string, parts: FirstViewParts): string {
  const mount = `<div id="${parts.mountId}"></div>`;
  if (page.split(mount).length !== 2) throw new Error(`first view: no single empty ${mount} in the page`);
  if (!/<noscript>[\s\S]*?<\/noscript>/.test(page)) throw new Error('first view: no <noscript> in the page');
  if (!page.includes('</head>')) throw new Error('first view: no </head> in the page');
  if (!/<meta charset=[^>]*>/.test(page)) throw new Error('first view: no <meta charset> in the page');
  const styles = parts.stylesHref ? `\n    <link rel="stylesheet" href="${parts.stylesHref}">` : '';
  return (
    page
      // The guard first in <head>: it does not wait for the stylesheets (a classic script after a
      // stylesheet would), and its class is set before anything can be painted.
      .replace(
        /<meta charset=[^>]*>/,
        (charset) => `${charset}\n    <script src="${parts.guardSrc}"></script>`,
      )
      .replace(/\n?\s*<\/head>/, () => `${styles}\n  </head>`)
      // Functions, not strings: a `$&` in the markup must stay as written.
      .replace(mount, () => `<div id="first-view">${parts.body}</div>${mount}`)
      .replace(/<noscript>[\s\S]*?<\/noscript>/, () => `<noscript>${parts.noscript}</noscript>`)
  );
}

/**
 * d3-geo writes paths at full precision (`M347.76035418680374,642.6598983335318L…`): half a megabyte of
 * régions and neighbouring countries in the HTML. Drawn at a nominal size and replaced by the live map
 * within a second, the first view needs `decimals` places: each path is written again with its points
 * rounded, relative after the first (`l3.5,-2`), and a point equal to the one before it dropped. A path
 * with other commands than M, L and Z is left as it is.
 */
export function compactPath(d: string, decimals: number): string {
  const factor = 10 ** decimals;
  const round = (n: number) => Math.round(n * factor) / factor;
  const segments = d.match(/[A-Za-z][^A-Za-z]*/g) ?? [];
  if (segments.join('') !== d || segments.some((s) => !/^[MLZ]/.test(s))) return d;
  let out = '';
  let last: [number, number] | null = null;
  /** Where the subpath began: after a Z, SVG's current point is back there. */
  let start: [number, number] | null = null;
  for (const segment of segments) {
    const command = segment[0];
    if (command === 'Z') {
      out += 'z';
      last = start;
      continue;
    }
    const numbers = segment.slice(1).split(',').map(Number);
    if (numbers.length !== 2 || !numbers.every(Number.isFinite)) return d;
    const point: [number, number] = [round(numbers[0]!), round(numbers[1]!)];
    if (command === 'L' && last && point[0] === last[0] && point[1] === last[1]) continue;
    const [dx, dy] = last ? [round(point[0] - last[0]), round(point[1] - last[1])] : point;
    // The first point is absolute; each later one is relative to the one written before it.
    out += last ? `${command === 'M' ? 'm' : 'l'}${dx},${dy}` : `M${dx},${dy}`;
    last = point;
    if (command === 'M') start = point;
  }
  return out;
}

/** `compactPath` on every `d="…"` attribute of the markup. */
export function compactPaths(html: string, decimals: number): string {
  return html.replace(/ d="([^"]*)"/g, (_all, d: string) => ` d="${compactPath(d, decimals)}"`);
}
