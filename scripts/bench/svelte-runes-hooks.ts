/**
 * Node module hooks that let a script import the app's rune modules (`*.svelte.ts`) outside Vite:
 * TypeScript is stripped, then the Svelte compiler turns `$state`/`$derived` into the client runtime's
 * signals — the same reactivity as in the browser, so a benchmark times what the app runs.
 * Registered with `module.register` (see explorer.ts); tsx still loads every other `.ts` file.
 */
import { readFile } from 'node:fs/promises';
import type { LoadHook, ResolveHook } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileModule } from 'svelte/compiler';
import ts from 'typescript';

/** Svelte's own imports resolve to its client build (Node would pick the server one, without signals). */
export const resolve: ResolveHook = (specifier, context, nextResolve) =>
  specifier === 'svelte' || specifier.startsWith('svelte/')
    ? nextResolve(specifier, { ...context, conditions: [...context.conditions, 'browser'] })
    : nextResolve(specifier, context);

export const load: LoadHook = async (url, context, nextLoad) => {
  if (!url.endsWith('.svelte.ts')) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const typed = await readFile(filename, 'utf8');
  // ES2022 keeps class fields as fields: the Svelte compiler rewrites `x = $derived(…)` fields only.
  const { outputText } = ts.transpileModule(typed, {
    fileName: filename,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
    },
  });
  const { js } = compileModule(outputText, { filename, generate: 'client', dev: false });
  return { format: 'module', source: js.code, shortCircuit: true };
};
