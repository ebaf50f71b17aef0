// Reading one Thunderbird profile: its prefs.js parsed strictly and the accounts in it. Read-only and
// safe while Thunderbird runs (it rewrites prefs.js whole, never in place).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClientAccount } from '../../shared/client-types.js';
import { ClientError } from '../errors.js';
import { readAccounts } from './accounts.js';
import { parsePrefs, prefsMap, type PrefsFile } from './prefs-file.js';

export interface LoadedProfile {
  dir: string;
  prefsPath: string;
  bytes: Buffer;
  file: PrefsFile;
  accounts: ClientAccount[];
}

export async function loadProfile(dir: string): Promise<LoadedProfile> {
  const prefsPath = path.join(dir, 'prefs.js');
  let bytes: Buffer;
  try {
    bytes = await readFile(prefsPath);
  } catch {
    throw new ClientError('PROFILE_NOT_FOUND', { path: prefsPath });
  }
  let file: PrefsFile;
  try {
    file = parsePrefs(bytes.toString('utf8'));
  } catch (error) {
    throw new ClientError('PREFS_SYNTAX', { line: (error as { line?: number }).line ?? 0 });
  }
  return { dir, prefsPath, bytes, file, accounts: readAccounts(prefsMap(file), dir) };
}

export function findAccount(accounts: ClientAccount[], email: string): ClientAccount {
  const wanted = email.trim().toLowerCase();
  const account = accounts.find((a) => a.email.toLowerCase() === wanted);
  if (!account) throw new ClientError('ACCOUNT_NOT_FOUND', { email });
  return account;
}
