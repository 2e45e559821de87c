/**
 * One chunk for the app's own modules that the page's start loads and something else shares (issue 22,
 * point 3). Left to itself the bundler makes a chunk per set of entries (the pages, and every on-demand
 * `import()`) that reach a module: the app's start fetched a dozen chunks of 0.2–5 kB (the académies,
 * the insets, the palette, the dictionary, the explorer's state…), each with its import and export
 * lines, each compressed alone — about 3 kB gzip more than the same code in one file.
 *
 * The plugin reads the module graph once it is complete (`buildEnd`, before the chunks are made); the
 * chunk group it returns captures each module of ours that is statically reached from a start root (the
 * app page's entry, and the chunks the start imports at once: MapLibre's view) and from at least one
 * other root (the embed page, an on-demand chunk). What one root alone reaches stays in that root's
 * chunk (the page's entry, MapLibre's view, the print sheet…), so nothing on demand joins the start;
 * node_modules keep their own groups (vendor, MapLibre, SheetJS).
 */
import type { Plugin } from 'vite';

/** A module's imports: `static` (import declarations) and `dynamic` (`import()`). */
export interface GraphNode {
  static: readonly string[];
  dynamic: readonly string[];
}

/** Every module reached from `root` through static imports, `root` included. */
export function staticClosure(graph: ReadonlyMap<string, GraphNode>, root: string): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of graph.get(id)?.static ?? []) stack.push(next);
  }
  return seen;
}

/**
 * The modules the shared start chunk takes: reached statically from a start root and, counting every
 * root (the entries and every module imported with `import()`), from two roots or more; `keep` says
 * which modules may be moved at all.
 */
export function sharedStartModules(
  graph: ReadonlyMap<string, GraphNode>,
  entries: readonly string[],
  startRoots: readonly string[],
  keep: (id: string) => boolean,
): Set<string> {
  const roots = new Set(entries);
  for (const node of graph.values()) for (const id of node.dynamic) roots.add(id);
  const reachedBy = new Map<string, number>();
  for (const root of roots) {
    for (const id of staticClosure(graph, root)) reachedBy.set(id, (reachedBy.get(id) ?? 0) + 1);
  }
  const atStart = new Set(startRoots.flatMap((root) => [...staticClosure(graph, root)]));
  return new Set([...atStart].filter((id) => keep(id) && (reachedBy.get(id) ?? 0) >= 2));
}

interface StartChunkOptions {
  /** The chunk's name. */
  name: string;
  /** Ends of the ids of the start roots besides the app page (`/src/lib/map/MapLibreView.svelte`). */
  alsoAtStart: readonly string[];
  /** The app page's HTML file (its entry module's id ends with it). */
  page: string;
}

/** The plugin that reads the graph, and the code-splitting group to put in `output.codeSplitting.groups`. */
export function startChunk(options: StartChunkOptions) {
  let members = new Set<string>();
  const ours = (id: string) => !id.includes('node_modules');
  const plugin: Plugin = {
    name: 'campus:start-chunk',
    apply: 'build',
    buildEnd() {
      const graph = new Map<string, GraphNode>();
      const entries: string[] = [];
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (!info) continue;
        graph.set(id, { static: info.importedIds, dynamic: info.dynamicallyImportedIds });
        if (info.isEntry) entries.push(id);
      }
      const page = entries.filter((id) => id.endsWith(options.page));
      const also = [...graph.keys()].filter((id) => options.alsoAtStart.some((end) => id.endsWith(end)));
      members = page.length ? sharedStartModules(graph, entries, [...page, ...also], ours) : new Set();
    },
  };
  const group = { name: options.name, test: (id: string) => members.has(id) };
  return { plugin, group };
}
