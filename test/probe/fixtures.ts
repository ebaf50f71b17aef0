// Shared set-up for probe tests: a test CA with certificates for mail.test, a resolver that maps test
// names to loopback, limits short enough for fast tests yet generous for a loaded machine, and a
// per-file world that closes its servers and removes its CA when the file is done.
import { afterAll } from 'vitest';
import type { ProbeOptions } from '../../electron/probe/index.js';
import type {
  MailProtocol,
  ProbeEvent,
  ProbeRequest,
  ProbeResult,
  Security,
} from '../../electron/shared/probe-types.js';
import { probe } from '../../electron/probe/index.js';
import { createTestCa, type LeafCert, type TestCa } from '../helpers/test-ca.js';
import type { ServerCert } from '../helpers/mail-servers/tcp-server.js';

export const TEST_HOST = 'mail.test';

export interface CertSet {
  ca: TestCa;
  good: ServerCert;
  expired: ServerCert;
  selfSigned: ServerCert;
  wrongName: ServerCert;
}

function asServerCert(leaf: LeafCert): ServerCert {
  return { cert: leaf.chainPem, key: leaf.keyPem };
}

export function createCertSet(): CertSet {
  const ca = createTestCa();
  return {
    ca,
    good: asServerCert(ca.issue({ dnsNames: [TEST_HOST] })),
    expired: asServerCert(ca.issue({ dnsNames: [TEST_HOST], expired: true })),
    selfSigned: asServerCert(ca.issue({ dnsNames: [TEST_HOST], selfSigned: true })),
    wrongName: asServerCert(ca.issue({ dnsNames: ['other.example.net'] })),
  };
}

export const loopbackResolver: NonNullable<ProbeOptions['resolve']> = async () => [
  { address: '127.0.0.1', family: 4 },
];

export const FAST_LIMITS: NonNullable<ProbeOptions['limits']> = {
  connectTimeoutMs: 5_000,
  tlsHandshakeTimeoutMs: 5_000,
  greetingTimeoutMs: 5_000,
  commandTimeoutMs: 5_000,
  quitTimeoutMs: 1_000,
  probeTimeoutMs: 20_000,
};

export interface ProbeRun {
  result: ProbeResult;
  events: ProbeEvent[];
}

/** Probes `mail.test` on the given port (resolved to 127.0.0.1) trusting the test CA. */
export async function probeLocal(
  certs: CertSet | null,
  request: Omit<ProbeRequest, 'host'> & { host?: string },
  options: ProbeOptions = {},
): Promise<ProbeRun> {
  const events: ProbeEvent[] = [];
  const result = await probe(
    { host: TEST_HOST, ...request },
    {
      resolve: loopbackResolver,
      trustedCa: certs ? [certs.ca.certPem] : undefined,
      limits: FAST_LIMITS,
      onEvent: (event) => events.push(event),
      ...options,
    },
  );
  return { result, events };
}

interface Closable {
  close(): Promise<void>;
}

export interface ProbeTestWorld {
  /** The test CA and its leaves, made on first use (openssl takes a moment). */
  readonly certs: CertSet;
  /** Waits for a server to start and closes it after the file's tests. */
  track<T extends Closable>(starting: Promise<T>): Promise<T>;
  /** Probes a tracked server on mail.test, trusting the test CA. */
  probe(
    protocol: MailProtocol,
    server: { port: number },
    security: Security,
    extra?: Partial<Omit<ProbeRequest, 'protocol' | 'port' | 'security'>>,
    options?: ProbeOptions,
  ): Promise<ProbeRun>;
}

/** Call once at the top of a test file. */
export function useProbeTestWorld(): ProbeTestWorld {
  let certs: CertSet | undefined;
  const servers: Closable[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    certs?.ca.cleanup();
  });
  const world: ProbeTestWorld = {
    get certs() {
      certs ??= createCertSet();
      return certs;
    },
    async track(starting) {
      const server = await starting;
      servers.push(server);
      return server;
    },
    probe: (protocol, server, security, extra = {}, options = {}) =>
      probeLocal(world.certs, { ...extra, protocol, port: server.port, security }, options),
  };
  return world;
}

/** Request fields for a login test: `world.probe('imap', server, 'tls', withLogin([user], password))`. */
export function withLogin(usernames: string[], password: string): Pick<ProbeRequest, 'credentials'> {
  return { credentials: { usernames, password } };
}
