// The direction rule in eslint.config.js, judged by ESLint itself on planted files: a forbidden import
// must fail the lint and an allowed one must pass, so the rule cannot silently stop matching.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('engine folders import only the folders below them', () => {
  it('refuses probe code that imports the diagnosis', async () => {
    const messages = await restrictedImports(
      'electron/probe/planted.ts',
      "import { diagnose } from '../diagnosis/index.js';\nexport const planted = diagnose;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('electron/probe/ must not import electron/diagnosis/');
  });

  it('refuses discovery code that imports the diagnosis configuration back', async () => {
    const messages = await restrictedImports(
      'electron/discovery/sources/planted.ts',
      "import { diagnose } from '../../diagnosis/index.js';\nexport const planted = diagnose;\n",
    );
    expect(messages).toHaveLength(1);
  });

  it('refuses the shipped Electron bridge importing the development web bridge', async () => {
    const messages = await restrictedImports(
      'electron/bridge/main/planted.ts',
      "import { startWebBridge } from '../../web/web-bridge.js';\nexport const planted = startWebBridge;\n",
    );
    expect(messages).toHaveLength(1);
  });

  it('refuses reaching past probe/index.ts into probe internals', async () => {
    const messages = await restrictedImports(
      'electron/diagnosis/planted.ts',
      "import { DEFAULT_LIMITS } from '../probe/limits.js';\nexport const planted = DEFAULT_LIMITS;\n",
    );
    expect(messages).toEqual([expect.stringContaining('probe/index.js')]);
  });

  it('allows imports that point down', async () => {
    const messages = await restrictedImports(
      'electron/diagnosis/planted.ts',
      [
        "import { DEFAULT_LIMITS } from '../probe/index.js';",
        "import { matchHosting } from '../discovery/providers.js';",
        "import { stageTimeouts } from '../shared/engine-config.js';",
        'export const planted = [DEFAULT_LIMITS, matchHosting, stageTimeouts];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });
});
