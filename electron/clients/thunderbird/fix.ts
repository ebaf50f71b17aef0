// Fixing a Thunderbird profile in place, only while Thunderbird is closed: a timestamped backup of
// prefs.js beside it (same bytes, same mode), then the changed prefs written atomically with the file's
// mode kept. Undo puts the backup's bytes back exactly. prefs.js is re-read right before writing, so a
// file that changed since the preview is never overwritten with a stale plan.
import { chmod, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../export/atomic-write.js';
import type { ClientAccount, ClientFixResult, FieldChange } from '../../shared/client-types.js';
import { ClientError } from '../errors.js';
import { planFix, type FixPlan } from './fix-plan.js';
import { profileLock } from './lock.js';
import { loadProfile, findAccount, type LoadedProfile } from './profile.js';
import { prefsMap, serializePrefs, withPrefs } from './prefs-file.js';

const BACKUP_NAME = /^prefs\.js\.mailwiz-\d{8}T\d{6}(?:-\d+)?\.bak$/;

export async function assertUnlocked(dir: string): Promise<void> {
  const lock = await profileLock(dir);
  if (lock === 'locked') throw new ClientError('PROFILE_LOCKED', { path: dir });
  if (lock === 'unknown') throw new ClientError('PROFILE_LOCK_UNKNOWN', { path: dir });
}

export function previewFix(loaded: LoadedProfile, account: ClientAccount, changes: FieldChange[]): FixPlan {
  return planFix(loaded.dir, prefsMap(loaded.file), account, changes);
}

function stamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}T${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`;
}

async function writeBackup(prefsPath: string, bytes: Buffer, mode: number, now: Date): Promise<string> {
  for (let n = 0; n < 100; n += 1) {
    const name = `prefs.js.mailwiz-${stamp(now)}${n === 0 ? '' : `-${n}`}.bak`;
    const target = path.join(path.dirname(prefsPath), name);
    try {
      await writeFileAtomic(target, bytes, { mode });
      await chmod(target, mode);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw Object.assign(new Error('no free backup name'), { code: 'EEXIST' });
}

async function replaceKeepingMode(file: string, bytes: Buffer, mode: number): Promise<void> {
  await writeFileAtomic(file, bytes, { overwrite: true, mode });
  // The temp file's mode went through the umask: set the original bits exactly.
  await chmod(file, mode);
}

/**
 * Applies the fix for one account. `expected` are the bytes the preview was computed from; when given
 * and prefs.js differs now, nothing is written (PREFS_CHANGED).
 */
export async function applyFix(
  dir: string,
  email: string,
  changes: FieldChange[],
  options: { expected?: Buffer; now?: Date } = {},
): Promise<ClientFixResult> {
  await assertUnlocked(dir);
  const loaded = await loadProfile(dir);
  if (options.expected && !options.expected.equals(loaded.bytes)) throw new ClientError('PREFS_CHANGED');
  const plan = previewFix(loaded, findAccount(loaded.accounts, email), changes);
  if (plan.changes.size === 0) throw new ClientError('NOTHING_TO_FIX');
  const mode = (await stat(loaded.prefsPath)).mode & 0o7777;
  const backupPath = await writeBackup(loaded.prefsPath, loaded.bytes, mode, options.now ?? new Date());
  const next = Buffer.from(serializePrefs(withPrefs(loaded.file, plan.changes)), 'utf8');
  // Thunderbird may have started while the backup was written.
  await assertUnlocked(dir);
  await replaceKeepingMode(loaded.prefsPath, next, mode);
  const { changes: _applied, ...preview } = plan;
  return { ...preview, backupPath };
}

/** Restores a backup made by applyFix, byte for byte. Only a MailWiz backup inside the profile. */
export async function undoFix(dir: string, backupPath: string): Promise<{ restored: string }> {
  const resolved = path.resolve(dir, backupPath);
  if (path.dirname(resolved) !== path.resolve(dir) || !BACKUP_NAME.test(path.basename(resolved)))
    throw new ClientError('BACKUP_NOT_FOUND', { path: backupPath });
  let bytes: Buffer;
  try {
    bytes = await readFile(resolved);
  } catch {
    throw new ClientError('BACKUP_NOT_FOUND', { path: backupPath });
  }
  await assertUnlocked(dir);
  const prefsPath = path.join(dir, 'prefs.js');
  const mode = (await stat(resolved)).mode & 0o7777;
  await replaceKeepingMode(prefsPath, bytes, mode);
  return { restored: prefsPath };
}
