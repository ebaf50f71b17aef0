// The loopback bridge as a transport: events reach the page over SSE, oversized bodies and path
// traversal are refused, and the handler table is the same one Electron registers.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiHandlers } from '../../electron/api/handlers';
import { startWebBridge, type WebBridge } from '../../electron/web/web-bridge';
import { emptyDiagnosisResult } from '../../electron/shared/diagnosis-types';
import { webTestHandlers } from '../helpers/web-handlers';

let bridge: WebBridge;

function rawRequest(
  pathName: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: bridge.port, path: pathName, method, headers, agent: false },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

beforeAll(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'mailwiz-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><h1>MailWiz</h1>');
  const handlers: ApiHandlers = webTestHandlers();
  // The transport is under test here, so the diagnosis itself is replaced by two scripted events.
  handlers.runDiagnosis = async (input, context) => {
    context.emit('diagnosisEvent', {
      runId: input.runId,
      event: { type: 'stage', stage: 'discovery', elapsedMs: 1 },
    });
    context.emit('diagnosisEvent', {
      runId: input.runId,
      event: { type: 'stage', stage: 'done', elapsedMs: 2 },
    });
    return { ...emptyDiagnosisResult(input.request.email), status: 'ok', elapsedMs: 2 };
  };
  bridge = await startWebBridge({ rendererDir, handlers });
});

afterAll(() => bridge.close());

const authorized = () => ({
  host: `127.0.0.1:${bridge.port}`,
  origin: bridge.origin,
  'x-mailwiz-token': bridge.token,
});

describe('web bridge', () => {
  it('streams events of a call to the event stream', async () => {
    const received: string[] = [];
    const stream = new Promise<void>((resolve) => {
      http.get(
        { host: '127.0.0.1', port: bridge.port, path: '/api/events', headers: authorized() },
        (response) => {
          response.on('data', (chunk: Buffer) => {
            received.push(chunk.toString());
            if (received.join('').includes('"done"')) {
              response.destroy();
              resolve();
            }
          });
          void rawRequest('/api/call/runDiagnosis', {
            method: 'POST',
            headers: { ...authorized(), 'content-type': 'application/json' },
            body: JSON.stringify({ input: { runId: 'r1', request: { email: 'a@example.jp' } } }),
          });
        },
      );
    });
    await stream;
    const frames = received.join('');
    expect(frames).toContain('event: ready');
    expect(frames).toContain('"runId":"r1"');
    expect(frames.indexOf('"discovery"')).toBeLessThan(frames.indexOf('"done"'));
  });

  it('refuses path traversal and oversized bodies', async () => {
    expect((await rawRequest('/..%2f..%2fetc%2fpasswd', { headers: authorized() })).status).toBe(404);
    expect((await rawRequest('/index.html', { headers: authorized() })).text).toContain('MailWiz');
    const huge = JSON.stringify({ input: { email: 'x'.repeat(7 * 1024 * 1024) } });
    const reply = await rawRequest('/api/call/guessContext', {
      method: 'POST',
      headers: { ...authorized(), 'content-type': 'application/json' },
      body: huge,
    }).catch(() => ({ status: 413, text: '' }));
    expect(reply.status).toBe(413);
  });

  it('answers unknown methods and bad JSON with codes', async () => {
    const headers = { ...authorized(), 'content-type': 'application/json' };
    const unknown = await rawRequest('/api/call/deleteEverything', { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(unknown.text)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const broken = await rawRequest('/api/call/getAppInfo', { method: 'POST', headers, body: '{not json' });
    expect(JSON.parse(broken.text)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
