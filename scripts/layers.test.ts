// The import-boundary rule of layers.config.js, run through ESLint as `npm test` runs it: a folder
// may import the layers below it and fails on any layer above it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../layers.config.js';

const eslint = new ESLint({ cwd: process.cwd() });

async function errorsOf(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('lets a folder import the layers below it', async () => {
    const code = "import { SECTOR_IDS } from '../model/types.ts';\nexport const n = SECTOR_IDS.length;\n";
    expect(await errorsOf(code, 'src/lib/query/example.ts')).toEqual([]);
  });

  it('fails an import from a layer above, naming the rule', async () => {
    const code = "import { Explorer } from '../state/explorer.svelte.ts';\nexport const e = Explorer;\n";
    const errors = await errorsOf(code, 'src/lib/query/example.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/lib/query sits below');
  });

  it('follows nested folders (map/svg climbing two levels into screens)', async () => {
    const code = "import Screen from '../../screens/ExplorerScreen.svelte';\nexport const s = Screen;\n";
    expect(await errorsOf(code, 'src/lib/map/svg/Example.ts')).toHaveLength(1);
  });

  it('keeps the test harnesses out of app code, not out of tests', async () => {
    const code = "import { campus } from '../testing/fixtures.ts';\nexport const c = campus;\n";
    expect(await errorsOf(code, 'src/lib/ui/example.ts')).toHaveLength(1);
    expect(await errorsOf(code, 'src/lib/ui/example.test.ts')).toEqual([]);
  });

  it('orders every folder of src/lib', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync('src/lib', { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'testing')
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...LAYERS].sort());
  });
});
