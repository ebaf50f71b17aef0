// Flat config. The boundary rule: only electron/bridge may import 'electron'; the engine stays plain Node
// so the CLI, tests and the web bridge run exactly the code Electron runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronImportBan = {
  'no-restricted-imports': [
    'error',
    { paths: [{ name: 'electron', message: 'Only electron/bridge/ may import electron.' }] },
  ],
};

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
