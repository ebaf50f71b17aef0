// No waiting on no progress: a host that accepts connections but never speaks a mail protocol (465
// silent, not even a TLS ServerHello; 587 streaming garbage; every other port silent) ends the run with
// SERVERS_UNRESPONSIVE instead of the phase deadlines adding up, while a server that holds its banner
// back for 6 s on purpose is still found. Raw servers on loopback, ephemeral ports (portOverrides).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../electron/diagnosis/index.js';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.js';
import { startHostileServer } from '../helpers/mail-servers/hostile.js';
import { startScriptedSmtp } from '../helpers/mail-servers/scripted-smtp.js';
import type { RunningServer } from '../helpers/mail-servers/tcp-server.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';
import { closedLoopbackPort, isolatedConfig } from './isolated-config.js';

const MAIL_PORTS = [25, 465, 587, 143, 993, 110, 995];
const codes = (findings: Array<{ code: string }>) => findings.map((finding) => finding.code);

describe('a run without progress', () => {
  let ca: TestCa;
  let dns: DnsServer;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    ca = createTestCa();
    dns = await startDnsServer({
      zone: {
        'dead.test': { MX: [{ priority: 10, exchange: 'mail.dead.test' }] },
        'mail.dead.test': { A: ['127.0.0.1'] },
        'slow.test': { MX: [{ priority: 10, exchange: 'mail.slow.test' }] },
        'mail.slow.test': { A: ['127.0.0.1'] },
      },
    });
  });
  afterAll(async () => {
    await Promise.allSettled([dns?.close(), ...servers.map((server) => server.close())]);
    ca?.cleanup();
  });

  it('ends with SERVERS_UNRESPONSIVE when every port accepts and none speaks a mail protocol', async () => {
    const silent = await startHostileServer({ kind: 'silent' });
    const garbage = await startHostileServer({
      kind: 'endless-lines',
      line: randomBytes(256)
        .toString('latin1')
        .replace(/[\r\n]/g, '.'),
    });
    servers.push(silent, garbage);
    const others = Object.fromEntries(
      MAIL_PORTS.filter((port) => port !== 587).map((port) => [`mail.dead.test:${port}`, silent.port]),
    );
    const config = isolatedConfig({
      dnsServer: dns.server,
      caPem: ca.certPem,
      closedPort: await closedLoopbackPort(),
      servers: { ...others, 'mail.dead.test:587': garbage.port },
      otherPorts: MAIL_PORTS,
      httpMs: 2_000,
    });
    const result = await diagnose(
      { email: 'x@dead.test', password: 'never-sent-1', publicIpLookup: false, timeoutMs: 28_000 },
      { config },
    );
    expect(codes(result.findings)).toContain('SERVERS_UNRESPONSIVE');
    expect(codes(result.findings)).not.toContain('CANCELLED');
    expect(codes(result.findings)).not.toContain('NO_MAIL_HOST');
    expect(result.outgoing).toBeNull();
    expect(result.incoming).toBeNull();
    // The silent ports were really connected to (accepted), and the garbage was really read.
    expect(silent.sessions.length).toBeGreaterThan(0);
    expect(garbage.sessions.length).toBeGreaterThan(0);
  }, 30_000);

  it('still finds a server that holds its banner back for 6 s', async () => {
    const leaf = ca.issue({ dnsNames: ['mail.slow.test'] });
    const slow = await startScriptedSmtp({
      cert: { cert: leaf.chainPem, key: leaf.keyPem },
      greetingDelayMs: 6_000,
      greeting: '220 mail.slow.test ESMTP\r\n',
    });
    servers.push(slow);
    const config = isolatedConfig({
      dnsServer: dns.server,
      caPem: ca.certPem,
      closedPort: await closedLoopbackPort(),
      servers: { 'mail.slow.test:587': slow.port },
      otherPorts: MAIL_PORTS,
      httpMs: 2_000,
    });
    const result = await diagnose(
      { email: 'y@slow.test', publicIpLookup: false, timeoutMs: 28_000 },
      { config },
    );
    expect(codes(result.findings)).not.toContain('SERVERS_UNRESPONSIVE');
    expect(result.outgoing).toMatchObject({ host: 'mail.slow.test', port: 587, security: 'starttls' });
  }, 30_000);
});
