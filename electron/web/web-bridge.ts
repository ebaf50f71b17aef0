// A development and test tool, not shipped in the app: serves the renderer on 127.0.0.1 and the same
// API handler table Electron's main process registers, over HTTP POST (calls) and SSE (events).
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiEvents } from '../shared/api-contract.js';
import { SECURITY_HEADERS } from '../shared/csp.js';
import { createDispatch } from '../api/dispatch.js';
import type { ApiHandlers, CallContext } from '../api/handlers.js';
import { readStaticFile } from '../api/static-files.js';
import { checkRequest, isTokenMatch, TOKEN_COOKIE } from './request-guard.js';

const MAX_BODY_BYTES = 6 * 1024 * 1024;
const SSE_KEEPALIVE_MS = 15_000;
// A client that never finishes its headers or body must not hold a socket open (Node's defaults are
// 60 s and 300 s, checked every 30 s). Node checks these every CHECK_INTERVAL_MS, so an unfinished
// request is closed at most REQUEST_TIMEOUT_MS + CHECK_INTERVAL_MS after it began: 6 s, under 10 s.
// Long answers are not affected: both limits end once the request has been received.
const HEADERS_TIMEOUT_MS = 4_000;
const REQUEST_TIMEOUT_MS = 5_000;
const CHECK_INTERVAL_MS = 1_000;

export interface WebBridgeOptions {
  rendererDir: string;
  handlers: ApiHandlers;
  port?: number;
  token?: string;
}

export interface WebBridge {
  url: string;
  origin: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const dispatch = createDispatch(options.handlers);
  const streams = new Set<ServerResponse>();
  const context: CallContext = {
    emit: <E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) => {
      const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
  };
  let port = 0;

  async function handleCall(
    method: string,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'method not allowed');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 415, 'json only');
    }
    const body = await readBody(request);
    if (body === null) {
      // Stop reading the rest of an oversized upload: answer, then drop the connection.
      response.setHeader('Connection', 'close');
      response.on('finish', () => request.destroy());
      return send(response, 413, 'too large');
    }
    let input: unknown;
    try {
      input = (JSON.parse(body) as { input?: unknown }).input;
    } catch {
      return send(
        response,
        400,
        JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT' } }),
        'application/json',
      );
    }
    const reply = await dispatch(method, input, context);
    send(response, 200, JSON.stringify(reply), 'application/json');
  }

  function openEvents(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      ...SECURITY_HEADERS,
    });
    response.write('event: ready\ndata: {}\n\n');
    streams.add(response);
    const keepalive = setInterval(() => response.write(': keepalive\n\n'), SSE_KEEPALIVE_MS);
    response.on('close', () => {
      clearInterval(keepalive);
      streams.delete(response);
    });
  }

  const limits = {
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    connectionsCheckingInterval: CHECK_INTERVAL_MS,
  };
  const server = http.createServer(limits, (request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      // The printed URL carries the token once; it becomes an HttpOnly cookie and leaves the address bar.
      if (request.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
        const verdict = checkRequest(request, port, token, { requireOrigin: false });
        if (verdict === 'bad-host' || !isTokenMatch(url.searchParams.get('token'), token)) {
          return send(response, 403, 'forbidden');
        }
        response.writeHead(303, {
          Location: '/',
          'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          ...SECURITY_HEADERS,
        });
        return response.end();
      }
      const isApi = url.pathname.startsWith('/api/');
      const verdict = checkRequest(request, port, token, {
        requireOrigin: isApi && request.method !== 'GET',
      });
      if (verdict === 'no-token') return send(response, 401, 'token required');
      if (verdict !== 'ok') return send(response, 403, verdict);
      if (url.pathname === '/api/events') return openEvents(response);
      if (url.pathname.startsWith('/api/call/')) return handleCall(url.pathname.slice(10), request, response);
      if (request.method !== 'GET') return send(response, 405, 'method not allowed');
      const file = await readStaticFile(options.rendererDir, url.pathname);
      if (file.status !== 200) return send(response, file.status, 'not found');
      response.writeHead(200, {
        'Content-Type': file.contentType,
        'Cache-Control': 'no-store',
        ...SECURITY_HEADERS,
      });
      response.end(file.body);
    })().catch(() => {
      if (!response.headersSent) send(response, 500, 'internal error');
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: async () => {
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
