#!/usr/bin/env node
// `npm run web`: build, then serve the renderer and the real engine on 127.0.0.1 (development/test tool).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './esbuild-targets.mjs';

const node = process.execPath;
const buildRun = spawn(node, [path.join(root, 'build/scripts/build.mjs'), 'renderer', 'web'], {
  stdio: 'inherit',
});
buildRun.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const bridge = spawn(node, [path.join(root, 'dist/web/web-bridge.mjs'), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => bridge.kill(signal));
  bridge.on('exit', (exitCode) => process.exit(exitCode ?? 0));
});
