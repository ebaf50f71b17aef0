// Shared set-up for probe tests: a test CA with certificates for mail.test, a resolver that maps test
// names to loopback, and limits short enough for fast tests yet generous for a loaded machine.
import type { ProbeOptions } from '../../electron/probe/index.js';
import type { ProbeEvent, ProbeRequest, ProbeResult } from '../../electron/shared/probe-types.js';
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
