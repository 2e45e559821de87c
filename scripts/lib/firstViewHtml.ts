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
  /** The view is right for any query string (embed.html's loading state): the guard is told so. */
  anyState?: boolean;
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
        (charset) =>
          `${charset}\n    <script src="${parts.guardSrc}"${parts.anyState ? ' data-any-state' : ''}></script>`,
      )
      .replace(/\n?\s*<\/head>/, () => `${styles}\n  </head>`)
      // Functions, not strings: a `$&` in the markup must stay as written.
      .replace(mount, () => `<div id="first-view">${parts.body}</div>${mount}`)
      .replace(/<noscript>[\s\S]*?<\/noscript>/, () => `<noscript>${parts.noscript}</noscript>`)
  );
}

/**
 * How a map path of the first view may be coarsened (its outline only: the live map keeps the full
 * geometry). `tolerance`: points closer than this, in the view's pixels, to the line that skips them
 * are dropped (Douglas–Peucker, ring by ring); `minArea`: closed rings smaller than this, in square
 * pixels (islets), are left out.
 */
export interface Simplify {
  tolerance: number;
  minArea: number;
}

type Point = [number, number];
interface Ring {
  points: Point[];
  closed: boolean;
}

/** The subpaths of a path of M, L and Z commands, in absolute points; null for any other path. */
function parseRings(d: string): Ring[] | null {
  const segments = d.match(/[A-Za-z][^A-Za-z]*/g) ?? [];
  if (segments.join('') !== d || segments.some((s) => !/^[MLZ]/.test(s))) return null;
  const rings: Ring[] = [];
  let ring: Ring | null = null;
  for (const segment of segments) {
    if (segment[0] === 'Z') {
      if (ring) ring.closed = true;
      ring = null;
      continue;
    }
    const numbers = segment.slice(1).split(',').map(Number);
    if (numbers.length !== 2 || !numbers.every(Number.isFinite)) return null;
    const point: Point = [numbers[0]!, numbers[1]!];
    if (segment[0] === 'M' || !ring) {
      ring = { points: [point], closed: false };
      rings.push(ring);
    } else ring.points.push(point);
  }
  return rings;
}

/** Douglas–Peucker: the points that stay within `tolerance` of the outline, first and last kept. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const [x1, y1] = points[from]!;
    const [x2, y2] = points[to]!;
    const length = Math.hypot(x2 - x1, y2 - y1);
    let farthest = -1;
    let distance = tolerance;
    for (let k = from + 1; k < to; k++) {
      const [x, y] = points[k]!;
      const d =
        length === 0
          ? Math.hypot(x - x1, y - y1)
          : Math.abs((y2 - y1) * (x - x1) - (x2 - x1) * (y - y1)) / length;
      if (d > distance) {
        distance = d;
        farthest = k;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([from, farthest], [farthest, to]);
    }
  }
  return points.filter((_, k) => keep[k] === 1);
}

/** The area of a ring (shoelace), in square units. */
function ringArea(points: readonly Point[]): number {
  let twice = 0;
  for (let k = 0, j = points.length - 1; k < points.length; j = k++)
    twice += points[j]![0] * points[k]![1] - points[k]![0] * points[j]![1];
  return Math.abs(twice) / 2;
}

/**
 * The page's module script and its preloads at low fetch priority: the first view paints from the HTML
 * and its stylesheets, so these need not compete with them for the connection (on a slow one the
 * stylesheets come first), and Lighthouse no longer counts them as blocking the first paint (a
 * high-priority script that arrived before the paint is counted as render-blocking, whenever it ran).
 */
export function lowerScriptPriority(page: string): string {
  return page.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
}

/**
 * d3-geo writes paths at full precision (`M347.76035418680374,642.6598983335318L…`): half a megabyte of
 * régions and neighbouring countries in the HTML. Drawn at a nominal size and replaced by the live map
 * within a second, the first view needs `decimals` places: each path is written again with its points
 * rounded, relative after the first (`l3.5,-2`), and a point equal to the one before it dropped; with
 * `simplify`, its outline coarsened first. A path with other commands than M, L and Z is left as it is.
 */
export function compactPath(d: string, decimals: number, simplify?: Simplify): string {
  const rings = parseRings(d);
  if (!rings) return d;
  const factor = 10 ** decimals;
  const round = (n: number) => Math.round(n * factor) / factor;
  let out = '';
  /** The current point as written: after a Z, SVG's current point is back where the subpath began. */
  let last: Point | null = null;
  for (const ring of rings) {
    let points = ring.points;
    if (simplify) {
      if (ring.closed && ringArea(points) < simplify.minArea) continue;
      points = simplifyLine(points, simplify.tolerance);
    }
    let start: Point | null = null;
    for (const [index, [x, y]] of points.entries()) {
      const point: Point = [round(x), round(y)];
      if (index > 0 && last && point[0] === last[0] && point[1] === last[1]) continue;
      const command = index === 0 ? 'm' : 'l';
      // The first point is absolute; each later one is relative to the one written before it.
      out += last
        ? `${command}${round(point[0] - last[0])},${round(point[1] - last[1])}`
        : `M${point[0]},${point[1]}`;
      last = point;
      start ??= point;
    }
    if (ring.closed && start) {
      out += 'z';
      last = start;
    }
  }
  return out;
}

/** The classes SvgMap gives the paths of its geography (the sea's neighbours, régions, inset frames). */
const GEOGRAPHY_CLASS = /\sclass="(?:country|region|frame)\b/;

/**
 * `compactPath` on every `d="…"` attribute of the markup; the map's geography paths (see
 * GEOGRAPHY_CLASS) coarsened with `geography` when given, each with the option of its class.
 */
export function compactPaths(
  html: string,
  decimals: number,
  geography: Partial<Record<'country' | 'region' | 'frame', Simplify>> = {},
): string {
  return html.replace(/<path d="([^"]*)"([^>]*)>/g, (_all, d: string, rest: string) => {
    const kind = GEOGRAPHY_CLASS.exec(rest)?.[0].match(/country|region|frame/)?.[0] as
      'country' | 'region' | 'frame' | undefined;
    return `<path d="${compactPath(d, decimals, kind ? geography[kind] : undefined)}"${rest}>`;
  });
}

/**
 * The comments Svelte's server renderer leaves for hydration (`<!--[-->`, `<!--]-->`, `<!--[0-->`,
 * `<!--[!-->`, `<!---->`): the first view is never hydrated (the app mounts beside it), so they are
 * bytes for nothing, 335 of them in the explorer.
 */
export function stripHydrationMarks(html: string): string {
  return html.replace(/<!--[[\]!\d]*-->/g, '');
}

/**
 * Numbers written at full precision in the SVG attributes Svelte draws (`width="73.53846153846155"`,
 * `transform="translate(347.76035418680374,642.6598983335318)"`): rounded to `decimals` places. Only in
 * the geometric attributes named here, never in text or labels.
 */
export function roundAttributes(html: string, decimals: number): string {
  const factor = 10 ** decimals;
  return html.replace(
    /\s(x|y|x1|y1|x2|y2|cx|cy|r|width|height|transform|font-size|stroke-width)="([^"]*)"/g,
    (_all, name: string, value: string) =>
      ` ${name}="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * factor) / factor))}"`,
  );
}
