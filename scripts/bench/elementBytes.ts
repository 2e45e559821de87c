/**
 * The `<campus-map>` element's first step: `campus-map.js` and every chunk it imports statically, at
 * any depth — what a host page downloads before the element paints its SVG map. The chunks it imports
 * with import() (MapLibre's view and MapLibre, the dialogs) come afterwards and are not counted. Read
 * from the built files on disk (the bench) or over HTTP (the e2e spec, from the server it tests).
 */

/** The budget for the first step, gzip (bytes; 1 kB = 1 000 bytes). */
export const ELEMENT_FIRST_STEP_GZIP = 100_000;

/**
 * Relative specifiers of a built ES module's static imports and re-exports (`import … from "./a.js"`,
 * `import "./a.js"`, `export … from "./a.js"`), in order; a dynamic `import("./a.js")` is not one.
 */
export function staticImports(code: string): string[] {
  const statement = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'`])(\.{1,2}\/[^"'`]+)\1/g;
  return [...code.matchAll(statement)].map((match) => match[2]!);
}

/** The first step from `entry` (a URL), each file once, in the order they are reached. */
export async function firstStepFiles(
  entry: string,
  read: (url: string) => Promise<Uint8Array>,
): Promise<{ url: string; bytes: Uint8Array }[]> {
  const files: { url: string; bytes: Uint8Array }[] = [];
  const seen = new Set<string>();
  const visit = async (url: string): Promise<void> => {
    if (seen.has(url)) return;
    seen.add(url);
    const bytes = await read(url);
    files.push({ url, bytes });
    for (const specifier of staticImports(new TextDecoder().decode(bytes))) {
      await visit(new URL(specifier, url).href);
    }
  };
  await visit(entry);
  return files;
}

/** The same, read synchronously (the bench's built files on disk). */
export function firstStepFilesSync(entry: string, read: (url: string) => Uint8Array): string[] {
  const seen = new Set<string>();
  const visit = (url: string): void => {
    if (seen.has(url)) return;
    seen.add(url);
    for (const specifier of staticImports(new TextDecoder().decode(read(url)))) {
      visit(new URL(specifier, url).href);
    }
  };
  visit(entry);
  return [...seen];
}
