// Starts and stops the whole lab. startLab() returns a LabInfo (plain JSON, so vitest's globalSetup can
// hand it to test workers); the functions in isp.ts, logs.ts and cli.ts act on a running lab from any
// process. stopLab() is synchronous and also runs on exit, Ctrl-C and SIGTERM.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestCa } from '../../helpers/test-ca.js';
import { ADDR, DNS_SERVER, NS } from './addresses.js';
import { forgetTempDir, sweepLab, sweepOnExit } from './cleanup.js';
import { startDns } from './dns.js';
import { startDovecot } from './dovecot.js';
import { installIspChains, setPort25Policy } from './isp.js';
import { startPostfix } from './postfix.js';
import { inNamespace, spawnInNamespace, waitUntil } from './shell.js';
import { REPO_ROOT, repoFile } from './repo-paths.js';
import { buildTopology } from './topology.js';
import { HOST1_CERT_NAMES, HOST2_SHARED_CERT_NAMES, LAB_PASSWORD, USERS, WEB_CERT_NAMES } from './zone.js';

export interface LabInfo {
  dir: string;
  /** The lab CA's certificate (PEM file): NODE_EXTRA_CA_CERTS for the CLI, certutil for Thunderbird. */
  caPath: string;
  /** Files served by autoconfig-web as DOCROOT/<host>/<path>. */
  docroot: string;
  logs: {
    dns: string;
    dovecotHost1: string;
    dovecotShared: string;
    dovecotLegacy: string;
    postfixHost1: string;
    postfixShared: string;
    postfixLegacy: string;
    submission587: string;
    mxRelay: string;
    stripper: string;
    web: string;
  };
  password: string;
  startMs: number;
}

const serversDir = repoFile('test/lab/servers');

function startNodeServer(ns: string, script: string, args: string[], logFile: string): void {
  spawnInNamespace(ns, process.execPath, [path.join(serversDir, script), ...args], { logFile, cwd: REPO_ROOT });
}

function listening(ns: string): string {
  return inNamespace(ns, 'ss', ['-Hltn'], { allowFail: true });
}

interface ExpectedListener {
  ns: string;
  address: string;
  ports: number[];
  /** Shown when the server never comes up. */
  log: string;
}

/** Waits until every expected address:port is listening inside its namespace. */
function waitForListeners(expected: ExpectedListener[]): void {
  for (const { ns, address, ports, log } of expected) {
    const description = `${address} ports ${ports.join(',')} in ${ns}`;
    try {
      waitUntil(description, () => {
        const table = listening(ns);
        return ports.every((port) => table.includes(`${address}:${port} `));
      }, 20_000); // prettier-ignore
    } catch (error) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-1500) : '(no log)';
      throw new Error(`${(error as Error).message}; ${log}:\n${tail}`, { cause: error });
    }
  }
}

export function startLab(): LabInfo {
  const started = Date.now();
  sweepLab();
  const dir = mkdtempSync(path.join(tmpdir(), 'mailwiz-lab-'));
  // Postfix and Dovecot drop privileges; they must be able to walk into their directories.
  chmodSync(dir, 0o755);
  sweepOnExit(dir);
  try {
    return buildLab(dir, started);
  } catch (error) {
    stopLab({ dir } as LabInfo);
    throw error;
  }
}

function buildLab(dir: string, started: number): LabInfo {
  buildTopology();
  installIspChains();
  setPort25Policy('open');
  const ca = createTestCa('MailWiz Lab CA');
  const caPath = path.join(dir, 'lab-ca.pem');
  writeFileSync(caPath, ca.certPem);
  const host1Cert = ca.issue({ dnsNames: HOST1_CERT_NAMES });
  const sharedCert = ca.issue({ dnsNames: HOST2_SHARED_CERT_NAMES });
  const webCert = ca.issue({ dnsNames: WEB_CERT_NAMES });
  // Copied out of the CA's directory (removed right away); servers send the chain like real ones do.
  const certFiles = (name: string, cert: { chainPem: string; keyPem: string }) => {
    const certPath = path.join(dir, `${name}-chain.pem`);
    const keyPath = path.join(dir, `${name}-key.pem`);
    writeFileSync(certPath, cert.chainPem);
    writeFileSync(keyPath, cert.keyPem, { mode: 0o600 });
    return { certPath, keyPath };
  };
  const host1Tls = certFiles('host1', host1Cert);
  const sharedTls = certFiles('shared', sharedCert);
  const webTls = certFiles('web', webCert);
  ca.cleanup();

  const dns = startDns(dir);
  const common = { dir, password: LAB_PASSWORD };
  const dovecotHost1 = startDovecot({ ...common, name: 'host1', ns: NS.host1, listen: ADDR.host1Main, users: USERS.host1, tls: host1Tls });
  const dovecotShared = startDovecot({ ...common, name: 'shared', ns: NS.host2, listen: ADDR.host2Shared, users: USERS.host2Shared, tls: sharedTls });
  const dovecotLegacy = startDovecot({ ...common, name: 'legacy', ns: NS.host2, listen: ADDR.host2Legacy, users: USERS.host2Legacy, tls: null });
  waitUntil('Dovecot auth sockets', () => [dovecotHost1, dovecotShared, dovecotLegacy].every((d) => exists(d.authSocket)));
  const postfixHost1 = startPostfix({ dir, name: 'host1', ns: NS.host1, listen: ADDR.host1Main, hostname: 'sv1.hosting.test', dovecotAuthSocket: dovecotHost1.authSocket, tls: host1Tls });
  const postfixShared = startPostfix({ dir, name: 'shared', ns: NS.host2, listen: ADDR.host2Shared, hostname: 'sv2.hosting.test', dovecotAuthSocket: dovecotShared.authSocket, tls: sharedTls });
  const postfixLegacy = startPostfix({ dir, name: 'legacy', ns: NS.host2, listen: ADDR.host2Legacy, hostname: 'mail.old.test', dovecotAuthSocket: dovecotLegacy.authSocket, tls: null });

  const logs = {
    dns: dns.logFile,
    dovecotHost1: dovecotHost1.logFile,
    dovecotShared: dovecotShared.logFile,
    dovecotLegacy: dovecotLegacy.logFile,
    postfixHost1: postfixHost1.logFile,
    postfixShared: postfixShared.logFile,
    postfixLegacy: postfixLegacy.logFile,
    submission587: path.join(dir, 'submission587.log'),
    mxRelay: path.join(dir, 'mx-relay.log'),
    stripper: path.join(dir, 'stripper.log'),
    web: path.join(dir, 'web.log'),
  };
  const oddConfig = (name: string, config: object) => {
    const file = path.join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(config));
    return file;
  };
  startNodeServer(NS.host1, 'odd-smtp.mjs', [oddConfig('submission587', { kind: 'submission-587', listen: ADDR.host1Submission587, ports: [25, 587], hostname: 'mail.sub.test', ...host1Tls, users: USERS.submission587, password: LAB_PASSWORD })], logs.submission587);
  startNodeServer(NS.host1, 'odd-smtp.mjs', [oddConfig('mx-relay', { kind: 'mx-relay', listen: ADDR.host1MxRelay, ports: [25], hostname: 'smtp.bench.test', ...host1Tls, users: [], password: '' })], logs.mxRelay);
  startNodeServer(NS.host1, 'starttls-stripper.mjs', [ADDR.host1StripProxy, ADDR.host1Main, '25,587,143,110'], logs.stripper);
  const docroot = path.join(dir, 'www');
  mkdirSync(docroot);
  startNodeServer(NS.host2, 'autoconfig-web.mjs', [ADDR.host2Web, webTls.certPath, webTls.keyPath, docroot], logs.web);

  const mailPorts = [25, 465, 587, 143, 993, 110, 995];
  waitForListeners([
    { ns: NS.isp, address: DNS_SERVER, ports: [53], log: path.join(dir, 'dnsmasq.out') },
    { ns: NS.host1, address: ADDR.host1Main, ports: mailPorts, log: logs.postfixHost1 },
    { ns: NS.host1, address: ADDR.host1Submission587, ports: [25, 587], log: logs.submission587 },
    { ns: NS.host1, address: ADDR.host1MxRelay, ports: [25], log: logs.mxRelay },
    { ns: NS.host1, address: ADDR.host1StripProxy, ports: [25, 587, 143, 110], log: logs.stripper },
    { ns: NS.host2, address: ADDR.host2Shared, ports: mailPorts, log: logs.postfixShared },
    { ns: NS.host2, address: ADDR.host2Legacy, ports: [25, 587, 143, 110], log: logs.postfixLegacy },
    { ns: NS.host2, address: ADDR.host2Web, ports: [443], log: logs.web },
  ]);
  const info: LabInfo = { dir, caPath, docroot, logs, password: LAB_PASSWORD, startMs: Date.now() - started };
  writeFileSync(path.join(dir, 'lab.json'), JSON.stringify(info, null, 2));
  return info;
}

function exists(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch (error) {
    // A socket cannot be read as a file but exists: ENXIO / EOPNOTSUPP instead of ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

export function stopLab(info: Pick<LabInfo, 'dir'>): void {
  sweepLab([info.dir]);
  forgetTempDir(info.dir);
}
