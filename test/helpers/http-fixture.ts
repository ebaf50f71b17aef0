// An HTTP + HTTPS server for discovery tests: autoconfig files, the ISPDB, Autodiscover POX and the
// public-IP service, all answered from one route table keyed by `host/path` (or `*/path` for any host).
// Every request is recorded so tests can check what was asked (and that no password was ever sent).
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { trackConnections } from './loopback-world-sockets.js';

export interface HttpRoute {
  status?: number;
  body: string;
  contentType?: string;
  /** Only answer this method (others get 405). */
  method?: 'GET' | 'POST';
  /** Never answer (a source that keeps a check waiting until its own deadline). */
  hang?: boolean;
}

export interface RecordedRequest {
  scheme: 'http' | 'https';
  method: string;
  host: string;
  path: string;
  body: string;
}

export interface HttpFixtureOptions {
  host?: string;
  /** 0 = any free port. */
  httpPort?: number;
  httpsPort?: number;
  tls?: { key: string; cert: string };
  routes: Record<string, HttpRoute | string>;
}

export interface HttpFixture {
  httpPort: number;
  httpsPort: number | null;
  routes: Record<string, HttpRoute | string>;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

export async function startHttpFixture(options: HttpFixtureOptions): Promise<HttpFixture> {
  const host = options.host ?? '127.0.0.1';
  const requests: RecordedRequest[] = [];
  const routes = options.routes;

  const handler = (scheme: 'http' | 'https') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fixture');
      const hostName = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      requests.push({
        scheme,
        method: req.method ?? 'GET',
        host: hostName,
        path: url.pathname + url.search,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const raw = routes[`${hostName}${url.pathname}`] ?? routes[`*${url.pathname}`];
      if (raw === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const route = typeof raw === 'string' ? { body: raw } : raw;
      if (route.hang === true) return;
      if (route.method !== undefined && route.method !== req.method) {
        res.writeHead(405).end();
        return;
      }
      res
        .writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'text/xml; charset=utf-8' })
        .end(route.body);
    });
  };

  const listen = (server: http.Server | https.Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
    });

  const plain = http.createServer(handler('http'));
  const servers = [trackConnections(plain)];
  const httpPort = await listen(plain, options.httpPort ?? 0);
  let httpsPort: number | null = null;
  if (options.tls !== undefined) {
    const secure = https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler('https'));
    secure.on('tlsClientError', () => undefined);
    servers.push(trackConnections(secure));
    httpsPort = await listen(secure, options.httpsPort ?? 0);
  }

  return {
    httpPort,
    httpsPort,
    routes,
    requests,
    close: async () => {
      await Promise.all(servers.map((server) => server.closeNow()));
    },
  };
}
