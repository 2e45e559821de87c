import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { layerBoundaries } from './layers.config.js';

// Kept for every file, and repeated in each layer's block (a later block's options replace an earlier one's).
const appImports = {
  paths: [{ name: 'svelte/store', message: 'Use rune-based state classes (.svelte.ts).' }],
  patterns: [{ group: ['d3-selection'], message: 'D3 computes, Svelte draws.' }],
};

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'public/data/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The style guide forbids these in app code.
      'no-restricted-imports': ['error', appImports],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='@turf/turf'] > ImportNamespaceSpecifier",
          message: 'Import named turf functions (import * as turf adds ~700 KB).',
        },
        {
          // Any spread on an element, even in a lazy chunk, puts Svelte's spreading runtime (and clsx)
          // into the vendor chunk every page loads at start (+1.6 kB gzip): name the attributes.
          selector: 'SvelteStartTag > SvelteSpreadAttribute',
          message:
            'Name the attributes: an element spread adds Svelte’s spreading runtime to the start-up JS.',
        },
        {
          // The same runtime comes with a <svelte:element> whose attributes change (MapArea's id did).
          selector:
            "SvelteElement[name.name='svelte:element'] > SvelteStartTag > SvelteAttribute > SvelteMustacheTag",
          message:
            'Write the elements out ({#if}): a <svelte:element> with a dynamic attribute adds Svelte’s spreading runtime to the start-up JS.',
        },
      ],
    },
  },
  ...layerBoundaries(appImports),
);
