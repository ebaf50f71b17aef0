// The trust rule end to end, proven from the servers' side: a host that unauthenticated discovery names
// outside the user's domain (an SRV target, a plain-HTTP autoconfig) is probed but never given the
// password without consent, even with a valid certificate; with consent (trustedHosts) it gets one
// login. The plain-HTTP autoconfig request never carries the address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../electron/diagnosis/index.js';
import type { DiagnosisResult } from '../../electron/shared/diagnosis-types.js';
import { startTrustWorld, TRUST_ACCOUNTS, type TrustWorld } from '../helpers/trust-world.js';

describe('credentials only where trust is established', () => {
  let world: TrustWorld;
  beforeAll(async () => {
    world = await startTrustWorld();
  });
  afterAll(async () => {
    await world?.stop();
  });

  const run = (account: keyof typeof TRUST_ACCOUNTS, trustedHosts?: string[]) =>
    diagnose(
      {
        email: TRUST_ACCOUNTS[account].email,
        password: TRUST_ACCOUNTS[account].password,
        publicIpLookup: false,
        timeoutMs: 15_000,
        ...(trustedHosts ? { trustedHosts } : {}),
      },
      { config: world.config },
    );
  const withheld = (result: DiagnosisResult) =>
    result.findings.filter((finding) => finding.code === 'CREDENTIALS_WITHHELD');

  it('probes an SRV target outside the domain but sends it no password', async () => {
    const before = world.logins('srvout');
    const result = await run('srvout');
    expect(world.logins('srvout')).toEqual(before);
    const host = TRUST_ACCOUNTS.srvout.host;
    expect(result.outgoing).toMatchObject({ host, port: 465, verified: false, login: 'withheld' });
    expect(result.incoming).toMatchObject({ host, port: 993, verified: false, login: 'withheld' });
    expect(withheld(result)).toEqual([
      expect.objectContaining({ host, protocols: ['smtp', 'imap'], source: 'srv', certNames: [host] }),
    ]);
    expect(result.findings.map((finding) => finding.code)).not.toContain('AUTH_OK');
  });

  it('logs in once per server on that SRV target after consent to its name', async () => {
    const before = world.logins('srvout');
    const result = await run('srvout', [TRUST_ACCOUNTS.srvout.host.toUpperCase()]);
    expect(world.logins('srvout')).toEqual({ smtp: before.smtp + 1, imap: before.imap + 1 });
    expect(result.outgoing).toMatchObject({ verified: true, login: 'ok' });
    expect(result.incoming).toMatchObject({ verified: true, login: 'ok' });
    expect(withheld(result)).toEqual([]);
  });

  it('treats a plain-HTTP autoconfig naming another domain as a guess, and never sends it the address', async () => {
    const before = world.logins('plain');
    const requestsBefore = world.http.requests.length;
    const result = await run('plain');
    expect(world.logins('plain')).toEqual(before);
    const host = TRUST_ACCOUNTS.plain.host;
    expect(result.outgoing).toMatchObject({ host, login: 'withheld', verified: false });
    expect(withheld(result)).toEqual([
      expect.objectContaining({ host, protocols: ['smtp', 'imap'], source: 'autoconfig-http' }),
    ]);
    const plainRequests = world.http.requests.slice(requestsBefore).filter((r) => r.scheme === 'http');
    expect(plainRequests.map((r) => `${r.host}${r.path}`)).toContain(
      'autoconfig.plain.test/mail/config-v1.1.xml',
    );
    for (const request of plainRequests) {
      expect(decodeURIComponent(request.path)).not.toContain('hana');
      expect(request.path).not.toContain('emailaddress');
    }
  });

  it('logs in once per server named by that plain-HTTP autoconfig after consent', async () => {
    const before = world.logins('plain');
    const result = await run('plain', [TRUST_ACCOUNTS.plain.host]);
    expect(world.logins('plain')).toEqual({ smtp: before.smtp + 1, imap: before.imap + 1 });
    expect(result.outgoing).toMatchObject({ verified: true, login: 'ok' });
  });

  it('consent to one host is not consent to another', async () => {
    const before = world.logins('srvout');
    const result = await run('srvout', [TRUST_ACCOUNTS.plain.host]);
    expect(world.logins('srvout')).toEqual(before);
    expect(result.outgoing?.login).toBe('withheld');
  });
});
