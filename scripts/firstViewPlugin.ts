/**
 * `npm run build` writes the first view into index.html and embed.html (issue 22, point 1): the page
 * paints the explorer (the SVG map with every Campus, the summary line, the legend) from its HTML and
 * CSS, before any JavaScript; read without JavaScript, or by a search engine, it has the map and every
 * Campus by name.
 *
 * How (the choice, and why): the same components the app mounts are rendered by Svelte's server
 * renderer (src/prerender.ts, loaded through a child Vite server in SSR mode, so `.svelte` files are
 * compiled with `generate: 'server'` by the project's own Svelte plugin and config), on the dataset
 * `npm run data` wrote into public/data. The markup goes into a sibling of the mount element,
 * `#first-view`; the client mounts the app as before and removes the first view in the same task as its
 * live screen appears (main.ts, embed.ts): one source of truth, and no hydration, whose first client
 * render would have to equal the server's while the app's first render waits for the dataset, for a
 * kept list in IndexedDB, and for the SVG map's measured size (see src/prerender.ts).
 *
 * The strict CSP stays: the `style="…"` attributes of `style:` directives become rules of a stylesheet
 * of our origin (firstViewHtml.ts), and the check that hides the built view when the page asks for
 * another (src/firstViewGuard.ts) is a classic script file in <head>, bundled here on its own. The
 * components' CSS is the app's bundled stylesheet, linked in <head> (render-blocking): Svelte's scoped
 * class names are the same in the server and client compiles of a component.
 *
 * Build only: `npm run dev` serves the pages without a first view (the app mounts as it always did).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, createServer, type Plugin, type Rolldown } from 'vite';
import {
  compactPaths,
  insertFirstView,
  lowerScriptPriority,
  moveStylesOut,
  roundAttributes,
  stripHydrationMarks,
  type Simplify,
} from './lib/firstViewHtml.ts';

type Prerender = typeof import('../src/prerender.ts');

/**
 * Decimal places of the first view's paths: whole pixels of its nominal map size (CampusMap's
 * SERVER_SIZE). 137 kB of HTML (30 kB gzip) for the app page instead of 573 kB at full precision; one
 * decimal gives 187 kB (48 kB gzip), with no difference to see in a view that lasts a second.
 */
const PATH_DECIMALS = 0;
/**
 * The first view's map is coarser than the live one (issue 22: a lighter first view paints sooner,
 * fewer bytes to fetch and parse, fewer vertices for a software rasteriser): the régions' and inset
 * frames' outlines within a pixel of their drawing at the nominal size, the neighbouring countries'
 * within 3 px and without their islets under 40 px². The live map keeps its full geometry.
 */
const GEOGRAPHY: Record<'country' | 'region' | 'frame', Simplify> = {
  region: { tolerance: 1, minArea: 0 },
  frame: { tolerance: 1, minArea: 0 },
  country: { tolerance: 3, minArea: 40 },
};
/** Decimal places of the other numbers of the drawing (the Campus' places, the charts' bars). */
const ATTRIBUTE_DECIMALS = 1;
type FirstView = ReturnType<Prerender['renderAppFirstView']>;

/** The pages that get a first view, and the element each one's app mounts into. */
const PAGES = [
  { file: 'index.html', mountId: 'app', render: (m: Prerender, d: Dataset) => m.renderAppFirstView(d) },
  { file: 'embed.html', mountId: 'embed', render: (m: Prerender, d: Dataset) => m.renderEmbedFirstView(d) },
] as const;
type Dataset = Parameters<Prerender['renderAppFirstView']>[0];

/** Renders both first views in a child Vite server (SSR), on the dataset in `dataDir`. */
async function renderFirstViews(root: string, dataDir: string): Promise<Map<string, FirstView>> {
  const server = await createServer({
    root,
    configFile: false,
    plugins: [svelte()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'warn',
    // A cache of its own: sharing `npm run dev`'s would make each re-optimise the other's dependencies.
    cacheDir: path.join(root, 'node_modules/.vite-first-view'),
  });
  try {
    const prerender = (await server.ssrLoadModule('/src/prerender.ts')) as Prerender;
    const dataset = await prerender.loadDataset(`${dataDir}/`, async (file) => {
      const text = await readFile(file, 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
    });
    return new Map(PAGES.map((page) => [page.file, page.render(prerender, dataset)]));
  } finally {
    await server.close();
  }
}

/** src/firstViewGuard.ts as one classic script (no import, no export), minified. */
async function bundleGuard(root: string): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: path.join(root, 'src/firstViewGuard.ts'), formats: ['iife'], name: 'firstViewGuard' },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('first view: the guard script was not bundled');
  return chunk.code;
}

export function firstViewPlugin(): Plugin {
  let root = '';
  let publicDir = '';
  return {
    name: 'campus:first-view',
    apply: 'build',
    // After Vite's HTML plugin has written the pages into the bundle.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      const pages = PAGES.filter((page) => bundle[page.file]?.type === 'asset');
      // The <campus-map> element's build has no page.
      if (pages.length === 0) return;
      const [views, guard] = await Promise.all([
        renderFirstViews(root, path.join(publicDir, 'data')),
        bundleGuard(root),
      ]);
      const guardFile = this.getFileName(
        this.emitFile({ type: 'asset', name: 'first-view-guard.js', source: guard }),
      );
      for (const page of pages) {
        const asset = bundle[page.file];
        const view = views.get(page.file);
        if (asset?.type !== 'asset' || !view) continue;
        const compact = roundAttributes(
          compactPaths(stripHydrationMarks(view.body), PATH_DECIMALS, GEOGRAPHY),
          ATTRIBUTE_DECIMALS,
        );
        const moved = moveStylesOut(compact);
        const { html } = moved;
        const css = [moved.css, view.css ?? ''].filter((c) => c !== '').join('\n');
        const stylesFile =
          css === ''
            ? null
            : this.getFileName(
                this.emitFile({ type: 'asset', name: `first-view-${page.mountId}.css`, source: css }),
              );
        // base is './': every page sits at the root of the build, beside assets/.
        asset.source = lowerScriptPriority(
          insertFirstView(String(asset.source), {
            mountId: page.mountId,
            body: html,
            noscript: stripHydrationMarks(moveStylesOut(view.noscript).html),
            guardSrc: `./${guardFile}`,
            stylesHref: stylesFile ? `./${stylesFile}` : null,
            anyState: view.anyState,
          }),
        );
      }
    },
  };
}
