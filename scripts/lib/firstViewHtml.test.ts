import { describe, expect, it } from 'vitest';
import {
  compactPath,
  compactPaths,
  insertFirstView,
  lowerScriptPriority,
  moveStylesOut,
  roundAttributes,
  simplifyLine,
  stripHydrationMarks,
} from './firstViewHtml.ts';

describe('moveStylesOut', () => {
  it('replaces each style attribute by a rule, one per distinct style', () => {
    const { html, css } = moveStylesOut(
      '<span class="b" style="--colour: #332288; --ink: #fff;">A</span><i style="width: 3px;"></i>' +
        '<b style="--colour: #332288; --ink: #fff;"></b>',
    );
    expect(html).toBe(
      '<span class="b" data-fv-style="0">A</span><i data-fv-style="1"></i><b data-fv-style="0"></b>',
    );
    expect(css).toBe(
      '[data-fv-style="0"] { --colour: #332288 !important; --ink: #fff !important; }\n' +
        '[data-fv-style="1"] { width: 3px !important; }',
    );
    expect(html).not.toMatch(/ style=/);
  });

  it('unescapes what the renderer escaped in the attribute', () => {
    expect(moveStylesOut('<p style="font-family: &quot;A&amp;B&quot;"></p>').css).toBe(
      '[data-fv-style="0"] { font-family: "A&B" !important; }',
    );
  });

  it('leaves markup without styles alone', () => {
    expect(moveStylesOut('<p class="x">style="no"</p>')).toEqual({
      html: '<p class="x">style="no"</p>',
      css: '',
    });
  });
});

describe('insertFirstView', () => {
  const page =
    '<html><head><meta charset="UTF-8" /><title>t</title><link rel="stylesheet" href="./app.css"></head>' +
    '<body><div id="app"></div>' +
    '<noscript>Needs JS.</noscript><script type="module" src="./a.js"></script></body></html>';
  const parts = {
    mountId: 'app',
    body: '<main>$& map</main>',
    noscript: '<ul><li>Égletons</li></ul>',
    guardSrc: './assets/guard.js',
    stylesHref: './assets/fv.css',
  };

  it('puts the view before the mount element, the list in <noscript>, the guard and styles in <head>', () => {
    const out = insertFirstView(page, parts);
    expect(out).toContain('<div id="first-view"><main>$& map</main></div><div id="app"></div>');
    expect(out).toContain('<noscript><ul><li>Égletons</li></ul></noscript>');
    expect(out).not.toContain('Needs JS.');
    // The guard right after the charset, before any stylesheet; the moved styles last in <head>.
    expect(out).toContain('<meta charset="UTF-8" />\n    <script src="./assets/guard.js"></script><title>');
    expect(out.indexOf('<link rel="stylesheet" href="./assets/fv.css">')).toBeLessThan(
      out.indexOf('</head>'),
    );
  });

  it('tells the guard when the view is right for any query string', () => {
    expect(insertFirstView(page, { ...parts, anyState: true })).toContain(
      '<script src="./assets/guard.js" data-any-state></script>',
    );
    expect(insertFirstView(page, parts)).not.toContain('data-any-state');
  });

  it('writes no stylesheet link when there is nothing to style', () => {
    expect(insertFirstView(page, { ...parts, stylesHref: null })).not.toContain('fv.css');
  });

  it('fails on a page without its mount element or <noscript>', () => {
    expect(() => insertFirstView(page, { ...parts, mountId: 'embed' })).toThrow(/div id="embed"/);
    expect(() => insertFirstView(page.replace(/<noscript>.*<\/noscript>/, ''), parts)).toThrow(/noscript/);
  });
});

describe('compactPath', () => {
  it('rounds, writes later points relative, drops repeated points', () => {
    expect(compactPath('M10.26,20.74L13.31,20.71L13.4,20.69L15,25Z', 0)).toBe('M10,21l3,0l2,4z');
    expect(compactPath('M10.26,20.74L13.31,20.71', 1)).toBe('M10.3,20.7l3,0');
  });

  it('moves relative to where a closed subpath began, as SVG does', () => {
    // After Z the current point is the subpath's start (0,0), so the next ring starts at m5,5.
    expect(compactPath('M0,0L10,0L10,10ZM5,5L6,5Z', 0)).toBe('M0,0l10,0l0,10zm5,5l1,0z');
  });

  it('leaves a path with other commands as it is', () => {
    const circle = 'M1,2m0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z';
    expect(compactPath(circle, 0)).toBe(circle);
  });

  it('compacts every d attribute of the markup', () => {
    expect(compactPaths('<path d="M1.4,1.6L3.2,1.6" class="r"/><path d="M0,0L1,1"/>', 0)).toBe(
      '<path d="M1,2l2,0" class="r"/><path d="M0,0l1,1"/>',
    );
  });
});

describe('simplifyLine', () => {
  it('drops the points within the tolerance of the line that skips them, keeps the ends and corners', () => {
    const line: [number, number][] = [
      [0, 0],
      [5, 0.4],
      [10, 0],
      [10, 10],
      [10.3, 15],
      [10, 20],
    ];
    expect(simplifyLine(line, 1)).toEqual([
      [0, 0],
      [10, 0],
      [10, 20],
    ]);
    expect(simplifyLine(line, 0.25)).toEqual([
      [0, 0],
      [5, 0.4],
      [10, 0],
      [10.3, 15],
      [10, 20],
    ]);
    expect(simplifyLine(line, 0)).toEqual(line);
  });
});

describe('compactPath with simplify', () => {
  const square = 'M0,0L5,0.3L10,0L10,10L0,10Z';
  const islet = 'M50,50L53,50L53,53Z';

  it('coarsens each ring and leaves out the closed rings under minArea', () => {
    expect(compactPath(square + islet, 0, { tolerance: 1, minArea: 0 })).toBe(
      'M0,0l10,0l0,10l-10,0zm50,50l3,0l0,3z',
    );
    expect(compactPath(square + islet, 0, { tolerance: 1, minArea: 5 })).toBe('M0,0l10,0l0,10l-10,0z');
  });

  it('coarsens only the geography paths of the markup, each by its class', () => {
    const markup =
      `<path d="${square}" class="region svelte-x"></path>` +
      `<path d="${islet}" class="country svelte-x"></path>` +
      `<path d="M0,0L5,0.3L10,0" stroke="red"></path>`;
    expect(
      compactPaths(markup, 0, {
        region: { tolerance: 1, minArea: 0 },
        country: { tolerance: 1, minArea: 5 },
      }),
    ).toBe(
      '<path d="M0,0l10,0l0,10l-10,0z" class="region svelte-x"></path>' +
        '<path d="" class="country svelte-x"></path>' +
        '<path d="M0,0l5,0l5,0" stroke="red"></path>',
    );
  });
});

describe('stripHydrationMarks', () => {
  it("removes Svelte's hydration comments and keeps the others", () => {
    expect(
      stripHydrationMarks('<!--[--><p>a</p><!--[0--><!--[!--><b></b><!---->b<!--]--><!-- note -->'),
    ).toBe('<p>a</p><b></b>b<!-- note -->');
  });
});

describe('roundAttributes', () => {
  it('rounds the long numbers of geometric attributes, and nothing in text or labels', () => {
    expect(
      roundAttributes(
        '<rect width="73.53846153846155" x="0.5"></rect><g transform="translate(347.76035418680374,642.6598983335318)" ' +
          'aria-label="3.14159">2.71828</g>',
        1,
      ),
    ).toBe(
      '<rect width="73.5" x="0.5"></rect><g transform="translate(347.8,642.7)" aria-label="3.14159">2.71828</g>',
    );
  });
});

describe('lowerScriptPriority', () => {
  it('asks for the module script and its preloads at low priority, once', () => {
    const head =
      '<script type="module" crossorigin src="./a.js"></script><link rel="modulepreload" crossorigin href="./b.js">' +
      '<script src="./guard.js"></script><link rel="stylesheet" href="./c.css">';
    const lowered = lowerScriptPriority(head);
    expect(lowered).toBe(
      '<script type="module" fetchpriority="low" crossorigin src="./a.js"></script>' +
        '<link rel="modulepreload" fetchpriority="low" crossorigin href="./b.js">' +
        '<script src="./guard.js"></script><link rel="stylesheet" href="./c.css">',
    );
    expect(lowerScriptPriority(lowered)).toBe(lowered);
  });
});
