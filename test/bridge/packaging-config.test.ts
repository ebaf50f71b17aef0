// The packaged app's fuses and installer targets, read from the electron-builder config `npm run dist` uses.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../build/electron-builder.config.cjs') as Record<string, Record<string, unknown>>;

describe('electron-builder config', () => {
  it('flips the fuses that turn the packaged app into a Node runtime or debugger', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('builds per-user Windows, macOS and Linux installers in Japanese and English', () => {
    expect(config.productName).toBe('MailWiz');
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ perMachine: false, installerLanguages: ['ja_JP', 'en_US'] });
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });
});
