// What the office's ISP does to its traffic: Outbound Port 25 Blocking (silently dropped or actively
// refused, at the ISP's router like the real thing) and latency (a user-space NFQUEUE delayer on the
// office uplink, since this kernel has no sch_netem).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NS } from './addresses.js';
import { repoFile } from './repo-paths.js';
import { inNamespace, isAlive, spawnInNamespace, waitUntil } from './shell.js';

export type Port25Policy = 'open' | 'drop' | 'reject';

const OP25B_CHAIN = 'OP25B';
const DELAY_QUEUE = '7';
const TABLES = ['iptables', 'ip6tables'] as const;

/** Called once when the lab is built: office traffic forwarded by the router passes the OP25B chain. */
export function installIspChains(): void {
  for (const table of TABLES) {
    inNamespace(NS.isp, table, ['-N', OP25B_CHAIN]);
    inNamespace(NS.isp, table, ['-I', 'FORWARD', '-i', 'to-office', '-j', OP25B_CHAIN]);
  }
}

export function setPort25Policy(policy: Port25Policy): void {
  for (const table of TABLES) {
    inNamespace(NS.isp, table, ['-F', OP25B_CHAIN]);
    if (policy === 'open') continue;
    const action = policy === 'drop' ? ['-j', 'DROP'] : ['-j', 'REJECT', '--reject-with', 'tcp-reset'];
    inNamespace(NS.isp, table, ['-A', OP25B_CHAIN, '-p', 'tcp', '--dport', '25', ...action]);
  }
}

const delayerScript = repoFile('test/lab/infra/packet-delayer.py');

function delayRules(op: '-A' | '-D'): Array<[string, string[]]> {
  const queue = ['-j', 'NFQUEUE', '--queue-num', DELAY_QUEUE, '--queue-bypass'];
  return TABLES.flatMap((table) => [
    [table, ['-t', 'mangle', op, 'OUTPUT', '!', '-o', 'lo', ...queue]],
    [table, ['-t', 'mangle', op, 'PREROUTING', '!', '-i', 'lo', ...queue]],
  ]) as Array<[string, string[]]>;
}

/** Delays every packet to and from the office by `oneWayMs` (so RTT grows by twice that). 0 removes it. */
export function setOfficeDelay(labDir: string, oneWayMs: number): void {
  const pidFile = path.join(labDir, 'delayer.pid');
  if (existsSync(pidFile)) {
    for (const [table, args] of delayRules('-D')) inNamespace(NS.office, table, args, { allowFail: true });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    if (isAlive(pid)) process.kill(pid, 'SIGTERM');
    waitUntil('the packet delayer to stop', () => !isAlive(pid), 5000);
    rmSync(pidFile);
  }
  if (oneWayMs <= 0) return;
  const logFile = path.join(labDir, 'delayer.log');
  writeFileSync(logFile, '');
  const pid = spawnInNamespace(NS.office, 'python3', ['-u', delayerScript, DELAY_QUEUE, String(oneWayMs)], {
    logFile,
  });
  writeFileSync(pidFile, String(pid));
  waitUntil('the packet delayer to bind its queue', () => readFileSync(logFile, 'utf8').includes('ready'));
  for (const [table, args] of delayRules('-A')) inNamespace(NS.office, table, args);
}
