// A complete fake mail "world" on loopback for integration and e2e tests: one DNS server, one HTTP(S)
// server (autoconfig, ISPDB, Autodiscover, public IP) and real SMTP/IMAP/POP3 servers on their real
// ports, each domain on its own 127.B.C.x address (B.C random per world, so parallel worlds never meet).
// OP25B is simulated with iptables on the server address's port 25 (DROP, and a REJECT variant).
// Needs root (low ports, iptables); check `loopbackWorldSupport()` and skip with its reason otherwise.
//
// Domains and test accounts (password = what the servers accept):
//   alpha.test    taro@alpha.test / alpha-pass-1      SMTP 465/587/25, IMAP 993/143, POP3 995/110; MX mail.alpha.test
//   op25b.test    hanako@op25b.test / op25b-pass-2    SMTP 465/587/25 with port 25 DROPPED (OP25B), IMAP 993
//   reject25.test jiro@reject25.test / reject-pass-3  same, port 25 REJECTED (TCP reset)
//   shared.test   info@shared.test / shared-pass-4    certificate names only sv1234.hosting.test (same address):
//                                                     expect CERT_NAME_MISMATCH with suggestedHost sv1234.hosting.test
//   srvonly.test  saburo@srvonly.test / srv-pass-5    only RFC 6186 SRV records → mx.srvhost.test 465/993
//   auto.test     shiro@auto.test, user "shiro" / auto-pass-6   only an autoconfig file (autoconfig.auto.test)
//                                                     → box.autohost.test 465/993; login with the local part only
//   pop.test      goro@pop.test / pop-pass-7          POP3 only (995/110) and SMTP 465 (+25 as MX)
//   v6hole.test   roku@v6hole.test / v6hole-pass-8     mail.v6hole.test has an AAAA that black-holes (an IPv4-mapped
//                                                     address whose traffic iptables drops) and a working A record
//   partial.test  (no account) SRV → mail.alpha.test 465/993, and a POP3 SRV target pop.gone.partial.test
//                 that does not exist; the name partial.test itself never answers (MX/NS/A time out):
//                 expect DISCOVERY_PARTIAL and a dns-error probe row
//   slowcfg.test  (no account) mail.slowcfg.test is the op25b server; the ISPDB never answers for it: a
//                 check that waits until cancelled
//   nowhere.test  (no DNS at all: NO_MAIL_HOST)
// The public-IP service answers 203.0.113.7, whose PTR names an OCN line (ISP "OCN").
//
// The returned `config` is a JSON-serialisable DiagnosisConfig (also written to `configPath`) for
// diagnose(), the CLI (`--engine-config`) and the web bridge (`--engine-config`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type net from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { startDnsServer, type DnsServer } from './dns-server.js';
import { startHttpFixture, type HttpFixture } from './http-fixture.js';
import { createTestCa, type TestCa } from './test-ca.js';
import { trackConnections } from './loopback-world-sockets.js';
import { autoconfigXml, zoneFor } from './loopback-world-zone.js';
import { startMailboxServer, type Mailbox } from './world-mailbox-servers.js';

export interface WorldAccount {
  email: string;
  username: string;
  password: string;
}

export interface LoopbackWorld {
  config: DiagnosisConfig;
  configPath: string;
  /** CA bundle for NODE_EXTRA_CA_CERTS in child processes. */
  caBundlePath: string;
  /** The 127.B.C prefix of this world. */
  prefix: string;
  accounts: Record<
    'alpha' | 'op25b' | 'reject25' | 'shared' | 'srvonly' | 'auto' | 'pop' | 'v6hole',
    WorldAccount
  >;
  /** Address of each mail server (for assertions on probes). */
  addresses: Record<
    | 'dns'
    | 'http'
    | 'alpha'
    | 'op25b'
    | 'reject25'
    | 'shared'
    | 'srvonly'
    | 'auto'
    | 'pop'
    | 'v6hole'
    | 'v6holeDropped',
    string
  >;
  /** What each account received (raw messages), keyed by email address. */
  mailboxes: WorldMailboxes;
  /** false when iptables could not be set up (then port 25 answers normally). */
  op25bActive: boolean;
  dns: DnsServer;
  http: HttpFixture;
  stop(): Promise<void>;
}

export function loopbackWorldSupport(): { ok: true } | { ok: false; reason: string } {
  if (process.getuid?.() !== 0)
    return { ok: false, reason: 'loopback world needs root (low ports on 127/8, iptables)' };
  return { ok: true };
}

export interface LoopbackWorldOptions {
  /** Install the iptables DROP/REJECT rules on port 25 (default true). */
  op25b?: boolean;
}

export const WORLD_ACCOUNTS: LoopbackWorld['accounts'] = {
  alpha: { email: 'taro@alpha.test', username: 'taro@alpha.test', password: 'alpha-pass-1' },
  op25b: { email: 'hanako@op25b.test', username: 'hanako@op25b.test', password: 'op25b-pass-2' },
  reject25: { email: 'jiro@reject25.test', username: 'jiro@reject25.test', password: 'reject-pass-3' },
  shared: { email: 'info@shared.test', username: 'info@shared.test', password: 'shared-pass-4' },
  srvonly: { email: 'saburo@srvonly.test', username: 'saburo@srvonly.test', password: 'srv-pass-5' },
  auto: { email: 'shiro@auto.test', username: 'shiro', password: 'auto-pass-6' },
  pop: { email: 'goro@pop.test', username: 'goro@pop.test', password: 'pop-pass-7' },
  v6hole: { email: 'roku@v6hole.test', username: 'roku@v6hole.test', password: 'v6hole-pass-8' },
};

interface Closable {
  close(): Promise<void>;
}

/** Each account's inbox, keyed by email address; the SMTP servers deliver into it. */
export type WorldMailboxes = Record<string, Mailbox>;

function smtpServer(
  host: string,
  port: number,
  cert: { key: string; cert: string },
  account: WorldAccount,
  name: string,
  mailboxes: WorldMailboxes,
): Promise<Closable> {
  const implicit = port === 465;
  const server = new SMTPServer({
    secure: implicit,
    key: cert.key,
    cert: cert.cert,
    name,
    banner: 'MailWiz test SMTP',
    logger: false,
    // A reverse look-up of the client would leave loopback (and slow every greeting).
    disableReverseLookup: true,
    authMethods: ['PLAIN', 'LOGIN'],
    // Port 25 is an MX: it takes mail without AUTH. Submission ports require AUTH after TLS.
    authOptional: port === 25,
    allowInsecureAuth: false,
    onAuth(auth, _session, callback) {
      if (auth.username === account.username && auth.password === account.password)
        callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Authentication failed'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        for (const recipient of session.envelope.rcptTo)
          mailboxes[recipient.address.toLowerCase()]?.push(`Return-Path: <${sender}>\r\n${raw}`);
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  // smtp-server's close() waits up to closeTimeout for clients; a test world ends them at once.
  const connections = trackConnections((server as unknown as { server: net.Server }).server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () =>
      resolve({
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            connections.destroyAll();
          }),
      }),
    );
  });
}

// The comment carries the owning PID, so rules left by a killed test process can be swept later.
const RULE_COMMENT = `mailwiz-loopback-world-${process.pid}`;

/** port null = every TCP port of the address (a black hole). */
function iptables(action: '-I' | '-D', address: string, target: string[], port: number | null): void {
  const portMatch = port === null ? [] : ['--dport', String(port)];
  const comment = ['-m', 'comment', '--comment', RULE_COMMENT];
  execFileSync(
    'iptables',
    [action, 'OUTPUT', '-d', address, '-p', 'tcp', ...portMatch, ...comment, '-j', ...target],
    {
      stdio: 'ignore',
    },
  );
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes rules of worlds whose process died without cleaning up (SIGKILL). */
function sweepStaleRules(): void {
  let rules: string;
  try {
    rules = execFileSync('iptables', ['-S', 'OUTPUT'], { encoding: 'utf8' });
  } catch {
    return;
  }
  for (const line of rules.split('\n')) {
    const owner = /--comment "?mailwiz-loopback-world-(\d+)"?/.exec(line);
    if (owner === null || processAlive(Number(owner[1]))) continue;
    const spec = line
      .replace(/^-A /, '-D ')
      .split(' ')
      .map((part) => part.replace(/^"|"$/g, ''));
    try {
      execFileSync('iptables', spec, { stdio: 'ignore' });
    } catch {
      // someone else removed it
    }
  }
}

async function startOnce(options: LoopbackWorldOptions): Promise<LoopbackWorld> {
  const p = `127.${64 + Math.floor(Math.random() * 180)}.${1 + Math.floor(Math.random() * 250)}`;
  const address = (suffix: number) => `${p}.${suffix}`;
  const addresses: LoopbackWorld['addresses'] = {
    dns: address(1), http: address(2), alpha: address(10), op25b: address(20), reject25: address(21),
    shared: address(30), srvonly: address(40), auto: address(50), pop: address(60),
    v6hole: address(70), v6holeDropped: address(71),
  }; // prettier-ignore
  const closables: Closable[] = [];
  const mailboxes: WorldMailboxes = Object.fromEntries(
    Object.values(WORLD_ACCOUNTS).map((account) => [account.email, [] as Mailbox]),
  );
  const iptablesRules: Array<{ address: string; target: string[]; port: number | null }> = [];
  let ca: TestCa | undefined;
  const tmp = mkdtempSync(path.join(tmpdir(), 'mailwiz-world-'));

  const stop = async () => {
    for (const rule of iptablesRules.splice(0)) {
      try {
        iptables('-D', rule.address, rule.target, rule.port);
      } catch {
        // already gone
      }
    }
    await Promise.allSettled(closables.splice(0).map((closable) => closable.close()));
    ca?.cleanup();
    rmSync(tmp, { recursive: true, force: true });
  };
  const exitCleanup = () => {
    for (const rule of iptablesRules.splice(0)) {
      try {
        iptables('-D', rule.address, rule.target, rule.port);
      } catch {
        // best effort on exit
      }
    }
  };
  process.once('exit', exitCleanup);

  try {
    ca = createTestCa('MailWiz Loopback World CA');
    const leaf = (names: string[]) => {
      const issued = ca!.issue({ dnsNames: names });
      return { key: issued.keyPem, cert: issued.chainPem };
    };
    const dns = await startDnsServer({
      zone: zoneFor(p),
      host: addresses.dns,
      port: 53,
      silent: ['partial.test'],
    });
    closables.push(dns);
    const http = await startHttpFixture({
      host: addresses.http,
      httpPort: 80,
      httpsPort: 443,
      tls: leaf(['autoconfig.auto.test', 'autodiscover.alpha.test']),
      routes: {
        'autoconfig.auto.test/mail/config-v1.1.xml': autoconfigXml(),
        // The ISPDB never answers for slowcfg.test: a check that must wait (until cancelled).
        '*/v1.1/slowcfg.test': { body: '', hang: true },
        '*/ip': { body: '203.0.113.7', contentType: 'text/plain' },
      },
    });
    closables.push(http);

    const servers: Array<{ key: keyof typeof addresses; names: string[]; smtp: number[]; imap: number[]; pop3: number[]; account: WorldAccount }> = [
      { key: 'alpha', names: ['mail.alpha.test', 'smtp.alpha.test', 'imap.alpha.test', 'pop.alpha.test', 'alpha.test'], smtp: [465, 587, 25], imap: [993, 143], pop3: [995, 110], account: WORLD_ACCOUNTS.alpha },
      { key: 'op25b', names: ['mail.op25b.test', 'smtp.op25b.test', 'mail.slowcfg.test'], smtp: [465, 587, 25], imap: [993], pop3: [], account: WORLD_ACCOUNTS.op25b },
      { key: 'reject25', names: ['mail.reject25.test'], smtp: [465, 587, 25], imap: [993], pop3: [], account: WORLD_ACCOUNTS.reject25 },
      { key: 'shared', names: ['sv1234.hosting.test'], smtp: [465, 587, 25], imap: [993], pop3: [], account: WORLD_ACCOUNTS.shared },
      { key: 'srvonly', names: ['mx.srvhost.test'], smtp: [465], imap: [993], pop3: [], account: WORLD_ACCOUNTS.srvonly },
      { key: 'auto', names: ['box.autohost.test'], smtp: [465], imap: [993], pop3: [], account: WORLD_ACCOUNTS.auto },
      { key: 'pop', names: ['mail.pop.test'], smtp: [465, 25], imap: [], pop3: [995, 110], account: WORLD_ACCOUNTS.pop },
      { key: 'v6hole', names: ['mail.v6hole.test'], smtp: [465, 587, 25], imap: [993], pop3: [], account: WORLD_ACCOUNTS.v6hole },
    ]; // prettier-ignore
    for (const server of servers) {
      const cert = leaf(server.names);
      const host = addresses[server.key];
      const accounts = {
        [server.account.username]: {
          password: server.account.password,
          mailbox: mailboxes[server.account.email]!,
        },
      };
      for (const port of server.smtp)
        closables.push(await smtpServer(host, port, cert, server.account, server.names[0]!, mailboxes));
      const mailboxPorts = [
        ...server.imap.map((port) => ({ protocol: 'imap' as const, port, implicitTls: port === 993 })),
        ...server.pop3.map((port) => ({ protocol: 'pop3' as const, port, implicitTls: port === 995 })),
      ];
      for (const listener of mailboxPorts)
        closables.push(await startMailboxServer({ ...listener, host, ...cert, accounts }));
    }

    let op25bActive = false;
    if (options.op25b !== false) {
      try {
        sweepStaleRules();
        for (const rule of [
          { address: addresses.op25b, target: ['DROP'], port: 25 },
          { address: addresses.reject25, target: ['REJECT', '--reject-with', 'tcp-reset'], port: 25 },
          { address: addresses.v6holeDropped, target: ['DROP'], port: null },
        ]) {
          iptables('-I', rule.address, rule.target, rule.port);
          iptablesRules.push(rule);
        }
        op25bActive = true;
      } catch {
        op25bActive = false;
      }
    }

    const config: DiagnosisConfig = {
      dnsServers: [dns.server],
      ispdbBaseUrl: `http://${addresses.http}/v1.1/`,
      publicIpUrl: `http://${addresses.http}/ip`,
      extraCaPem: [ca.certPem],
      timeouts: { dnsMs: 2_000, httpMs: 3_000, discoveryMs: 5_000, publicIpMs: 3_000, port25GraceMs: 1_000 },
      probeLimits: { connectTimeoutMs: 5_000 },
    };
    const configPath = path.join(tmp, 'engine-config.json');
    writeFileSync(configPath, JSON.stringify(config, null, 2));
    const caBundlePath = ca.writeCaBundle();

    return {
      config,
      configPath,
      caBundlePath,
      prefix: p,
      accounts: WORLD_ACCOUNTS,
      mailboxes,
      addresses,
      op25bActive,
      dns,
      http,
      stop: async () => {
        process.removeListener('exit', exitCleanup);
        await stop();
      },
    };
  } catch (error) {
    process.removeListener('exit', exitCleanup);
    await stop();
    throw error;
  }
}

export async function startLoopbackWorld(options: LoopbackWorldOptions = {}): Promise<LoopbackWorld> {
  const support = loopbackWorldSupport();
  if (!support.ok) throw new Error(support.reason);
  let lastError: unknown;
  // A random prefix can collide with another world (EADDRINUSE): try a few.
  for (let attempt = 0; attempt < 4; attempt += 1) {
    try {
      return await startOnce(options);
    } catch (error) {
      lastError = error;
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  throw lastError;
}
