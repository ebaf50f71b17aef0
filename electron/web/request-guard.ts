// Who may talk to the loopback bridge: only a page served by this bridge, on this port, holding this
// run's token. The Host check defeats DNS rebinding; the Origin check defeats other local sites.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'mailwiz_token';
export const TOKEN_HEADER = 'x-mailwiz-token';

export type GuardVerdict = 'ok' | 'bad-host' | 'bad-origin' | 'no-token';

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function presentedToken(request: IncomingMessage): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  return readCookie(request, TOKEN_COOKIE);
}

export function checkRequest(
  request: IncomingMessage,
  port: number,
  token: string,
  { requireOrigin }: { requireOrigin: boolean },
): GuardVerdict {
  const origins = allowedOrigins(port);
  const host = request.headers.host ?? '';
  if (!origins.some((origin) => origin === `http://${host}`)) return 'bad-host';
  const origin = request.headers.origin;
  if (origin !== undefined ? !origins.includes(origin) : requireOrigin) return 'bad-origin';
  const presented = presentedToken(request);
  if (presented === undefined || !sameSecret(presented, token)) return 'no-token';
  return 'ok';
}

export function isTokenMatch(candidate: string | null, token: string): boolean {
  return candidate !== null && sameSecret(candidate, token);
}
