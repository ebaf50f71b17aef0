#!/usr/bin/env node
// `mailwiz` / `npm run diagnose`: runs the bundled CLI (dist/cli/mailwiz.mjs), building it first with
// esbuild when it is missing or older than any source it is built from. Once built, start-up is one
// small ESM file plus its dependencies.
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/cli/mailwiz.mjs');
const sourceDirs = [
  'electron/cli',
  'electron/clients',
  'electron/export',
  'electron/diagnosis',
  'electron/discovery',
  'electron/probe',
  'electron/shared',
  'electron/providers',
];

function newestSourceMtime() {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of sourceDirs) walk(path.join(root, dir));
  return newest;
}

function isStale() {
  if (!existsSync(bundle)) return true;
  // In an installed package without sources there is nothing to compare against: use the bundle.
  if (!existsSync(path.join(root, 'electron/cli/main.ts'))) return false;
  return statSync(bundle).mtimeMs < newestSourceMtime();
}

if (isStale()) {
  const [{ build }, { targets }] = await Promise.all([
    import('esbuild'),
    import(pathToFileURL(path.join(root, 'build/scripts/esbuild-targets.mjs')).href),
  ]);
  // Build beside the bundle and rename: parallel first runs never see a half-written file.
  const temporary = path.join(root, `dist/cli/.mailwiz-${process.pid}.mjs`);
  await build({ ...targets.cli, outfile: temporary, sourcemap: false });
  renameSync(temporary, bundle);
}

await import(pathToFileURL(bundle).href);
