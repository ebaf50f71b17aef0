// Slow or unfinished requests cannot pin the loopback bridge's sockets: a client that never finishes
// its headers (or its body) is disconnected within 10 s, while an event stream that did finish its
// request stays open. Real sockets; the bound is asserted, the exact moment is Node's business.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebBridge, type WebBridge } from '../../electron/web/web-bridge.js';
import { webTestHandlers } from '../helpers/web-handlers.js';

const BOUND_MS = 10_000;

let bridge: WebBridge;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'mailwiz-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><h1>MailWiz</h1>');
  const handlers = webTestHandlers();
  bridge = await startWebBridge({ rendererDir, handlers });
});

afterAll(async () => {
  await bridge.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

interface Outcome {
  closedAfterMs: number;
  received: string;
}

/** Opens a raw socket, lets `feed` write to it, and reports when the server closed it (or the cap). */
function watch(feed: (socket: net.Socket) => void, capMs = BOUND_MS + 5_000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(bridge.port, '127.0.0.1');
    let received = '';
    const cap = setTimeout(() => socket.destroy(), capMs);
    socket.on('connect', () => feed(socket));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(cap);
      resolve({ closedAfterMs: Date.now() - started, received });
    });
    socket.on('timeout', () => reject(new Error('unexpected timeout')));
  });
}

const head = (port: number, lines: string[]) =>
  [`GET / HTTP/1.1`, `Host: 127.0.0.1:${port}`, ...lines].join('\r\n');

describe('web bridge request deadlines', () => {
  it('closes unfinished requests within 10 s and leaves a finished event stream open', async () => {
    const drip = (socket: net.Socket) => {
      const text = head(bridge.port, ['X-Slow: ' + 'a'.repeat(200)]);
      let index = 0;
      const timer = setInterval(() => {
        if (socket.destroyed || index >= text.length) return clearInterval(timer);
        socket.write(text[index++]!);
      }, 250);
      socket.on('close', () => clearInterval(timer));
    };
    const events = watch((socket) =>
      socket.write(
        `${head(bridge.port, [`X-Mailwiz-Token: ${bridge.token}`]).replace('GET /', 'GET /api/events')}\r\n\r\n`,
      ),
    );
    const [headersNeverEnd, silent, slowDrip, bodyNeverEnds] = await Promise.all([
      watch((socket) => socket.write(head(bridge.port, ['User-Agent: never-finishes']))),
      watch(() => undefined),
      watch(drip),
      watch((socket) =>
        socket.write(
          `${[
            'POST /api/call/exportCatalog HTTP/1.1',
            `Host: 127.0.0.1:${bridge.port}`,
            `Origin: http://127.0.0.1:${bridge.port}`,
            `X-Mailwiz-Token: ${bridge.token}`,
            'Content-Type: application/json',
            'Content-Length: 1000',
          ].join('\r\n')}\r\n\r\n{"input":`,
        ),
      ),
    ]);
    const outcomes = { headersNeverEnd, silent, slowDrip, bodyNeverEnds };
    for (const [name, outcome] of Object.entries(outcomes)) {
      expect(outcome.closedAfterMs, name).toBeLessThan(BOUND_MS);
    }
    expect(headersNeverEnd.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyNeverEnds.received).toMatch(/^HTTP\/1\.1 408 /);
    expect(slowDrip.received).toMatch(/^HTTP\/1\.1 408 /);

    // The stream's request was complete, so the deadlines do not apply to it: it outlived them all.
    const stillOpen = await Promise.race([
      events.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 500)),
    ]);
    expect(stillOpen).toBe(true);
    await bridge.close();
    expect((await events).received).toContain('event: ready');
  }, 30_000);
});
