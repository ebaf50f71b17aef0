// Lab code also runs bundled by esbuild (benchmarks), where import.meta.url points into a cache folder,
// so files the lab ships next to its code are found from the repository root instead.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findRepoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'mailwiz'
    )
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('lab: run from inside the MailWiz repository');
    dir = parent;
  }
}

export const REPO_ROOT = findRepoRoot();

export function repoFile(relative: string): string {
  return path.join(REPO_ROOT, relative);
}
