// Renderer build: relative asset paths (served from app:// in Electron and from the web bridge),
// no inline scripts or styles, so the strict CSP holds.
// eslint-disable-next-line no-restricted-imports -- this file runs in Node at build time, not in the renderer
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    // Assets stay files: an inlined data: font or script would be refused by the CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: true,
  },
});
