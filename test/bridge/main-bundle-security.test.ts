// Builds the real Electron main bundle and runs it against a recording fake of `electron`, then checks
// the security checklist on what the code actually did. Weakening any setting makes a test here fail.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, IPC_PREFIX } from '../../electron/shared/api-methods';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { createFakeElectron, fakeContents, type Recording } from './fake-electron';
import { targets } from '../../build/scripts/esbuild-targets.mjs';

const require = createRequire(import.meta.url);
let recording: Recording;
let tempDir: string;

beforeAll(async () => {
  // Inside the project so the bundle's require('electron') resolves (to the fake placed in the cache).
  const cacheDir = path.resolve('node_modules/.cache');
  mkdirSync(cacheDir, { recursive: true });
  tempDir = mkdtempSync(path.join(cacheDir, 'mailwiz-main-'));
  const outfile = path.join(tempDir, 'electron/main.cjs');
  await build({ ...targets.main, outfile, sourcemap: false });
  mkdirSync(path.join(tempDir, 'renderer'));
  writeFileSync(path.join(tempDir, 'renderer/index.html'), '<!doctype html><title>MailWiz</title>');
  const fake = createFakeElectron();
  recording = fake.recording;
  const electronPath = require.resolve('electron');
  require.cache[electronPath] = {
    id: electronPath,
    filename: electronPath,
    loaded: true,
    exports: fake.module,
  } as never;
  require(outfile);
  await new Promise((resolve) => setTimeout(resolve, 50));
});

afterAll(() => {
  delete require.cache[require.resolve('electron')];
  rmSync(tempDir, { recursive: true, force: true });
});

describe('main window', () => {
  it('isolates, sandboxes and denies Node to the page', () => {
    const prefs = recording.windowOptions[0]?.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs.enableBlinkFeatures ?? '').toBe('');
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(recording.sandboxEnabled).toBe(true);
  });

  it('loads the app from the custom protocol, never file://', () => {
    expect(recording.loadedUrls).toEqual(['app://mailwiz/index.html']);
    expect(recording.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });
});

describe('web contents hardening', () => {
  it('blocks navigation away, new windows and webviews', () => {
    const contents = fakeContents();
    recording.appHandlers['web-contents-created']?.({}, contents);
    let prevented = 0;
    const event = { preventDefault: () => prevented++ };
    contents.handlers['will-navigate']?.(event, 'https://attacker.example/');
    contents.handlers['will-navigate']?.(event, 'file:///etc/passwd');
    contents.handlers['will-attach-webview']?.(event);
    expect(prevented).toBe(3);
    contents.handlers['will-navigate']?.(event, 'app://mailwiz/index.html');
    expect(prevented).toBe(3);
    expect(contents.windowOpenHandler?.({ url: 'https://attacker.example/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    let granted: boolean | undefined;
    recording.sessionHandlers.request?.({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(recording.sessionHandlers.check?.({}, 'notifications')).toBe(false);
    expect(recording.sessionHandlers.device?.({})).toBe(false);
  });
});

describe('app:// protocol', () => {
  const handler = () => recording.protocolHandlers.app as (request: Request) => Promise<Response>;

  it('serves renderer files with the strict CSP', async () => {
    const response = await handler()(new Request('app://mailwiz/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('refuses other hosts and path traversal', async () => {
    expect((await handler()(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await handler()(new Request('app://mailwiz/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
  });
});

describe('IPC', () => {
  it('registers exactly the contract methods', () => {
    expect(Object.keys(recording.ipcHandlers).sort()).toEqual(API_METHODS.map((m) => IPC_PREFIX + m).sort());
  });

  it('rejects unknown senders and answers trusted ones with codes, not stack traces', async () => {
    const call = recording.ipcHandlers[`${IPC_PREFIX}getAppInfo`]!;
    const sender = { isDestroyed: () => false, send: () => {} };
    expect(await call({ senderFrame: { url: 'https://attacker.example/' }, sender }, undefined)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_SENDER' },
    });
    const trusted = { senderFrame: { url: 'app://mailwiz/index.html' }, sender };
    expect(await call(trusted, undefined)).toMatchObject({
      ok: true,
      value: { name: 'MailWiz', mode: 'electron' },
    });
    const bad = await recording.ipcHandlers[`${IPC_PREFIX}cancelDiagnosis`]!(trusted, { runId: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(bad)).not.toMatch(/at .*\.(ts|js|cjs):\d+/);
  });
});
