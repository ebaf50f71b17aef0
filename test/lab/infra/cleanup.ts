// Everything the lab creates lives inside network namespaces named with LAB_PREFIX, plus their
// /etc/netns entries and one temp directory. So teardown is one sweep: stop every process inside those
// namespaces (all of them are ours), delete the namespaces (their veths and iptables rules go with them),
// remove the /etc/netns entries. The same sweep runs before a start, so a crashed run never blocks the next.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isAlive, run, sleepSync } from './shell.js';

export const LAB_PREFIX = 'mwlab-';

function labNamespaces(): string[] {
  return run('ip', ['netns', 'list'], { allowFail: true })
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((name) => name.startsWith(LAB_PREFIX));
}

function pidsIn(ns: string): number[] {
  return run('ip', ['netns', 'pids', ns], { allowFail: true }).split(/\s+/).filter(Boolean).map(Number);
}

function stopProcesses(pids: number[]): void {
  for (const pid of pids) signal(pid, 'SIGTERM');
  const deadline = Date.now() + 3000;
  while (pids.some(isAlive) && Date.now() < deadline) sleepSync(50);
  for (const pid of pids.filter(isAlive)) signal(pid, 'SIGKILL');
  while (pids.some(isAlive) && Date.now() < deadline + 2000) sleepSync(20);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

const TEMP_PREFIX = 'mailwiz-lab-';
const OWNER_FILE = path.join(tmpdir(), 'mailwiz-lab.owner');

/**
 * The namespace names are fixed, so only one lab can run on a machine. The owner file holds the pid
 * of the process running it; a second run refuses to start instead of sweeping a live lab away.
 */
export function claimLab(): void {
  if (existsSync(OWNER_FILE)) {
    const owner = Number(readFileSync(OWNER_FILE, 'utf8'));
    if (owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `another network lab is running (pid ${owner}); wait for it to finish, or stop that process`,
      );
    }
  }
  writeFileSync(OWNER_FILE, String(process.pid));
}

export function releaseLab(): void {
  if (existsSync(OWNER_FILE) && Number(readFileSync(OWNER_FILE, 'utf8')) === process.pid)
    rmSync(OWNER_FILE, { force: true });
}

/** Lab directories left by runs that died without their exit handler (SIGKILL, power loss). */
export function staleLabDirs(): string[] {
  return readdirSync(tmpdir())
    .filter((name) => name.startsWith(TEMP_PREFIX))
    .map((name) => path.join(tmpdir(), name));
}

export function labTempPrefix(): string {
  return path.join(tmpdir(), TEMP_PREFIX);
}

/** Removes every trace of a lab, ours or a crashed earlier run's. Safe to call any number of times. */
export function sweepLab(tempDirs: string[] = []): void {
  const namespaces = labNamespaces();
  // Processes first, across all namespaces: a server in one may hold sockets towards another.
  stopProcesses(namespaces.flatMap(pidsIn));
  for (const ns of namespaces) run('ip', ['netns', 'delete', ns], { allowFail: true });
  if (existsSync('/etc/netns')) {
    for (const entry of readdirSync('/etc/netns')) {
      if (entry.startsWith(LAB_PREFIX))
        rmSync(path.join('/etc/netns', entry), { recursive: true, force: true });
    }
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

let hooked = false;
const pendingDirs = new Set<string>();

/**
 * Makes sure the sweep runs however the process ends: normal exit, an uncaught error, Ctrl-C or SIGTERM.
 * After a signal the process exits with the conventional 128+n code.
 */
export function sweepOnExit(tempDir: string): void {
  pendingDirs.add(tempDir);
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    sweepLab([...pendingDirs]);
    releaseLab();
  });
  for (const [name, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(name, () => {
      sweepLab([...pendingDirs]);
      releaseLab();
      process.exit(code);
    });
  }
}

export function forgetTempDir(tempDir: string): void {
  pendingDirs.delete(tempDir);
}
