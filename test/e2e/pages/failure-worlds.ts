// Small worlds for the failure screens that the loopback world has no domain for: a network that
// drops every mail port while 443 answers, a server with no encryption at all, a domain with only a
// sending server, servers that accept and never answer. Each one is a DNS server for corp.test and
// real listeners on 127.0.0.1, reached through portOverrides (the same shapes as
// test/diagnosis/failure-verdicts.test.ts), written to an engine config for the web bridge.
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import type { DiagnosisConfig } from '../../../electron/shared/engine-config';
import {
  closedLoopbackPort,
  isolatedConfig,
  listening,
  type Closable,
} from '../../diagnosis/isolated-config';
import { startDnsServer } from '../../helpers/dns-server';
import { startHostileServer } from '../../helpers/mail-servers/hostile';
import { startImapServer } from '../../helpers/mail-servers/imap-server';
import { startSmtpServer } from '../../helpers/mail-servers/smtp-server';
import { createTestCa } from '../../helpers/test-ca';

export type FailureWorldKind = 'ports-blocked' | 'plaintext' | 'sending-only' | 'silent';

export const FAILURE_DOMAIN = 'corp.test';
export const FAILURE_HOST = `mail.${FAILURE_DOMAIN}`;
export const FAILURE_ACCOUNT = { email: `ichiro@${FAILURE_DOMAIN}`, password: 'corp-pass-9' };
export const MAIL_PORTS = [25, 110, 143, 465, 587, 993, 995];

export interface FailureWorld {
  configPath: string;
  close(): Promise<void>;
}

interface WorldSetup {
  /** host:port → the port of a listener started here. */
  servers: Record<string, number>;
  portOverrides?: Record<string, number>;
  probeLimits?: Record<string, number>;
}

async function servers(
  kind: FailureWorldKind,
  closables: Closable[],
  leaf: { key: string; cert: string },
): Promise<WorldSetup> {
  const users = { [FAILURE_ACCOUNT.email]: FAILURE_ACCOUNT.password };
  switch (kind) {
    case 'ports-blocked': {
      // Only the web port answers (the one control connection), so the mail ports look filtered.
      const web = net.createServer((socket) => socket.end());
      const port = await listening(web);
      closables.push({ close: () => new Promise((done) => web.close(() => done())) });
      return { servers: {}, portOverrides: { '*:443': port } };
    }
    case 'plaintext': {
      const smtp = await startSmtpServer({ authMethods: ['PLAIN'], allowInsecureAuth: true, users });
      const imap = await startImapServer({});
      closables.push(smtp, imap);
      return {
        servers: {
          [`${FAILURE_HOST}:587`]: smtp.port,
          [`${FAILURE_HOST}:25`]: smtp.port,
          [`${FAILURE_HOST}:143`]: imap.port,
        },
      };
    }
    case 'sending-only': {
      const smtp = await startSmtpServer({ cert: leaf, implicitTls: true, authMethods: ['PLAIN'], users });
      closables.push(smtp);
      return { servers: { [`${FAILURE_HOST}:465`]: smtp.port } };
    }
    case 'silent': {
      const silent = await startHostileServer({ kind: 'silent' });
      closables.push(silent);
      return {
        servers: Object.fromEntries(MAIL_PORTS.map((port) => [`${FAILURE_HOST}:${port}`, silent.port])),
        probeLimits: { greetingTimeoutMs: 60_000, tlsHandshakeTimeoutMs: 60_000 },
      };
    }
  }
}

export async function startFailureWorld(kind: FailureWorldKind, configPath: string): Promise<FailureWorld> {
  const closables: Closable[] = [];
  const close = async () => {
    await Promise.allSettled(closables.splice(0).map((closable) => closable.close()));
  };
  try {
    const ca = createTestCa();
    closables.push({ close: async () => ca.cleanup() });
    const issued = ca.issue({ dnsNames: [FAILURE_HOST] });
    const dns = await startDnsServer({
      zone: {
        [FAILURE_DOMAIN]: { MX: [{ priority: 10, exchange: FAILURE_HOST }] },
        [FAILURE_HOST]: { A: ['127.0.0.1'] },
      },
    });
    closables.push(dns);
    const setup = await servers(kind, closables, { key: issued.keyPem, cert: issued.chainPem });
    const base = isolatedConfig({
      dnsServer: dns.server,
      caPem: ca.certPem,
      closedPort: await closedLoopbackPort(),
      servers: setup.servers,
      otherPorts: MAIL_PORTS,
      httpMs: 1_000,
    });
    const config: DiagnosisConfig = {
      ...base,
      portOverrides: { ...base.portOverrides, ...setup.portOverrides },
      ...(setup.probeLimits ? { probeLimits: setup.probeLimits } : {}),
    };
    writeFileSync(configPath, JSON.stringify(config));
    return { configPath, close };
  } catch (error) {
    await close();
    throw error;
  }
}
