#!/usr/bin/env node
// Renders build/icon.svg to the PNG sizes the packagers need (Debian's Chromium through playwright-core),
// then packs icon.ico (Windows) and icon.icns (macOS), whose containers simply embed PNG data.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './esbuild-targets.mjs';

const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const buildDir = path.join(root, 'build');
const svg = readFileSync(path.join(buildDir, 'icon.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.MAILWIZ_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage();
const png = {};
mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  png[size] = await page.screenshot({ omitBackground: true });
  writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png[size]);
}
await browser.close();
writeFileSync(path.join(buildDir, 'icon.png'), png[1024]);

function ico(sizes) {
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png[size].length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png[size].length;
  });
  return Buffer.concat([header, ...sizes.map((size) => png[size])]);
}

function icns(entries) {
  const chunks = entries.map(([type, size]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + png[size].length, 4);
    return Buffer.concat([head, png[size]]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

writeFileSync(path.join(buildDir, 'icon.ico'), ico([16, 32, 48, 64, 128, 256]));
writeFileSync(
  path.join(buildDir, 'icon.icns'),
  icns([
    ['icp4', 16],
    ['icp5', 32],
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024],
  ]),
);
console.log(`rendered ${SIZES.length} PNG sizes, icon.ico and icon.icns into build/`);
