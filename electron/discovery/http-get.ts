// Bounded HTTP(S) requests for autoconfig, Autodiscover, the ISPDB and the public-IP service. Names are
// resolved through the discovery resolver (so tests' DNS applies), bodies are capped, redirects are never
// followed (a redirect to another host is exactly the kind of referral a mail client must not trust
// blindly), and every request has an absolute deadline.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { LookupFunction } from 'node:net';
import tls from 'node:tls';
import type { DnsClient } from './dns-client.js';

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  contentType?: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

export type HttpOutcome = 'ok' | 'status' | 'timeout' | 'dns-error' | 'network-error' | 'too-large';

export interface HttpResponse {
  outcome: HttpOutcome;
  status: number | null;
  body: string;
}

export interface HttpClientOptions {
  dns: DnsClient;
  /** Extra PEM CAs trusted in addition to the system store (tests' CA). */
  extraCaPem?: string[] | undefined;
  /** Connect to this port instead of the URL's default, per scheme (loopback tests without root). */
  portOverrides?: { http?: number; https?: number } | undefined;
  maxBodyBytes?: number;
}

export type HttpClient = (request: HttpRequest) => Promise<HttpResponse>;

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

function lookupVia(dnsClient: DnsClient): LookupFunction {
  return (hostname, options, callback) => {
    const family = net.isIP(hostname);
    const all = typeof options === 'object' && options !== null && options.all === true;
    const reply = (address: string, fam: number): void => {
      if (all)
        (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
          { address, family: fam },
        ]);
      else callback(null, address, fam);
    };
    if (family !== 0) return reply(hostname, family);
    void dnsClient.addresses(hostname).then((answer) => {
      // IPv4 first here: discovery is a handful of small requests, no Happy Eyeballs race needed.
      const v4 = answer.records.find((address) => net.isIPv4(address));
      const chosen = v4 ?? answer.records[0];
      if (chosen === undefined) {
        const error = Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
        callback(error, '', 0);
        return;
      }
      reply(chosen, net.isIPv6(chosen) ? 6 : 4);
    });
  };
}

/** An explicit CA list replaces Node's default, which would include NODE_EXTRA_CA_CERTS: keep it. */
function extraCaFromEnvironment(): string[] {
  const file = process.env['NODE_EXTRA_CA_CERTS'];
  if (!file) return [];
  try {
    return [readFileSync(file, 'utf8')];
  } catch {
    return [];
  }
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const lookup = lookupVia(options.dns);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // Built once per client: parsing the whole root store for every request costs tens of milliseconds.
  const secureContext =
    options.extraCaPem !== undefined && options.extraCaPem.length > 0
      ? tls.createSecureContext({
          ca: [...tls.rootCertificates, ...extraCaFromEnvironment(), ...options.extraCaPem],
        })
      : undefined;

  return (request) =>
    new Promise<HttpResponse>((resolve) => {
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        resolve({ outcome: 'network-error', status: null, body: '' });
        return;
      }
      const secure = url.protocol === 'https:';
      const override = secure ? options.portOverrides?.https : options.portOverrides?.http;
      const port = url.port !== '' ? Number(url.port) : (override ?? (secure ? 443 : 80));
      let settled = false;
      const finish = (response: HttpResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        req.destroy();
        resolve(response);
      };
      const onAbort = (): void => finish({ outcome: 'timeout', status: null, body: '' });
      const headers: Record<string, string> = { 'user-agent': 'MailWiz', accept: '*/*' };
      if (request.body !== undefined) headers['content-type'] = request.contentType ?? 'text/xml';
      const requestOptions: https.RequestOptions = {
        method: request.method ?? 'GET',
        host: url.hostname.replace(/^\[|\]$/g, ''),
        servername: net.isIP(url.hostname) === 0 ? url.hostname : undefined,
        port,
        path: url.pathname + url.search,
        headers,
        lookup,
        agent: false,
        ...(secure && secureContext !== undefined ? { secureContext } : {}),
      };
      const req = (secure ? https : http).request(requestOptions, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBody) finish({ outcome: 'too-large', status: res.statusCode ?? null, body: '' });
          else chunks.push(chunk);
        });
        res.on('end', () => {
          const status = res.statusCode ?? null;
          const body = Buffer.concat(chunks).toString('utf8');
          finish({
            outcome: status !== null && status >= 200 && status < 300 ? 'ok' : 'status',
            status,
            body,
          });
        });
        res.on('error', () => finish({ outcome: 'network-error', status: null, body: '' }));
      });
      const timer = setTimeout(
        () => finish({ outcome: 'timeout', status: null, body: '' }),
        request.timeoutMs,
      );
      request.signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error: NodeJS.ErrnoException) =>
        finish({
          outcome: error.code === 'ENOTFOUND' ? 'dns-error' : 'network-error',
          status: null,
          body: '',
        }),
      );
      req.end(request.body);
    });
}
