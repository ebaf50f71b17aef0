// TLS handshake that never rejects a certificate by itself: trust and name are recorded separately so
// the diagnosis can say "expired" or "issued for mail.example.net" instead of just "failed".
import { readFileSync } from 'node:fs';
import type net from 'node:net';
import tls from 'node:tls';
import { ProbeFailure, systemCodeOf } from './failure.js';
import type { NormalizedHost } from './host.js';

export interface TlsConnectOptions {
  host: NormalizedHost;
  timeoutMs: number;
  /** Extra PEM CAs added to the default roots (tests; never replaces the system store). */
  trustedCa?: string[];
  signal: AbortSignal;
}

let extraCaCache: string[] | undefined;

/** NODE_EXTRA_CA_CERTS, read the way Node does (once), so an explicit `ca` list does not lose them. */
function extraCaFromEnvironment(): string[] {
  if (extraCaCache) return extraCaCache;
  const file = process.env.NODE_EXTRA_CA_CERTS;
  try {
    extraCaCache = file ? [readFileSync(file, 'utf8')] : [];
  } catch {
    extraCaCache = [];
  }
  return extraCaCache;
}

/**
 * Parsing the ~140 default roots costs tens of milliseconds and megabytes, so a context with extra CAs
 * is built once per distinct CA list and reused (a handful of lists at most: tests, a private CA).
 */
const contextCache = new Map<string, tls.SecureContext>();
const MAX_CACHED_CONTEXTS = 8;

/** Without extra CAs: Node's own roots and NODE_EXTRA_CA_CERTS, built once instead of per connection. */
let defaultContext: tls.SecureContext | undefined;

function secureContextFor(trustedCa: string[] | undefined): tls.SecureContext {
  if (!trustedCa || trustedCa.length === 0) return (defaultContext ??= tls.createSecureContext());
  const key = trustedCa.join('\n');
  let context = contextCache.get(key);
  if (!context) {
    context = tls.createSecureContext({
      ca: [...tls.rootCertificates, ...extraCaFromEnvironment(), ...trustedCa],
    });
    if (contextCache.size >= MAX_CACHED_CONTEXTS) contextCache.delete(contextCache.keys().next().value!);
    contextCache.set(key, context);
  }
  return context;
}

/**
 * Node converts the whole peer chain to objects once, for the identity check, whenever the chain
 * verifies; converting it again is the largest CPU item of a probe, so that copy is kept and reused.
 */
const checkedChains = new WeakMap<tls.TLSSocket, tls.DetailedPeerCertificate>();

/** The peer's chain, leaf first: the copy Node made for its identity check, or a new one. */
export function detailedPeerCertificate(socket: tls.TLSSocket): tls.DetailedPeerCertificate {
  return checkedChains.get(socket) ?? socket.getPeerCertificate(true);
}

const PROTOCOL_VERSION_CODES = /UNSUPPORTED_PROTOCOL|PROTOCOL_VERSION|NO_PROTOCOLS_AVAILABLE|VERSION_TOO_LOW/;

export function tlsHandshakeFailure(error: unknown): ProbeFailure {
  if (error instanceof ProbeFailure) return error;
  const systemCode = systemCodeOf(error);
  const code =
    systemCode && PROTOCOL_VERSION_CODES.test(systemCode)
      ? 'TLS_PROTOCOL_UNSUPPORTED'
      : 'TLS_HANDSHAKE_FAILED';
  return new ProbeFailure('tls-error', code, { systemCode, phase: 'tls' });
}

/** Wraps a connected TCP socket (implicit TLS, or after a STARTTLS go-ahead). */
export function startTls(socket: net.Socket, options: TlsConnectOptions): Promise<tls.TLSSocket> {
  return new Promise<tls.TLSSocket>((resolve, reject) => {
    let checkedChain: tls.DetailedPeerCertificate | undefined;
    const secure = tls.connect({
      socket,
      servername: options.host.ipFamily === 0 ? options.host.name : undefined,
      rejectUnauthorized: false,
      // Chain trust only: `authorized` must not depend on the name, which we check ourselves.
      checkServerIdentity: (_name, chain) => {
        checkedChain = chain as tls.DetailedPeerCertificate;
        return undefined;
      },
      secureContext: secureContextFor(options.trustedCa),
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      outcome();
    };
    const fail = (failure: ProbeFailure) =>
      finish(() => {
        secure.destroy();
        socket.destroy();
        reject(failure);
      });
    const onAbort = () => fail(new ProbeFailure('cancelled', 'CANCELLED'));
    const timer = setTimeout(
      () => fail(new ProbeFailure('timeout', 'TLS_TIMEOUT', { phase: 'tls' })),
      options.timeoutMs,
    );
    secure.once('secureConnect', () =>
      finish(() => {
        secure.removeAllListeners('error');
        if (checkedChain) checkedChains.set(secure, checkedChain);
        resolve(secure);
      }),
    );
    secure.once('error', (error) => fail(tlsHandshakeFailure(error)));
    secure.once('close', () =>
      fail(new ProbeFailure('tls-error', 'TLS_HANDSHAKE_FAILED', { systemCode: 'ECONNRESET', phase: 'tls' })),
    );
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
  });
}
