// The Node-side bundles: Electron main and preload, the loopback web bridge and the CLI.
// Shared by build.mjs (all of them) and bin/mailwiz.mjs (the CLI alone, built on demand).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

export const targets = {
  main: {
    ...nodeCommon,
    entryPoints: ['electron/bridge/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    external: ['electron'],
  },
  // Sandboxed preloads may only require('electron'): everything else is bundled into one file.
  preload: {
    ...nodeCommon,
    entryPoints: ['electron/bridge/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
    sourcemap: false,
  },
  web: {
    ...nodeCommon,
    entryPoints: ['electron/web/web-bridge-cli.ts'],
    outfile: 'dist/web/web-bridge.mjs',
    format: 'esm',
    packages: 'external',
  },
  cli: {
    ...nodeCommon,
    entryPoints: ['electron/cli/main.ts'],
    outfile: 'dist/cli/mailwiz.mjs',
    format: 'esm',
    packages: 'external',
  },
};
