// Discovery and probing overlap: the guesses are probed while a slow autoconfig source is still
// answering, and the server only that source names is still probed, wins (a published source beats a
// guess) and is the one verified — its own probe carries the login, no second connection. Everything
// on 127.0.0.1/2 with ephemeral ports (portOverrides), so no root is needed.
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { closedLoopbackPort, isolatedConfig, listening, type Closable } from './isolated-config.js';
import { diagnose } from '../../electron/diagnosis/index.js';
import type { DiagnosisEvent } from '../../electron/shared/diagnosis-types.js';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.js';
import { startSmtpServer } from '../helpers/mail-servers/smtp-server.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';

const SLOW_SOURCE_MS = 1_500;
const EMAIL = 'kei@slow.test';
const PASSWORD = 'slow-pass-9';
const AUTOCONFIG = `<clientConfig version="1.1"><emailProvider id="slow"><outgoingServer type="smtp"><hostname>box.slowhost.test</hostname><port>465</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>`;

function smtps(host: string, cert: { key: string; cert: string }, logins: string[]) {
  return startSmtpServer({
    listenHost: host,
    cert,
    implicitTls: true,
    authMethods: ['PLAIN', 'LOGIN'],
    users: { [EMAIL]: PASSWORD },
    onAuth: (username) => logins.push(username),
  });
}

describe('probing while discovery is still answering', () => {
  let ca: TestCa;
  let dns: DnsServer;
  let config: DiagnosisConfig;
  const closables: Closable[] = [];
  const guessLogins: string[] = [];
  const publishedLogins: string[] = [];

  beforeAll(async () => {
    ca = createTestCa();
    const leaf = (names: string[]) => {
      const issued = ca.issue({ dnsNames: names });
      return { key: issued.keyPem, cert: issued.chainPem };
    };
    dns = await startDnsServer({
      zone: {
        'slow.test': { MX: [{ priority: 10, exchange: 'smtp.slow.test' }] },
        'autoconfig.slow.test': { A: ['127.0.0.1'] },
        'smtp.slow.test': { A: ['127.0.0.1'] },
        'box.slowhost.test': { A: ['127.0.0.2'] },
      },
    });
    closables.push(dns);
    const guess = await smtps('127.0.0.1', leaf(['smtp.slow.test']), guessLogins);
    const published = await smtps('127.0.0.2', leaf(['box.slowhost.test']), publishedLogins);
    closables.push(guess, published);
    // The only source naming box.slowhost.test answers late: the domain's own autoconfig over HTTPS,
    // so its server is trusted with the password (a plain-HTTP one would only be a guess).
    const web = https.createServer(leaf(['autoconfig.slow.test']), (_request, response) => {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/xml' });
        response.end(AUTOCONFIG);
      }, SLOW_SOURCE_MS);
    });
    const webPort = await listening(web, '127.0.0.1');
    closables.push({
      close: () =>
        new Promise((done) => {
          web.closeAllConnections();
          web.close(() => done());
        }),
    });
    // Every other port of every host: a closed one (refused at once).
    const closedPort = await closedLoopbackPort();
    config = isolatedConfig({
      dnsServer: dns.server,
      caPem: ca.certPem,
      closedPort,
      servers: { 'smtp.slow.test:465': guess.port, 'box.slowhost.test:465': published.port },
      otherPorts: [25, 587, 993, 143, 995, 110],
      httpMs: 4_000,
    });
    config.httpPorts = { http: closedPort, https: webPort };
  });
  afterAll(async () => {
    await Promise.allSettled(closables.map((closable) => closable.close()));
    ca?.cleanup();
  });

  it('probes the guesses before the slow source answers, then probes, chooses and verifies its server', async () => {
    const events: DiagnosisEvent[] = [];
    const result = await diagnose(
      { email: EMAIL, password: PASSWORD, publicIpLookup: false, timeoutMs: 15_000 },
      { config, onEvent: (event) => events.push(event) },
    );
    const autoconfigAnswered = events.find(
      (event) => event.type === 'discovery' && event.source === 'autoconfig',
    );
    expect(autoconfigAnswered).toMatchObject({ ok: true, found: 1 });
    const answeredAt = autoconfigAnswered?.type === 'discovery' ? autoconfigAnswered.elapsedMs : 0;
    const guessDone = events.find(
      (event) =>
        event.type === 'probe-done' && event.probe.host === 'smtp.slow.test' && event.probe.port === 465,
    );
    expect(guessDone).toMatchObject({ probe: { result: 'ok' } });
    expect(guessDone?.type === 'probe-done' && guessDone.elapsedMs).toBeLessThan(answeredAt);

    expect(result.outgoing).toMatchObject({ host: 'box.slowhost.test', port: 465, verified: true });
    expect(result.probes).toContainEqual(
      expect.objectContaining({ host: 'box.slowhost.test', port: 465, result: 'ok' }),
    );
    // Each server's implicit-TLS probe carries the login (the guess is a name on the user's own domain
    // with a certificate proving it): one attempt each, and the chosen one needs no second connection.
    expect(guessLogins.length).toBeLessThanOrEqual(1);
    expect(publishedLogins).toEqual([EMAIL]);
    expect(result.probes.some((probe) => probe.id.endsWith('-login'))).toBe(false);
  });
});
