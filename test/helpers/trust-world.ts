// A small world for the trust rule (issue 13), on 127.0.0.1 with ephemeral ports (no root): two domains
// whose only discovery names a server in another domain, each with a valid certificate for its name.
//   srvout.test   saburo@srvout.test / srvout-pass   SRV _submissions/_imaps → mx.elsewhere.test 465/993
//   plain.test    hana@plain.test / plain-pass       only a plain-HTTP autoconfig (autoconfig.plain.test)
//                                                     → box.other.test 465/993
// Each server counts the logins it was asked for (the server-side evidence), and the HTTP fixture
// records every request line. The config is also written to a file for the CLI (`--engine-config`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { closedLoopbackPort, isolatedConfig } from '../diagnosis/isolated-config.js';
import { startDnsServer } from './dns-server.js';
import { startHttpFixture, type HttpFixture } from './http-fixture.js';
import { startImapServer, type ImapTestServer } from './mail-servers/imap-server.js';
import { startSmtpServer, type SmtpTestServer } from './mail-servers/smtp-server.js';
import { createTestCa } from './test-ca.js';

export const TRUST_ACCOUNTS = {
  srvout: { email: 'saburo@srvout.test', password: 'srvout-pass', host: 'mx.elsewhere.test' },
  plain: { email: 'hana@plain.test', password: 'plain-pass', host: 'box.other.test' },
} as const;

export interface TrustWorld {
  config: DiagnosisConfig;
  configPath: string;
  http: HttpFixture;
  servers: Record<keyof typeof TRUST_ACCOUNTS, { smtp: SmtpTestServer; imap: ImapTestServer }>;
  /** SMTP AUTH and IMAP logins each server was asked for so far. */
  logins(account: keyof typeof TRUST_ACCOUNTS): { smtp: number; imap: number };
  stop(): Promise<void>;
}

function autoconfigNaming(host: string): string {
  const server = (kind: string, type: string, port: number) =>
    `<${kind} type="${type}"><hostname>${host}</hostname><port>${port}</port><socketType>SSL</socketType>` +
    `<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></${kind}>`;
  return `<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="other">${server('incomingServer', 'imap', 993)}${server('outgoingServer', 'smtp', 465)}</emailProvider></clientConfig>`;
}

export async function startTrustWorld(): Promise<TrustWorld> {
  const ca = createTestCa('MailWiz Trust World CA');
  const tmp = mkdtempSync(path.join(tmpdir(), 'mailwiz-trust-'));
  const closables: Array<{ close(): Promise<void> }> = [];
  const loopback = { A: ['127.0.0.1'] };
  const dns = await startDnsServer({
    zone: {
      'srvout.test': { TXT: ['v=spf1 -all'] },
      '_submissions._tcp.srvout.test': {
        SRV: [{ priority: 0, weight: 1, port: 465, target: TRUST_ACCOUNTS.srvout.host }],
      },
      '_imaps._tcp.srvout.test': {
        SRV: [{ priority: 0, weight: 1, port: 993, target: TRUST_ACCOUNTS.srvout.host }],
      },
      [TRUST_ACCOUNTS.srvout.host]: loopback,
      'plain.test': { TXT: ['v=spf1 -all'] },
      'autoconfig.plain.test': loopback,
      [TRUST_ACCOUNTS.plain.host]: loopback,
    },
  });
  closables.push(dns);
  const http = await startHttpFixture({
    routes: { 'autoconfig.plain.test/mail/config-v1.1.xml': autoconfigNaming(TRUST_ACCOUNTS.plain.host) },
  });
  closables.push(http);

  const servers = {} as TrustWorld['servers'];
  const portOverrides: Record<string, number> = {};
  for (const key of Object.keys(TRUST_ACCOUNTS) as Array<keyof typeof TRUST_ACCOUNTS>) {
    const account = TRUST_ACCOUNTS[key];
    const issued = ca.issue({ dnsNames: [account.host] });
    const cert = { key: issued.keyPem, cert: issued.chainPem };
    const users = { [account.email]: account.password };
    const smtp = await startSmtpServer({ cert, implicitTls: true, authMethods: ['PLAIN', 'LOGIN'], users });
    const imap = await startImapServer({ cert, implicitTls: true, users });
    closables.push(smtp, imap);
    servers[key] = { smtp, imap };
    portOverrides[`${account.host}:465`] = smtp.port;
    portOverrides[`${account.host}:993`] = imap.port;
  }
  const config = isolatedConfig({
    dnsServer: dns.server,
    caPem: ca.certPem,
    closedPort: await closedLoopbackPort(),
    servers: portOverrides,
    otherPorts: [25, 465, 587, 143, 993, 110, 995],
    httpPort: http.httpPort,
    httpMs: 2_000,
  });
  const configPath = path.join(tmp, 'engine-config.json');
  writeFileSync(configPath, JSON.stringify(config));
  return {
    config,
    configPath,
    http,
    servers,
    logins: (key) => ({ smtp: servers[key].smtp.authAttempts, imap: servers[key].imap.loginAttempts }),
    stop: async () => {
      await Promise.allSettled(closables.map((closable) => closable.close()));
      ca.cleanup();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
