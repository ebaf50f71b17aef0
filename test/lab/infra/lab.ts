// Starts and stops the whole lab. startLab() returns a LabInfo (plain JSON, so vitest's globalSetup can
// hand it to test workers); the functions in isp.ts, logs.ts and cli.ts act on a running lab from any
// process. stopLab() is synchronous and also runs on exit, Ctrl-C and SIGTERM.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADDR, DNS_SERVER, NS } from './addresses.js';
import { issueLabCertificates } from './certificates.js';
import {
  claimLab,
  forgetTempDir,
  labTempPrefix,
  releaseLab,
  staleLabDirs,
  sweepLab,
  sweepOnExit,
} from './cleanup.js';
import { startDns } from './dns.js';
import { installIspChains, setPort25Policy } from './isp.js';
import { startMailServers } from './mail-servers.js';
import { startOddServers } from './odd-servers.js';
import { inNamespace, waitUntil } from './shell.js';
import { buildTopology } from './topology.js';
import { LAB_PASSWORD } from './zone.js';

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
    unresponsive: string;
    web: string;
  };
  password: string;
  startMs: number;
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
  claimLab();
  // Only one lab can exist at a time (fixed namespace names), so anything found now is left over.
  sweepLab(staleLabDirs());
  const dir = mkdtempSync(labTempPrefix());
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
  const certs = issueLabCertificates(dir);
  const dns = startDns(dir);
  const mail = startMailServers(dir, certs);
  const odd = startOddServers(dir, certs);
  const logs = { dns: dns.logFile, ...mail, ...odd.logs };
  const mailPorts = [25, 465, 587, 143, 993, 110, 995];
  waitForListeners([
    { ns: NS.isp, address: DNS_SERVER, ports: [53], log: path.join(dir, 'dnsmasq.out') },
    { ns: NS.host1, address: ADDR.host1Main, ports: mailPorts, log: logs.postfixHost1 },
    { ns: NS.host1, address: ADDR.host1Submission587, ports: [25, 587], log: logs.submission587 },
    { ns: NS.host1, address: ADDR.host1MxRelay, ports: [25], log: logs.mxRelay },
    { ns: NS.host1, address: ADDR.host1StripProxy, ports: [25, 587, 143, 110], log: logs.stripper },
    { ns: NS.host1, address: ADDR.host1Unresponsive, ports: [465, 587], log: logs.unresponsive },
    { ns: NS.host2, address: ADDR.host2Shared, ports: mailPorts, log: logs.postfixShared },
    { ns: NS.host2, address: ADDR.host2Legacy, ports: [25, 587, 143, 110], log: logs.postfixLegacy },
    { ns: NS.host2, address: ADDR.host2Web, ports: [443], log: logs.web },
  ]);
  const info: LabInfo = {
    dir,
    caPath: certs.caPath,
    docroot: odd.docroot,
    logs,
    password: LAB_PASSWORD,
    startMs: Date.now() - started,
  };
  writeFileSync(path.join(dir, 'lab.json'), JSON.stringify(info, null, 2));
  return info;
}

export function stopLab(info: Pick<LabInfo, 'dir'>): void {
  sweepLab([info.dir]);
  forgetTempDir(info.dir);
  releaseLab();
}
