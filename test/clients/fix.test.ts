// The in-place fix on a copy of the profile Thunderbird 153 wrote: only this account's prefs change,
// a shared outgoing server is cloned, the backup restores the file exactly, a locked profile is refused
// and the file's mode is kept.
import { spawn } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFix, undoFix } from '../../electron/clients/thunderbird/fix.js';
import { profileLock } from '../../electron/clients/thunderbird/lock.js';
import { loadProfile } from '../../electron/clients/thunderbird/profile.js';
import type { FieldChange } from '../../electron/shared/client-types.js';
import { copyProfile } from './fixtures.js';

const label = { ja: '', en: '' };
const reason = { code: 'PORT25_BLOCKED', isp: 'OCN' } as const;
const OUTGOING_FIX: FieldChange[] = [
  { side: 'outgoing', field: 'port', label, from: 25, to: 465, reason },
  { side: 'outgoing', field: 'security', label, from: 'none', to: 'tls', reason },
  { side: 'outgoing', field: 'auth', label, from: 'none', to: 'password', reason },
  { side: 'outgoing', field: 'username', label, from: null, to: 'taro@example-office.test', reason },
];
const INCOMING_FIX: FieldChange[] = [
  { side: 'incoming', field: 'port', label, from: 143, to: 993, reason },
  { side: 'incoming', field: 'security', label, from: 'starttls', to: 'tls', reason },
  {
    side: 'incoming',
    field: 'host',
    label,
    from: 'mail.example-office.test',
    to: 'sv1.example.test',
    reason,
  },
];

let dir: string;
let prefsPath: string;
beforeEach(() => {
  dir = copyProfile();
  prefsPath = path.join(dir, 'prefs.js');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pref lines (as text) that mention none of the given keys. */
function linesWithout(text: string, keys: RegExp): string[] {
  return text.split('\n').filter((line) => !keys.test(line));
}

describe('fixing Thunderbird in place', () => {
  it('clones the shared outgoing server for this identity and leaves the other accounts byte for byte', async () => {
    const before = readFileSync(prefsPath, 'utf8');
    const result = await applyFix(dir, 'taro@example-office.test', [...OUTGOING_FIX, ...INCOMING_FIX]);
    expect(result.clonedSmtpKey).toBe('smtp3');
    const after = readFileSync(prefsPath, 'utf8');
    // Everything outside account1's server, its identity's smtpServer, the new smtp3 and the list is unchanged.
    const touched =
      /mail\.server\.server1\.|mail\.identity\.id1\.smtpServer|mail\.smtpserver\.smtp3\.|"mail\.smtpservers"/;
    expect(linesWithout(after, touched)).toEqual(linesWithout(before, touched));
    const accounts = (await loadProfile(dir)).accounts;
    expect(accounts[0]!.outgoing).toEqual({
      host: 'mail.example-office.test',
      port: 465,
      security: 'tls',
      auth: 'password',
      username: 'taro@example-office.test',
    });
    expect(accounts[0]!.incoming).toMatchObject({
      port: 993,
      security: 'tls',
      host: 'mail.example-office.test',
    });
    // The other identity still sends through the untouched smtp1.
    expect(accounts[1]!.thunderbird?.smtpKey).toBe('smtp1');
    expect(accounts[1]!.outgoing).toMatchObject({ port: 25, security: 'none', auth: 'none' });
    expect(after).toContain('user_pref("mail.smtpservers", "smtp1,smtp2,smtp3");');
    expect(after).toContain('user_pref("mail.smtpserver.smtp3.description", "事務所の送信サーバー");');
    // The incoming host name is left to Thunderbird's dialog (it moves folder URIs and the password).
    expect(result.manual.map((c) => c.field)).toEqual(['host']);
    expect(after).not.toContain('sv1.example.test');
    const changed = result.prefs
      .map((p) => p.name)
      .filter((name) => !name.startsWith('mail.smtpserver.smtp3.'));
    expect(changed.sort()).toEqual([
      'mail.identity.id1.smtpServer',
      'mail.server.server1.port',
      'mail.server.server1.socketType',
      'mail.smtpservers',
    ]);
  });

  it('changes an unshared outgoing server in place', async () => {
    const change: FieldChange[] = [{ side: 'outgoing', field: 'port', label, from: 587, to: 465, reason }];
    change.push({ side: 'outgoing', field: 'security', label, from: 'starttls', to: 'tls', reason });
    const result = await applyFix(dir, 'hanako@example-isp.test', change);
    expect(result.clonedSmtpKey).toBeNull();
    expect(result.prefs).toEqual([
      { name: 'mail.smtpserver.smtp2.port', from: 587, to: 465 },
      { name: 'mail.smtpserver.smtp2.try_ssl', from: 2, to: 3 },
    ]);
  });

  it('restores the backup byte for byte and keeps the file mode', async () => {
    chmodSync(prefsPath, 0o600);
    const before = readFileSync(prefsPath);
    const result = await applyFix(dir, 'taro@example-office.test', OUTGOING_FIX, {
      now: new Date(2026, 11, 1, 10, 30, 5),
    });
    expect(path.basename(result.backupPath)).toBe('prefs.js.mailwiz-20261201T103005.bak');
    expect(readFileSync(result.backupPath).equals(before)).toBe(true);
    expect(statSync(prefsPath).mode & 0o777).toBe(0o600);
    expect(statSync(result.backupPath).mode & 0o777).toBe(0o600);
    expect(readFileSync(prefsPath).equals(before)).toBe(false);
    await undoFix(dir, result.backupPath);
    expect(readFileSync(prefsPath).equals(before)).toBe(true);
    expect(statSync(prefsPath).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses while Thunderbird holds the lock, and writes nothing', async () => {
    // Thunderbird's Linux lock: a symlink naming this host and a running process.
    symlinkSync(`127.0.0.1:+${process.pid}`, path.join(dir, 'lock'));
    const before = readFileSync(prefsPath);
    await expect(applyFix(dir, 'taro@example-office.test', OUTGOING_FIX)).rejects.toMatchObject({
      code: 'PROFILE_LOCKED',
    });
    expect(readFileSync(prefsPath).equals(before)).toBe(true);
    expect(readdirSync(dir).some((name) => name.includes('mailwiz'))).toBe(false);
  });

  it('refuses a plan made from an older prefs.js', async () => {
    const old = readFileSync(prefsPath);
    writeFileSync(prefsPath, `${old.toString('utf8')}user_pref("zz", 1);\n`);
    await expect(
      applyFix(dir, 'taro@example-office.test', OUTGOING_FIX, { expected: old }),
    ).rejects.toMatchObject({ code: 'PREFS_CHANGED' });
  });

  it('undoes only from a MailWiz backup inside the profile', async () => {
    await expect(undoFix(dir, '/etc/passwd')).rejects.toMatchObject({ code: 'BACKUP_NOT_FOUND' });
    await expect(undoFix(dir, 'prefs.js')).rejects.toMatchObject({ code: 'BACKUP_NOT_FOUND' });
  });
});

describe('profile lock detection', () => {
  it('treats a lock symlink of a dead process as stale', async () => {
    symlinkSync('127.0.0.1:+2147483646', path.join(dir, 'lock'));
    writeFileSync(path.join(dir, '.parentlock'), '');
    expect(await profileLock(dir, 'linux')).toBe('unlocked');
  });

  it('sees a lock held on .parentlock (listed in /proc/locks)', async () => {
    const parentlock = path.join(dir, '.parentlock');
    writeFileSync(parentlock, '');
    const holder = spawn('flock', [parentlock, 'sleep', '30'], { stdio: 'ignore' });
    try {
      let state = 'unlocked';
      for (let i = 0; i < 50 && state !== 'locked'; i += 1) {
        state = await profileLock(dir, 'linux');
        if (state !== 'locked') await new Promise((r) => setTimeout(r, 50));
      }
      expect(state).toBe('locked');
    } finally {
      holder.kill();
    }
  });
});
