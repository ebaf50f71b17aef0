#!/usr/bin/env node
// `npm start`: fail fast when Electron's binary is missing (never hang on a download), else build and launch.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ELECTRON_MISSING_HELP, findElectronBinary } from './electron-binary.mjs';
import { root } from './esbuild-targets.mjs';

const binary = findElectronBinary();
if (!binary) {
  console.error(ELECTRON_MISSING_HELP);
  process.exit(1);
}
const built = spawnSync(
  process.execPath,
  [path.join(root, 'build/scripts/build.mjs'), 'renderer', 'main', 'preload'],
  {
    stdio: 'inherit',
  },
);
if (built.status !== 0) process.exit(built.status ?? 1);
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
