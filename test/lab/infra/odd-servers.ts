// The lab's Node servers for behaviours Postfix and Dovecot do not show: submission on 587 without 465,
// an inbound-only MX relay, a STARTTLS-stripping middlebox, an unresponsive host and the autoconfig
// HTTPS server.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADDR, NS } from './addresses.js';
import type { TlsFiles } from './certificates.js';
import { REPO_ROOT, repoFile } from './repo-paths.js';
import { inNamespace, spawnInNamespace } from './shell.js';
import { LAB_PASSWORD, USERS } from './zone.js';

export interface OddServers {
  logs: { submission587: string; mxRelay: string; stripper: string; unresponsive: string; web: string };
  /** Files served as DOCROOT/<host>/<path> by the autoconfig web server. */
  docroot: string;
}

function startNodeServer(ns: string, script: string, args: string[], logFile: string): void {
  const entry = path.join(repoFile('test/lab/servers'), script);
  spawnInNamespace(ns, process.execPath, [entry, ...args], { logFile, cwd: REPO_ROOT });
}

export function startOddServers(dir: string, tls: { host1: TlsFiles; web: TlsFiles }): OddServers {
  const logs = {
    submission587: path.join(dir, 'submission587.log'),
    mxRelay: path.join(dir, 'mx-relay.log'),
    stripper: path.join(dir, 'stripper.log'),
    unresponsive: path.join(dir, 'unresponsive.log'),
    web: path.join(dir, 'web.log'),
  };
  const smtpConfig = (name: string, config: object) => {
    const file = path.join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(config));
    return [file];
  };
  const submission = smtpConfig('submission587', {
    kind: 'submission-587',
    listen: ADDR.host1Submission587,
    ports: [25, 587],
    hostname: 'mail.sub.test',
    ...tls.host1,
    users: USERS.submission587,
    password: LAB_PASSWORD,
  });
  startNodeServer(NS.host1, 'odd-smtp.mjs', submission, logs.submission587);
  const relay = smtpConfig('mx-relay', {
    kind: 'mx-relay',
    listen: ADDR.host1MxRelay,
    ports: [25],
    hostname: 'smtp.bench.test',
    ...tls.host1,
    users: [],
    password: '',
  });
  startNodeServer(NS.host1, 'odd-smtp.mjs', relay, logs.mxRelay);
  const stripped = [ADDR.host1StripProxy, ADDR.host1Main, '25,587,143,110'];
  startNodeServer(NS.host1, 'starttls-stripper.mjs', stripped, logs.stripper);
  // Silently dropped, like a host that is down or firewalled: no refusal ever comes back.
  inNamespace(NS.host1, 'iptables', [
    ...['-A', 'INPUT', '-d', ADDR.host1Unresponsive, '-p', 'tcp'],
    ...['-m', 'multiport', '!', '--dports', '465,587', '-j', 'DROP'],
  ]);
  startNodeServer(NS.host1, 'unresponsive.mjs', [ADDR.host1Unresponsive], logs.unresponsive);
  const docroot = path.join(dir, 'www');
  mkdirSync(docroot);
  startNodeServer(
    NS.host2,
    'autoconfig-web.mjs',
    [ADDR.host2Web, tls.web.certPath, tls.web.keyPath, docroot],
    logs.web,
  );
  return { logs, docroot };
}
