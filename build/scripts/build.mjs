#!/usr/bin/env node
// Builds everything `npm start`, `npm run web` and `npm run dist` need: the renderer with Vite, then
// Electron main + preload, the web bridge and the CLI with esbuild. Prints the time of each part.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import path from 'node:path';
import { root, targets } from './esbuild-targets.mjs';

const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

async function timed(label, task) {
  const started = performance.now();
  await task();
  console.log(`built ${label} in ${Math.round(performance.now() - started)} ms`);
}

if (wanted('renderer')) {
  await timed('renderer', () =>
    viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' }),
  );
}
for (const [name, options] of Object.entries(targets)) {
  if (wanted(name)) await timed(name, () => esbuild(options));
}
