// `mailwiz check-client [--thunderbird-profile DIR] [--account EMAIL] [--password-stdin] [--json]`: lists
// the accounts of the given profile (or of every Thunderbird profile on this PC, and classic Outlook's on
// Windows); with --account, tests that account as configured, diagnoses it and prints the difference.
import path from 'node:path';
import {
  ClientError,
  diagnoseAccount,
  findThunderbirdProfiles,
  loadProfile,
  profileLock,
  readOutlookRegistry,
  type AccountReport,
} from '../clients/index.js';
import type { ClientAccount, ThunderbirdProfileInfo } from '../shared/client-types.js';
import { CLIENT_EXIT, writeJson, type ClientRun } from './client-args.js';
import { ct } from './client-messages.js';
import { renderAccounts, renderReport } from './client-render.js';
import { progressLine } from './render.js';

export interface FoundAccounts {
  profiles: ThunderbirdProfileInfo[];
  accounts: ClientAccount[];
}

export async function findAccounts(profileDir: string | undefined): Promise<FoundAccounts> {
  if (profileDir !== undefined) {
    const dir = path.resolve(profileDir);
    const loaded = await loadProfile(dir);
    const profile = { name: path.basename(dir), path: dir, isDefault: false, lock: await profileLock(dir) };
    return { profiles: [profile], accounts: loaded.accounts };
  }
  const profiles = await findThunderbirdProfiles();
  const accounts: ClientAccount[] = [];
  for (const profile of profiles) {
    // A profile whose prefs.js is missing or unreadable is listed with no accounts.
    const loaded = await loadProfile(profile.path).catch(() => null);
    if (loaded) accounts.push(...loaded.accounts);
  }
  if (process.platform === 'win32') accounts.push(...(await readOutlookRegistry().catch(() => [])));
  return { profiles, accounts };
}

export function pickAccount(accounts: ClientAccount[], email: string): ClientAccount {
  const wanted = email.trim().toLowerCase();
  const account = accounts.find((a) => a.email.toLowerCase() === wanted);
  if (!account) throw new ClientError('ACCOUNT_NOT_FOUND', { email });
  return account;
}

export async function checkAccount(run: ClientRun, account: ClientAccount): Promise<AccountReport> {
  const { options } = run;
  return diagnoseAccount(account, {
    ...(run.password !== undefined ? { password: run.password } : {}),
    config: run.config,
    lang: options.lang,
    publicIpLookup: options.publicIp,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    onEvent: options.json
      ? undefined
      : (event) => {
          const line = progressLine(options.lang, event);
          if (line !== null) process.stderr.write(line + '\n');
        },
  });
}

export async function runCheckClient(run: ClientRun): Promise<number> {
  const { options } = run;
  const found = await findAccounts(options.profile);
  if (options.account === undefined) {
    if (options.json) writeJson(found);
    else if (found.profiles.length === 0 && found.accounts.length === 0)
      process.stdout.write(ct(options.lang, 'noProfiles') + '\n');
    else process.stdout.write(renderAccounts(options.lang, found.profiles, found.accounts));
    return CLIENT_EXIT.ok;
  }
  const report = await checkAccount(run, pickAccount(found.accounts, options.account));
  if (options.json) writeJson({ ...found, report });
  else process.stdout.write(renderReport(options.lang, report));
  return report.verdict === 'NO_VERIFIED_SETTINGS' ? CLIENT_EXIT.noVerified : CLIENT_EXIT.ok;
}
