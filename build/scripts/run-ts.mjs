#!/usr/bin/env node
// Runs a TypeScript entry (benchmarks, fuzz runs, lab helpers) by bundling it with esbuild to a temp
// file first: no loader hooks, same code paths as the built app. Usage: node run-ts.mjs file.ts [args]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleTs, scratchDir } from './bundle-ts.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node build/scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const outfile = await bundleTs(entry, path.join(scratchDir('mailwiz-run'), 'entry.mjs'));
process.argv = [process.argv[0], path.resolve(entry), ...args];
await import(pathToFileURL(outfile).href);
