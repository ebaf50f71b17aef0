// security.md bar point 10: each certificate fault recorded distinctly, never just "failed"; and the
// production trust path (NODE_EXTRA_CA_CERTS) in a fresh process.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startPop3Server } from '../helpers/mail-servers/pop3-server.js';
import { startSmtpServer } from '../helpers/mail-servers/smtp-server.js';
import type { ServerCert } from '../helpers/mail-servers/tcp-server.js';
import type { ProbeResult } from '../../electron/shared/probe-types.js';
import { useProbeTestWorld, withLogin } from './fixtures.js';

const run = promisify(execFile);
const world = useProbeTestWorld();
const implicitSmtp = (cert: ServerCert) =>
  world.track(startSmtpServer({ cert, implicitTls: true, users: { u: 'p' } }));

async function probeCert(cert: ServerCert) {
  const server = await implicitSmtp(cert);
  return (await world.probe('smtp', server, 'tls', withLogin(['u'], 'p'))).result;
}

describe('certificate faults', () => {
  it('a valid chain for the right name is trusted and matches', async () => {
    const result = await probeCert(world.certs.good);
    expect(result.tls).toMatchObject({
      trusted: true,
      trustError: null,
      hostnameMatches: true,
      expired: false,
    });
    expect(result.tls?.chain).toHaveLength(2);
    expect(result.tls?.chain[0]?.selfSigned).toBe(false);
    expect(result.tls?.chain[0]?.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(result.auth?.outcome).toBe('ok');
  });

  it('expired: untrusted with CERT_HAS_EXPIRED, expired flag set, no password sent', async () => {
    const result = await probeCert(world.certs.expired);
    expect(result.outcome).toBe('ok');
    expect(result.tls).toMatchObject({
      trusted: false,
      trustError: 'CERT_HAS_EXPIRED',
      expired: true,
      hostnameMatches: true,
    });
    expect(result.auth).toEqual({ outcome: 'refused-plaintext', username: null, attempts: [] });
  });

  it('self-signed: DEPTH_ZERO_SELF_SIGNED_CERT and selfSigned leaf', async () => {
    const result = await probeCert(world.certs.selfSigned);
    expect(result.tls).toMatchObject({
      trusted: false,
      trustError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      expired: false,
    });
    expect(result.tls?.chain[0]?.selfSigned).toBe(true);
  });

  it('wrong name: chain trusted, name mismatch, the certificate names are reported', async () => {
    const result = await probeCert(world.certs.wrongName);
    expect(result.tls).toMatchObject({ trusted: true, hostnameMatches: false });
    expect(result.tls?.chain[0]?.subjectAltNames).toEqual(['other.example.net']);
    expect(result.tls?.chain[0]?.subjectCN).toBe('other.example.net');
    expect(result.auth?.outcome).toBe('refused-plaintext');
  });

  it('not yet valid is reported', async () => {
    const leaf = world.certs.ca.issue({ dnsNames: ['mail.test'], notYetValid: true });
    const result = await probeCert({ cert: leaf.chainPem, key: leaf.keyPem });
    expect(result.tls).toMatchObject({ trusted: false, trustError: 'CERT_NOT_YET_VALID', notYetValid: true });
  });

  it('consent still allows a login over an untrusted certificate', async () => {
    const server = await implicitSmtp(world.certs.selfSigned);
    const { result } = await world.probe('smtp', server, 'tls', {
      allowPlaintextAuth: true,
      ...withLogin(['u'], 'p'),
    });
    expect(result.auth?.outcome).toBe('ok');
  });

  it('implicit TLS against a cleartext server is a TLS error with a system code', async () => {
    const server = await world.track(startPop3Server({}));
    const { result } = await world.probe('pop3', server, 'tls');
    expect(result.outcome).toBe('tls-error');
    expect(result.errorCode).toBe('TLS_HANDSHAKE_FAILED');
    expect(result.failedPhase).toBe('tls');
    expect(result.systemCode).toMatch(/^[A-Z0-9_]+$/);
  });
});

describe('production trust path', () => {
  it('trusts the test CA through NODE_EXTRA_CA_CERTS in a fresh process, without trustedCa', async () => {
    const server = await implicitSmtp(world.certs.good);
    const child = JSON.stringify({
      request: { protocol: 'smtp', host: 'mail.test', port: server.port, security: 'tls' },
      resolve: [{ address: '127.0.0.1', family: 4 }],
    });
    const runChild = async (env: NodeJS.ProcessEnv) => {
      const { stdout } = await run(
        'node',
        ['build/scripts/run-ts.mjs', 'test/probe/child/probe-child.ts', child],
        { env },
      );
      return (JSON.parse(stdout.trim().split('\n').at(-1)!) as { result: ProbeResult }).result;
    };
    const bundle = world.certs.ca.writeCaBundle();
    const trusting = await runChild({ ...process.env, NODE_EXTRA_CA_CERTS: bundle });
    expect(trusting.tls).toMatchObject({ trusted: true, hostnameMatches: true });
    const plain = await runChild({ ...process.env, NODE_EXTRA_CA_CERTS: '' });
    expect(plain.tls?.trusted).toBe(false);
    expect(plain.tls?.trustError).toBe('SELF_SIGNED_CERT_IN_CHAIN');
  });
});
