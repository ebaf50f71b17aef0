// diagnose() end to end against real SMTP/IMAP/POP3 servers, DNS and HTTP on loopback, with OP25B
// simulated by iptables (see test/helpers/loopback-world.ts for the domains and accounts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../electron/diagnosis/index.js';
import type { DiagnosisEvent, DiagnosisResult } from '../../electron/shared/diagnosis-types.js';
import { loopbackWorldSupport, startLoopbackWorld, type LoopbackWorld } from '../helpers/loopback-world.js';

const support = loopbackWorldSupport();
if (!support.ok) console.warn(`skipping diagnose-world: ${support.reason}`);

describe.skipIf(!support.ok)('diagnose() in the loopback world', () => {
  let world: LoopbackWorld;
  beforeAll(async () => {
    world = await startLoopbackWorld();
  });
  afterAll(async () => {
    await world?.stop();
  });

  const run = (
    email: string,
    extra: { password?: string; username?: string; trustedHosts?: string[] } = {},
    events?: DiagnosisEvent[],
  ) =>
    diagnose(
      { email, publicIpLookup: true, timeoutMs: 20_000, ...extra },
      { config: world.config, onEvent: (event) => events?.push(event) },
    );

  const codes = (result: DiagnosisResult) => result.findings.map((finding) => finding.code);

  it('finds, proves and logs in to implicit TLS on a normal domain, streaming events', async () => {
    const events: DiagnosisEvent[] = [];
    const result = await run(world.accounts.alpha.email, { password: world.accounts.alpha.password }, events);
    expect(result.outgoing).toMatchObject({
      port: 465,
      security: 'tls',
      auth: 'password',
      username: 'taro@alpha.test',
      verified: true,
    });
    expect(result.incoming).toMatchObject({ protocol: 'imap', port: 993, security: 'tls', verified: true });
    expect(result.outgoing?.host).toMatch(/\.alpha\.test$/);
    expect(result.isp).toMatchObject({ name: 'OCN', source: 'ptr' });
    expect(codes(result)).toContain('AUTH_OK');
    expect(result.status).toBe('ok');
    expect(result.outgoing?.login).toBe('ok');
    // With a password, an alternative is listed only at the chosen one's level: its own login worked.
    expect(result.alternatives.every((alt) => alt.login === 'ok' && alt.security !== 'none')).toBe(true);
    const types = new Set(events.map((event) => event.type));
    for (const type of ['stage', 'discovery', 'context', 'probe-start', 'probe-done', 'finding', 'verdict'])
      expect(types).toContain(type);
    expect(events.at(-1)).toMatchObject({ type: 'stage', stage: 'done' });
    expect(JSON.stringify({ result, events })).not.toContain(world.accounts.alpha.password);
  });

  it('reports OP25B when port 25 is silently dropped, without waiting for it', async () => {
    if (!world.op25bActive) return;
    const result = await run(world.accounts.op25b.email);
    expect(result.outgoing).toMatchObject({ port: 465, security: 'tls' });
    const finding = result.findings.find((entry) => entry.code === 'PORT25_BLOCKED');
    expect(finding).toMatchObject({ blockedBy: 'drop', isp: 'OCN', port: 25 });
    expect(finding?.workingPorts).toEqual([465, 587]);
    const port25 = result.probes.find((probe) => probe.protocol === 'smtp' && probe.port === 25);
    expect(port25).toMatchObject({ result: 'not-needed', errorCode: 'NO_ANSWER' });
    // Far below the 5 s connect timeout: the verdict did not wait for the dropped port.
    expect(result.elapsedMs).toBeLessThan(4_000);
  });

  it('reports OP25B when port 25 is refused on the MX', async () => {
    if (!world.op25bActive) return;
    const result = await run(world.accounts.reject25.email);
    expect(result.findings.find((entry) => entry.code === 'PORT25_BLOCKED')).toMatchObject({
      blockedBy: 'reject',
    });
    expect(result.outgoing?.port).toBe(465);
  });

  it('switches to the name in the shared-hosting certificate, and withholds the password there', async () => {
    const result = await run(world.accounts.shared.email, { password: world.accounts.shared.password });
    expect(result.outgoing).toMatchObject({
      host: 'sv1234.hosting.test',
      verified: false,
      login: 'withheld',
    });
    expect(result.incoming).toMatchObject({
      host: 'sv1234.hosting.test',
      verified: false,
      login: 'withheld',
    });
    expect(result.findings.filter((entry) => entry.code === 'CREDENTIALS_WITHHELD')).toEqual([
      // One fact for both servers on that host: one finding naming both protocols.
      expect.objectContaining({
        host: 'sv1234.hosting.test',
        protocols: ['smtp', 'imap'],
        source: 'certificate',
      }),
    ]);
    expect(codes(result)).not.toContain('AUTH_OK');
  });

  it("verifies on the certificate's name once the person consented to it", async () => {
    const result = await run(world.accounts.shared.email, {
      password: world.accounts.shared.password,
      trustedHosts: ['sv1234.hosting.test'],
    });
    expect(result.outgoing).toMatchObject({ host: 'sv1234.hosting.test', port: 465, verified: true });
    expect(result.incoming).toMatchObject({ host: 'sv1234.hosting.test', port: 993, verified: true });
    const mismatch = result.findings.find((entry) => entry.code === 'CERT_NAME_MISMATCH');
    expect(mismatch).toMatchObject({ host: 'mail.shared.test', suggestedHost: 'sv1234.hosting.test' });
    expect(codes(result)).not.toContain('PORT25_BLOCKED');
  });

  it('uses SRV records when they are all the domain publishes', async () => {
    const result = await run(world.accounts.srvonly.email);
    expect(result.outgoing).toMatchObject({ host: 'mx.srvhost.test', port: 465, security: 'tls' });
    expect(result.incoming).toMatchObject({ host: 'mx.srvhost.test', port: 993, protocol: 'imap' });
    expect(result.findings.find((entry) => entry.code === 'SRV_TARGET_OUTSIDE_DOMAIN')).toMatchObject({
      host: 'mx.srvhost.test',
    });
  });

  it('uses an autoconfig-only domain and detects a local-part user name', async () => {
    const result = await run(world.accounts.auto.email, { password: world.accounts.auto.password });
    expect(result.outgoing).toMatchObject({
      host: 'box.autohost.test',
      port: 465,
      username: 'shiro',
      verified: true,
    });
    expect(result.incoming).toMatchObject({ host: 'box.autohost.test', username: 'shiro', verified: true });
    expect(codes(result)).toContain('AUTH_USERNAME_LOCALPART');
  });

  it('reports a wrong password as AUTH_FAILED, never verified, never echoed', async () => {
    const result = await run(world.accounts.pop.email, { password: 'wrong-password' });
    expect(result.outgoing).toMatchObject({ port: 465, verified: false });
    expect(result.incoming).toMatchObject({ protocol: 'pop3', port: 995, verified: false });
    expect(codes(result)).toContain('AUTH_FAILED');
    expect(JSON.stringify(result)).not.toContain('wrong-password');
  });

  it('falls back to IPv4 in bounded time when the IPv6 address is a black hole', async () => {
    if (!world.op25bActive) return;
    const result = await run(world.accounts.v6hole.email, { password: world.accounts.v6hole.password });
    expect(result.outgoing).toMatchObject({ host: 'mail.v6hole.test', port: 465, verified: true });
    const winning = result.probes.find((probe) => probe.port === 465 && probe.result === 'ok');
    expect(winning?.address).toBe(world.addresses.v6hole);
    expect(result.elapsedMs).toBeLessThan(4_000);
  });

  it('says discovery was partial when a source timed out, and lists published hosts that do not resolve', async () => {
    const config = { ...world.config, timeouts: { ...world.config.timeouts, dnsMs: 300 } };
    const result = await diagnose({ email: 'someone@partial.test', publicIpLookup: false }, { config });
    expect(result.outgoing).toMatchObject({ host: 'mail.alpha.test', port: 465 });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'DISCOVERY_PARTIAL', severity: 'info' }),
    );
    expect(result.probes).toContainEqual(
      expect.objectContaining({
        protocol: 'pop3',
        host: 'pop.gone.partial.test',
        port: 995,
        address: null,
        result: 'dns-error',
        errorCode: 'DNS_NXDOMAIN',
      }),
    );
    expect(codes(await run(world.accounts.alpha.email))).not.toContain('DISCOVERY_PARTIAL');
  });

  it('says there is no mail host for a domain that does not exist', async () => {
    const result = await run('someone@nowhere.test');
    expect(result.outgoing).toBeNull();
    expect(result.incoming).toBeNull();
    expect(codes(result)).toEqual(['NO_MAIL_HOST']);
  });

  it('stops promptly when cancelled', async () => {
    if (!world.op25bActive) return;
    const controller = new AbortController();
    const started = Date.now();
    const pending = diagnose(
      { email: world.accounts.op25b.email, publicIpLookup: false },
      { config: world.config, signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    const result = await pending;
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(result.findings.map((finding) => finding.code)).toContain('CANCELLED');
  });
});
