// Whether Thunderbird has the profile open, judged as Thunderbird itself does (nsProfileLock): on Linux
// the `lock` symlink names "address:+pid" and `.parentlock` holds a POSIX write lock while it runs; on
// Windows `parent.lock` is held open without sharing; on macOS `.parentlock` carries the fcntl lock. A
// lock file left behind by a crash (dead pid, no lock held) is stale and does not count.
import { execFile } from 'node:child_process';
import { open, readFile, readlink, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ProfileLockState } from '../../shared/client-types.js';

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errno(error) === 'EPERM';
  }
}

function localAddresses(): Set<string> {
  const addresses = new Set(['127.0.0.1', '127.0.1.1', '::1']);
  for (const list of Object.values(os.networkInterfaces()))
    for (const entry of list ?? []) addresses.add(entry.address);
  return addresses;
}

/** The Unix symlink lock: live when its process runs here, or when another host holds it. */
async function symlinkLock(dir: string): Promise<boolean> {
  let target: string;
  try {
    target = await readlink(path.join(dir, 'lock'));
  } catch {
    return false;
  }
  const match = /^(.*):\+(\d+)$/.exec(target);
  if (!match) return true;
  if (!localAddresses().has(match[1]!)) return true;
  return pidAlive(Number(match[2]));
}

/** Linux lists every POSIX lock in /proc/locks as "… pid major:minor:inode …" (hex device numbers). */
async function posixLockHeld(file: string): Promise<boolean | null> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return false;
  }
  let table: string;
  try {
    table = await readFile('/proc/locks', 'utf8');
  } catch {
    return null;
  }
  const major = ((info.dev >> 8) & 0xfff).toString(16).padStart(2, '0');
  const minor = ((info.dev & 0xff) | ((info.dev >> 12) & 0xfff00)).toString(16).padStart(2, '0');
  const device = `${major}:${minor}:${info.ino}`;
  return table.split('\n').some((line) => line.split(/\s+/).includes(device));
}

async function windowsLock(dir: string): Promise<boolean> {
  try {
    const handle = await open(path.join(dir, 'parent.lock'), 'r+');
    await handle.close();
    return false;
  } catch (error) {
    return ['EBUSY', 'EPERM', 'EACCES'].includes(errno(error) ?? '');
  }
}

function lsofHolds(file: string): Promise<boolean | null> {
  return new Promise((resolve) => {
    execFile('lsof', ['-t', '--', file], { timeout: 5000 }, (error, stdout) => {
      if (!error) resolve(stdout.trim() !== '');
      else if (typeof error.code === 'number' && error.code === 1) resolve(false);
      else resolve(null);
    });
  });
}

export async function profileLock(
  dir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<ProfileLockState> {
  if (platform === 'win32') return (await windowsLock(dir)) ? 'locked' : 'unlocked';
  if (await symlinkLock(dir)) return 'locked';
  const parentlock = path.join(dir, '.parentlock');
  const held = platform === 'linux' ? await posixLockHeld(parentlock) : await lsofHolds(parentlock);
  if (held === null) return 'unknown';
  return held ? 'locked' : 'unlocked';
}
