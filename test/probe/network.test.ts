// Connect-level classification on loopback: refused, Happy Eyeballs across ::1 and 127.0.0.1, DNS
// errors from the resolver hook, IDN (bar 14), IP literals and cancellation.
import { describe, expect, it } from 'vitest';
import { probe } from '../../electron/probe/index.js';
import type { ProbeRequest } from '../../electron/shared/probe-types.js';
import { startHostileServer } from '../helpers/mail-servers/hostile.js';
import { startImapServer } from '../helpers/mail-servers/imap-server.js';
import { unusedPort } from '../helpers/mail-servers/tcp-server.js';
import { FAST_LIMITS, loopbackResolver, useProbeTestWorld } from './fixtures.js';

const world = useProbeTestWorld();
const imapOn = (host: string) => world.track(startImapServer({ host }));

const imapRequest = (port: number, host = 'mail.test'): ProbeRequest => ({
  protocol: 'imap',
  host,
  port,
  security: 'none',
});

function codedError(code: string) {
  return Object.assign(new Error('resolver says no'), { code });
}

describe('connect outcomes', () => {
  it('reports a closed port as refused', async () => {
    const port = await unusedPort();
    const result = await probe(imapRequest(port), { resolve: loopbackResolver, limits: FAST_LIMITS });
    expect(result).toMatchObject({
      outcome: 'refused',
      errorCode: 'CONNECT_REFUSED',
      systemCode: 'ECONNREFUSED',
      failedPhase: 'connect',
      greeted: false,
    });
  });

  const V6 = { address: '::1', family: 6 } as const;
  const V4 = { address: '127.0.0.1', family: 4 } as const;
  it.each([
    ['falls back from a refusing IPv6 address to IPv4 and records which answered', V4, [V6, V4]],
    ['prefers IPv6 when it answers, whatever the resolver order', V6, [V4, V6]],
  ] as const)('%s', async (_name, listening, answers) => {
    const server = await imapOn(listening.address);
    const result = await probe(imapRequest(server.port), {
      resolve: async () => [...answers],
      limits: FAST_LIMITS,
    });
    expect(result).toMatchObject({ outcome: 'ok', ...listening });
  });

  it('takes IP literals (bracketed IPv6 too) without resolving', async () => {
    const server = await imapOn('::1');
    let resolverCalls = 0;
    const result = await probe(imapRequest(server.port, '[::1]'), {
      resolve: async () => {
        resolverCalls += 1;
        return [];
      },
      limits: FAST_LIMITS,
    });
    expect(result).toMatchObject({ outcome: 'ok', family: 6 });
    expect(resolverCalls).toBe(0);
  });
});

describe('DNS outcomes', () => {
  it.each([
    ['ENOTFOUND', 'DNS_NXDOMAIN'],
    ['ENODATA', 'DNS_NODATA'],
    ['ESERVFAIL', 'DNS_FAILED'],
  ])('resolver error %s → %s', async (systemCode, errorCode) => {
    const result = await probe(imapRequest(143), {
      resolve: async () => {
        throw codedError(systemCode);
      },
    });
    expect(result).toMatchObject({ outcome: 'dns-error', errorCode, systemCode, failedPhase: 'dns' });
  });

  it('an empty answer is NODATA; a hanging resolver hits the DNS deadline', async () => {
    const empty = await probe(imapRequest(143), { resolve: async () => [] });
    expect(empty.errorCode).toBe('DNS_NODATA');
    const hanging = await probe(imapRequest(143), {
      resolve: () => new Promise(() => undefined),
      limits: { dnsTimeoutMs: 200 },
    });
    expect(hanging).toMatchObject({ outcome: 'dns-error', errorCode: 'DNS_FAILED', systemCode: 'ETIMEOUT' });
  });
});

describe('IDN host names (bar 14)', () => {
  it('converts a Japanese IDN to its A-label before resolving', async () => {
    const server = await imapOn('127.0.0.1');
    const asked: string[] = [];
    const result = await probe(imapRequest(server.port, 'メール.テスト'), {
      resolve: async (host) => {
        asked.push(host);
        return [{ address: '127.0.0.1', family: 4 }];
      },
      limits: FAST_LIMITS,
    });
    expect(asked).toEqual(['xn--4dkua4c.xn--zckzah']);
    expect(result.outcome).toBe('ok');
    expect(result.host).toBe('メール.テスト');
  });

  it.each([
    'xn--zz',
    'exa mple.com',
    'a..b',
    '-bad.example',
    '',
    'x'.repeat(64) + '.example',
    'a\u0000b.com',
  ])('rejects %j as INVALID_HOST without touching the network', async (host) => {
    let resolverCalls = 0;
    const result = await probe(imapRequest(143, host), {
      resolve: async () => {
        resolverCalls += 1;
        return [];
      },
    });
    expect(result).toMatchObject({ outcome: 'dns-error', errorCode: 'INVALID_HOST', failedPhase: 'dns' });
    expect(resolverCalls).toBe(0);
  });

  it('rejects an out-of-range port', async () => {
    const result = await probe({ ...imapRequest(0), port: 70_000 }, { resolve: loopbackResolver });
    expect(result.errorCode).toBe('INVALID_HOST');
  });
});

describe('cancellation', () => {
  it('aborting mid-greeting ends the probe at once with CANCELLED', async () => {
    const server = await world.track(startHostileServer({ kind: 'silent' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const result = await probe(imapRequest(server.port), {
      resolve: loopbackResolver,
      signal: controller.signal,
    });
    expect(result).toMatchObject({ outcome: 'cancelled', errorCode: 'CANCELLED', failedPhase: 'greeting' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('an already aborted signal never connects', async () => {
    const server = await world.track(startHostileServer({ kind: 'silent' }));
    const result = await probe(imapRequest(server.port), {
      resolve: loopbackResolver,
      signal: AbortSignal.abort(),
    });
    expect(result.outcome).toBe('cancelled');
    expect(server.sessions).toHaveLength(0);
  });
});
