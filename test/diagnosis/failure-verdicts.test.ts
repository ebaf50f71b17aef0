// Each way a check can fail, against real sockets on loopback, read as what it is: a DNS server that
// never answers, every mail port refused while the web port answers, servers that accept and then say
// nothing, a run cancelled half-way, a server without any encryption. Each scenario is its own small
// world (DNS server, listeners, portOverrides), so no root is needed.
import dgram from 'node:dgram';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { diagnose } from '../../electron/diagnosis/index.js';
import type { DiagnosisResult } from '../../electron/shared/diagnosis-types.js';
import { findingLine } from '../../electron/shared/finding-catalogue/index.js';
import { startDnsServer } from '../helpers/dns-server.js';
import { startHostileServer } from '../helpers/mail-servers/hostile.js';
import { startImapServer } from '../helpers/mail-servers/imap-server.js';
import { startPop3Server } from '../helpers/mail-servers/pop3-server.js';
import { startSmtpServer } from '../helpers/mail-servers/smtp-server.js';
import { createTestCa } from '../helpers/test-ca.js';
import { closedLoopbackPort, isolatedConfig, listening, type Closable } from './isolated-config.js';

const DOMAIN = 'corp.test';
const HOST = `mail.${DOMAIN}`;
const EMAIL = `ichiro@${DOMAIN}`;
const MAIL_PORTS = [25, 465, 587, 993, 143, 995, 110];
const NETWORK_OR_ABSENCE = [
  'NO_MAIL_HOST',
  'NO_OUTGOING_FOUND',
  'NO_INCOMING_FOUND',
  'DNS_UNREACHABLE',
  'MAIL_PORTS_BLOCKED',
  'SERVER_UNREACHABLE',
  'SERVERS_UNRESPONSIVE',
];

const closables: Closable[] = [];
afterEach(async () => {
  await Promise.allSettled(closables.splice(0).map((closable) => closable.close()));
});

const codes = (result: DiagnosisResult) => result.findings.map((finding) => finding.code);

async function zoneServer(): Promise<string> {
  const dns = await startDnsServer({
    zone: { [DOMAIN]: { MX: [{ priority: 10, exchange: HOST }] }, [HOST]: { A: ['127.0.0.1'] } },
  });
  closables.push(dns);
  return dns.server;
}

async function configFor(servers: Record<string, number>, extra: Partial<DiagnosisConfig> = {}) {
  const ca = createTestCa();
  closables.push({ close: async () => ca.cleanup() });
  const config = isolatedConfig({
    dnsServer: await zoneServer(),
    caPem: ca.certPem,
    closedPort: await closedLoopbackPort(),
    servers,
    otherPorts: MAIL_PORTS,
    httpMs: 1_000,
  });
  return { ...config, ...extra, portOverrides: { ...config.portOverrides, ...extra.portOverrides } };
}

/** Every mail port accepts the connection and then says nothing, for `deadlineMs` per greeting or TLS. */
async function silentServers(deadlineMs: number): Promise<DiagnosisConfig> {
  const silent = await startHostileServer({ kind: 'silent' });
  closables.push(silent);
  const servers = Object.fromEntries(MAIL_PORTS.map((port) => [`${HOST}:${port}`, silent.port]));
  return configFor(servers, {
    probeLimits: { greetingTimeoutMs: deadlineMs, tlsHandshakeTimeoutMs: deadlineMs },
  });
}

const run = (config: DiagnosisConfig, signal?: AbortSignal) =>
  diagnose(
    { email: EMAIL, publicIpLookup: false, timeoutMs: 15_000 },
    signal ? { config, signal } : { config },
  );

describe('failures named for what they are', () => {
  it('a DNS server that never answers is DNS_UNREACHABLE, never NO_MAIL_HOST', async () => {
    const sink = dgram.createSocket('udp4');
    await new Promise<void>((done) => sink.bind(0, '127.0.0.1', done));
    closables.push({ close: () => new Promise((done) => sink.close(() => done())) });
    const port = (sink.address() as net.AddressInfo).port;
    const config = await configFor({});
    const result = await run({
      ...config,
      dnsServers: [`127.0.0.1:${port}`],
      timeouts: { ...config.timeouts, dnsMs: 500, discoveryMs: 1_500 },
    });
    expect(result.status).toBe('network');
    expect(codes(result)).toContain('DNS_UNREACHABLE');
    expect(codes(result)).not.toContain('NO_MAIL_HOST');
    expect(result.findings.find((finding) => finding.code === 'DNS_UNREACHABLE')).toMatchObject({
      domain: DOMAIN,
      severity: 'error',
    });
  });

  it('every mail port refused while 443 answers is MAIL_PORTS_BLOCKED, naming the ports', async () => {
    const web = net.createServer((socket) => socket.end());
    const webPort = await listening(web);
    closables.push({ close: () => new Promise((done) => web.close(() => done())) });
    let webConnections = 0;
    web.on('connection', () => (webConnections += 1));
    const config = await configFor({}, { portOverrides: { '*:443': webPort } });
    const result = await run(config);
    expect(result.status).toBe('network');
    const blocked = result.findings.filter((finding) => finding.code === 'MAIL_PORTS_BLOCKED');
    expect(blocked).toHaveLength(1);
    expect(blocked[0]).toMatchObject({ host: HOST, controlPort: 443 });
    expect(blocked[0]?.ports).toEqual([...MAIL_PORTS].sort((a, b) => a - b));
    expect(codes(result)).not.toContain('NO_MAIL_HOST');
    // One control connection, and it is bounded: the server saw exactly one.
    expect(webConnections).toBe(1);
    expect(findingLine(blocked[0]!, 'ja')).toContain('25 / 110 / 143 / 465 / 587 / 993 / 995');
  });

  it('a host that answers on nothing is SERVER_UNREACHABLE', async () => {
    const result = await run(await configFor({}));
    expect(result.status).toBe('network');
    expect(codes(result).filter((code) => NETWORK_OR_ABSENCE.includes(code))).toEqual(['SERVER_UNREACHABLE']);
    expect(result.findings.find((finding) => finding.code === 'SERVER_UNREACHABLE')?.host).toBe(HOST);
  });

  it('servers that accept and never greet are SERVERS_UNRESPONSIVE, naming host:port', async () => {
    const config = await silentServers(500);
    const result = await run(config);
    expect(result.status).toBe('network');
    const found = result.findings.filter((finding) => NETWORK_OR_ABSENCE.includes(finding.code));
    expect(found.map((finding) => finding.code)).toEqual(['SERVERS_UNRESPONSIVE']);
    expect(found[0]?.endpoints).toEqual(
      expect.arrayContaining([`${HOST}:465`, `${HOST}:587`, `${HOST}:993`, `${HOST}:143`]),
    );
  });

  it('a cancelled run reports what it had plus CANCELLED, never a "not found" claim', async () => {
    const config = await silentServers(10_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 600);
    const result = await run(config, controller.signal);
    expect(result.status).toBe('cancelled');
    expect(codes(result)).toContain('CANCELLED');
    expect(codes(result).filter((code) => NETWORK_OR_ABSENCE.includes(code))).toEqual([]);
  });

  it('a server with no encryption at all gets one PLAINTEXT_ONLY and no advice for ports it lacks', async () => {
    const smtp = await startSmtpServer({ authMethods: ['PLAIN'], allowInsecureAuth: true });
    const imap = await startImapServer({});
    const pop3 = await startPop3Server({});
    closables.push(smtp, imap, pop3);
    const config = await configFor({
      [`${HOST}:587`]: smtp.port,
      [`${HOST}:25`]: smtp.port,
      [`${HOST}:143`]: imap.port,
      [`${HOST}:110`]: pop3.port,
    });
    const result = await run(config);
    expect(result.outgoing).toMatchObject({ security: 'none', login: 'not-tried' });
    expect(result.incoming).toMatchObject({ protocol: 'imap', security: 'none', login: 'not-tried' });
    const plaintext = result.findings.filter((finding) => finding.code === 'PLAINTEXT_ONLY');
    expect(plaintext).toHaveLength(1);
    expect(plaintext[0]).toMatchObject({ host: HOST, protocols: ['smtp', 'imap'] });
    expect(codes(result)).not.toContain('STARTTLS_UNAVAILABLE');
    for (const finding of result.findings)
      for (const lang of ['ja', 'en'] as const)
        expect(findingLine(finding, lang), `${finding.code} ${lang}`).not.toMatch(/\b(465|993|995)\b/);
    expect(findingLine(plaintext[0]!, 'ja')).toContain('パスワードを送っていません');
    // No TLS anywhere, so nothing qualifies as an alternative.
    expect(result.alternatives).toEqual([]);
  });
});
