#!/usr/bin/env node
// Runs a TypeScript entry (benchmarks, fuzz runs, lab helpers) by bundling it with esbuild to a temp
// file first: no loader hooks, same code paths as the built app. Usage: node run-ts.mjs file.ts [args]
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node build/scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
// Inside the project so that bare imports resolve from its node_modules.
const cacheDir = path.resolve('node_modules/.cache/mailwiz-run');
mkdirSync(cacheDir, { recursive: true });
const dir = mkdtempSync(path.join(cacheDir, 'run-'));
const outfile = path.join(dir, 'entry.mjs');
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], path.resolve(entry), ...args];
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
await import(pathToFileURL(outfile).href);
