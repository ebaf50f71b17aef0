// The real mail servers from apt: Dovecot and Postfix on hosting server 1 (the well-run host), and on
// hosting server 2 a shared-hosting pair plus a legacy pair without TLS. Postfix authenticates through
// its Dovecot's auth socket, so both protocols log attempts in the same Dovecot log.
import { existsSync } from 'node:fs';
import { ADDR, NS } from './addresses.js';
import type { LabCertificates } from './certificates.js';
import { startDovecot, type DovecotOptions } from './dovecot.js';
import { startPostfix } from './postfix.js';
import { waitUntil } from './shell.js';
import { LAB_PASSWORD, USERS } from './zone.js';

export interface MailServerLogs {
  dovecotHost1: string;
  dovecotShared: string;
  dovecotLegacy: string;
  postfixHost1: string;
  postfixShared: string;
  postfixLegacy: string;
}

interface Pair {
  name: string;
  ns: string;
  listen: string;
  hostname: string;
  users: readonly string[];
  tls: DovecotOptions['tls'];
}

export function startMailServers(dir: string, certs: LabCertificates): MailServerLogs {
  const pairs: Pair[] = [
    { name: 'host1', ns: NS.host1, listen: ADDR.host1Main, hostname: 'sv1.hosting.test', users: USERS.host1, tls: certs.host1 },
    { name: 'shared', ns: NS.host2, listen: ADDR.host2Shared, hostname: 'sv2.hosting.test', users: USERS.host2Shared, tls: certs.shared },
    { name: 'legacy', ns: NS.host2, listen: ADDR.host2Legacy, hostname: 'mail.old.test', users: USERS.host2Legacy, tls: null },
  ]; // prettier-ignore
  const dovecots = pairs.map((pair) => startDovecot({ ...pair, dir, password: LAB_PASSWORD }));
  waitUntil('Dovecot auth sockets', () => dovecots.every((dovecot) => existsSync(dovecot.authSocket)));
  const postfixes = pairs.map((pair, index) =>
    startPostfix({ ...pair, dir, dovecotAuthSocket: dovecots[index]!.authSocket }),
  );
  const [dovecotHost1, dovecotShared, dovecotLegacy] = dovecots.map((d) => d.logFile) as [
    string,
    string,
    string,
  ];
  const [postfixHost1, postfixShared, postfixLegacy] = postfixes.map((p) => p.logFile) as [
    string,
    string,
    string,
  ];
  return { dovecotHost1, dovecotShared, dovecotLegacy, postfixHost1, postfixShared, postfixLegacy };
}
