// Flat config. Two boundary rules: only electron/bridge may import 'electron' (the engine stays plain Node
// so the CLI, tests and the web bridge run exactly the code Electron runs), and engine folders import
// only the folders below them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronBan = { name: 'electron', message: 'Only electron/bridge/ may import electron.' };
const electronImportBan = { 'no-restricted-imports': ['error', { paths: [electronBan] }] };

// The direction rule (ARCHITECTURE.md): each engine folder imports only the folders below it.
//   shared ← probe ← discovery ← diagnosis ← export ← clients ← cli / api ← web / bridge
// Outside probe/, the probe engine is reached only through probe/index.ts.
const LAYERS = {
  shared: ['probe', 'discovery', 'diagnosis', 'export', 'clients', 'cli', 'api', 'web', 'bridge'],
  probe: ['discovery', 'diagnosis', 'export', 'clients', 'cli', 'api', 'web', 'bridge'],
  discovery: ['diagnosis', 'export', 'clients', 'cli', 'api', 'web', 'bridge'],
  diagnosis: ['export', 'clients', 'cli', 'api', 'web', 'bridge'],
  export: ['clients', 'cli', 'api', 'web', 'bridge'],
  clients: ['cli', 'api', 'web', 'bridge'],
  cli: ['api', 'web', 'bridge'],
  api: ['cli', 'web', 'bridge'],
  web: ['cli', 'bridge'],
  bridge: ['cli', 'web'],
};
const probeInternals = {
  group: ['**/probe/*', '!**/probe/index.js'],
  message: 'Import the probe engine through probe/index.js.',
};

function directionRule(folder, forbidden) {
  const patterns = forbidden.map((above) => ({
    group: [`../${above}/**`, `../../${above}/**`],
    message: `electron/${folder}/ must not import electron/${above}/ (dependencies point one way; see ARCHITECTURE.md).`,
  }));
  if (folder !== 'probe') patterns.push(probeInternals);
  return {
    files: [`electron/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { paths: folder === 'bridge' ? [] : [electronBan], patterns }],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      '.tsbuild/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      // Written by Thunderbird itself: kept byte for byte.
      'test/clients/fixtures/**/prefs.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['electron/bridge/**'],
    rules: electronImportBan,
  },
  ...Object.entries(LAYERS).map(([folder, forbidden]) => directionRule(folder, forbidden)),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never touches Electron or Node.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer never touches Node.' },
            {
              group: [
                '**/electron/probe/**',
                '**/electron/diagnosis/**',
                '**/electron/discovery/**',
                '**/electron/api/**',
              ],
              message: 'The renderer reaches the engine only through the typed API.',
            },
          ],
        },
      ],
    },
  },
);
