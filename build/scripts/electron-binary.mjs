// Finds the Electron binary WITHOUT triggering the electron package's on-demand download, which cannot
// work offline and would hang or fail late. Returns null when it is not installed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './esbuild-targets.mjs';

export function findElectronBinary() {
  const packageDir = path.join(root, 'node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const candidates = relative ? [path.join(distDir, relative)] : [];
  candidates.push(path.join(distDir, 'electron'), path.join(distDir, 'electron.exe'));
  candidates.push(path.join(distDir, 'Electron.app/Contents/MacOS/Electron'));
  return candidates.find((file) => existsSync(file)) ?? null;
}

export const ELECTRON_MISSING_HELP = [
  'Electron 本体がインストールされていないため、デスクトップ版を開けません。',
  '入手するには:  node node_modules/electron/install.js  （Electron 45 を配布サイトからダウンロードします）',
  'または、展開済みの Electron 45 のフォルダーを ELECTRON_OVERRIDE_DIST_PATH で指定します。',
  'ブラウザーで同じウィザードを使うには:  npm run web',
  '',
  'The Electron binary is not installed, so the desktop window cannot open.',
  'Get it with:   node node_modules/electron/install.js   (downloads Electron 45 from its release site)',
  'or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 45 folder.',
  'Without it you can still run the same wizard in your browser:   npm run web',
].join('\n');
