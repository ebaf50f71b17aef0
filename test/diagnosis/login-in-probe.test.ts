// The login rides on the implicit-TLS probe: with a password, the outgoing verdict is verified without a
// second connection, and a wrong password costs the server at most two attempts in the whole run, SMTP
// and IMAP together (the fallback login never tries again). SMTP and IMAP on one machine share those two
// attempts, so the IMAP probe that runs alongside the SMTP one goes without the password and IMAP logs
// in afterwards, with the user name SMTP proved. Counted on the servers themselves: smtp-server's
// onAuth and the IMAP server's account look-ups, connections through a counting relay. Everything on
// 127.0.0.1 with ephemeral ports (portOverrides), so no root is needed.
import net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { closedLoopbackPort, isolatedConfig, listening, type Closable } from './isolated-config.js';
import { diagnose } from '../../electron/diagnosis/index.js';
import { findingLine } from '../../electron/shared/finding-catalogue/index.js';
import { startDnsServer } from '../helpers/dns-server.js';
import { startSmtpServer } from '../helpers/mail-servers/smtp-server.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';
import { startMailboxServer, type MailboxAccount } from '../helpers/world-mailbox-servers.js';

const HOST = 'mail.inprobe.test';
const EMAIL = 'nana@inprobe.test';
const PASSWORD = 'inprobe-pass-7';

const counts = { smtpConnections: 0, smtpAuth: 0, imapConnections: 0, imapLogins: 0 };

function closer(server: net.Server): Closable {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => sockets.add(socket));
  return {
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** IMAPS on a free port, behind a relay that counts connections; every account look-up is a login. */
async function imaps(tls: { key: string; cert: string }) {
  const reserve = net.createServer();
  const backendPort = await listening(reserve);
  await new Promise((done) => reserve.close(done));
  const account: MailboxAccount = { password: PASSWORD, mailbox: [] };
  const accounts = new Proxy({} as Record<string, MailboxAccount>, {
    get(_target, user) {
      counts.imapLogins += 1;
      return user === EMAIL ? account : undefined;
    },
  });
  const backend = await startMailboxServer({
    protocol: 'imap',
    host: '127.0.0.1',
    port: backendPort,
    implicitTls: true,
    ...tls,
    accounts,
  });
  const relay = net.createServer((socket) => {
    counts.imapConnections += 1;
    const upstream = net.connect(backendPort, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  const relayClosable = closer(relay);
  const port = await listening(relay);
  return { port, closables: [relayClosable, backend] };
}

describe.sequential('the login carried by the probe', () => {
  let ca: TestCa;
  let config: DiagnosisConfig;
  const closables: Closable[] = [];

  beforeAll(async () => {
    ca = createTestCa();
    const issued = ca.issue({ dnsNames: [HOST] });
    const tls = { key: issued.keyPem, cert: issued.chainPem };
    const dns = await startDnsServer({
      zone: { 'inprobe.test': { MX: [{ priority: 10, exchange: HOST }] }, [HOST]: { A: ['127.0.0.1'] } },
    });
    closables.push(dns);
    const smtp = await startSmtpServer({
      cert: tls,
      implicitTls: true,
      authMethods: ['PLAIN', 'LOGIN'],
      users: { [EMAIL]: PASSWORD },
      onConnect: () => (counts.smtpConnections += 1),
      onAuth: () => (counts.smtpAuth += 1),
    });
    const imap = await imaps(tls);
    closables.push(smtp, ...imap.closables);
    config = isolatedConfig({
      dnsServer: dns.server,
      caPem: ca.certPem,
      closedPort: await closedLoopbackPort(),
      servers: { [`${HOST}:465`]: smtp.port, [`${HOST}:993`]: imap.port },
      otherPorts: [25, 587, 143, 995, 110],
      httpMs: 3_000,
    });
  });
  afterAll(async () => {
    await Promise.allSettled(closables.map((closable) => closable.close()));
    ca?.cleanup();
  });
  beforeEach(() => {
    for (const key of Object.keys(counts) as Array<keyof typeof counts>) counts[key] = 0;
  });

  const run = (password: string) =>
    diagnose({ email: EMAIL, password, publicIpLookup: false, timeoutMs: 15_000 }, { config });

  it('verifies both directions with one AUTH each: SMTP on its probe, IMAP right after', async () => {
    const result = await run(PASSWORD);
    expect(result.outgoing).toMatchObject({ host: HOST, port: 465, security: 'tls', verified: true });
    expect(result.incoming).toMatchObject({ protocol: 'imap', port: 993, security: 'tls', verified: true });
    expect(result.findings.map((finding) => finding.code)).toContain('AUTH_OK');
    expect(counts).toMatchObject({ smtpAuth: 1, imapLogins: 1 });
    // SMTP's probe carries the login (plus at most the user-name race's spare, which sends no password
    // here). SMTP and IMAP share one server and so one attempt budget: the IMAP probe goes without the
    // password while SMTP's login holds it, and IMAP logs in afterwards with the name SMTP proved.
    expect(counts.smtpConnections).toBeLessThanOrEqual(2);
    expect(counts.imapConnections).toBeLessThanOrEqual(3);
  });

  it('reports a wrong password with at most two attempts at the server in the whole run', async () => {
    const result = await run('not-the-password');
    const codes = result.findings.map((finding) => finding.code);
    expect(codes).toContain('AUTH_FAILED');
    expect(codes).not.toContain('AUTH_OK');
    expect(result.outgoing).toMatchObject({ verified: false, login: 'failed' });
    expect(result.incoming).toMatchObject({ verified: false, login: 'failed' });
    expect(result.status).toBe('login-failed');
    // One fact (this server refused this user name), naming the server and every protocol that refused.
    const refusals = result.findings.filter((finding) => finding.code === 'AUTH_FAILED');
    expect(refusals).toHaveLength(1);
    // The login first ready spent the server's two attempts; the other was never sent (and reads
    // failed because the same server refused this password), so only the protocol the server really
    // refused is named, as its own counts show.
    expect(refusals[0]).toMatchObject({ host: HOST });
    const refusing = [...(counts.smtpAuth > 0 ? ['smtp'] : []), ...(counts.imapLogins > 0 ? ['imap'] : [])];
    expect(refusing).toHaveLength(1);
    expect(refusals[0]?.protocols).toEqual(refusing);
    // The setting whose login was never sent names the protocol the server counted; the other none.
    const [refused, unsent] =
      refusing[0] === 'smtp' ? [result.outgoing, result.incoming] : [result.incoming, result.outgoing];
    expect(refused?.loginRefusedOn).toBeUndefined();
    expect(unsent?.loginRefusedOn).toBe(refusing[0]);
    expect(refusals[0]?.username).toContain(EMAIL);
    expect(findingLine(refusals[0]!, 'ja')).toContain(HOST);
    expect(counts.smtpAuth + counts.imapLogins).toBeGreaterThan(0);
    expect(counts.smtpAuth + counts.imapLogins).toBeLessThanOrEqual(2);
    expect(counts.smtpConnections).toBeLessThanOrEqual(2);
  });
});
