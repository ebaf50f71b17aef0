// The repair calls behind the typed API: list the accounts a mail program holds, diagnose one against
// the network (as configured, then verified), preview and apply the Thunderbird fix, undo it. A diagnosis
// is kept by run id for a few minutes, so the fix is computed here from what MailWiz measured (never
// from a list of changes sent back by the renderer), against the prefs.js bytes read then.
import type { ApiInput, ApiOutput } from '../shared/api-contract.js';
import type { CallContext } from './handlers.js';
import { ApiFailure } from '../shared/api-errors.js';
import type { ClientAccount } from '../shared/client-types.js';
import type { DiagnoseOptions } from '../diagnosis/index.js';
import {
  applyFix,
  ClientError,
  diagnoseAccount,
  findThunderbirdProfiles,
  loadProfile,
  previewFix,
  profileLock,
  readOutlookRegistry,
  undoFix,
  type AccountReport,
} from '../clients/index.js';
import path from 'node:path';

type ClientMethod =
  'listClientAccounts' | 'diagnoseClientAccount' | 'previewClientFix' | 'applyClientFix' | 'undoClientFix';

export type ClientHandlers = {
  [M in ClientMethod]: (input: ApiInput<M>, context: CallContext) => Promise<ApiOutput<M>>;
};

interface KeptReport {
  report: AccountReport;
  prefsBytes: Buffer | null;
  at: number;
}

const KEEP_REPORTS = 8;
const KEEP_MS = 30 * 60_000;

async function asApiFailure<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ClientError)
      throw new ApiFailure('CLIENT_FAILED', { reason: error.code, ...error.detail });
    throw error;
  }
}

/** The account to diagnose: a Thunderbird one is re-read from its profile, never taken as sent. */
async function resolveAccount(
  account: ClientAccount,
): Promise<{ account: ClientAccount; bytes: Buffer | null }> {
  if (account.client !== 'thunderbird') return { account, bytes: null };
  const loaded = await loadProfile(account.source);
  const found = loaded.accounts.find((a) => a.accountKey === account.accountKey);
  if (!found) throw new ClientError('ACCOUNT_NOT_FOUND', { email: account.email });
  return { account: found, bytes: loaded.bytes };
}

export function createClientHandlers(
  runs: Map<string, AbortController>,
  config: DiagnoseOptions['config'],
  /** Where to look for profiles.ini; the platform's own places unless a test or the lab names others. */
  thunderbirdRoots?: string[],
): ClientHandlers {
  const reports = new Map<string, KeptReport>();
  const kept = (runId: string): KeptReport => {
    const entry = reports.get(runId);
    if (!entry || Date.now() - entry.at > KEEP_MS) throw new ApiFailure('NOT_FOUND', { field: 'runId' });
    return entry;
  };
  const thunderbirdOnly = (entry: KeptReport) => {
    if (entry.report.account.client !== 'thunderbird' || entry.prefsBytes === null)
      throw new ApiFailure('INVALID_INPUT', { field: 'runId', reason: 'not-thunderbird' });
    return entry;
  };

  return {
    async listClientAccounts(input) {
      return asApiFailure(async () => {
        if (input.thunderbirdProfile !== undefined) {
          const dir = path.resolve(input.thunderbirdProfile);
          const loaded = await loadProfile(dir);
          const lock = await profileLock(dir);
          return {
            profiles: [{ name: path.basename(dir), path: dir, isDefault: false, lock }],
            accounts: loaded.accounts,
          };
        }
        const profiles = await findThunderbirdProfiles(thunderbirdRoots);
        const accounts: ClientAccount[] = [];
        for (const profile of profiles)
          accounts.push(...((await loadProfile(profile.path).catch(() => null))?.accounts ?? []));
        if (process.platform === 'win32') accounts.push(...(await readOutlookRegistry().catch(() => [])));
        return { profiles, accounts };
      });
    },
    async diagnoseClientAccount(input, context) {
      if (runs.has(input.runId)) throw new ApiFailure('INVALID_INPUT', { field: 'runId' });
      const controller = new AbortController();
      runs.set(input.runId, controller);
      try {
        return await asApiFailure(async () => {
          const { account, bytes } = await resolveAccount(input.account as ClientAccount);
          const report = await diagnoseAccount(account, {
            ...(input.password !== undefined ? { password: input.password } : {}),
            ...(input.lang !== undefined ? { lang: input.lang } : {}),
            config,
            signal: controller.signal,
            onEvent: (event) => context.emit('diagnosisEvent', { runId: input.runId, event }),
          });
          reports.set(input.runId, { report, prefsBytes: bytes, at: Date.now() });
          while (reports.size > KEEP_REPORTS) reports.delete(reports.keys().next().value!);
          return report;
        });
      } finally {
        runs.delete(input.runId);
      }
    },
    async previewClientFix(input) {
      const entry = thunderbirdOnly(kept(input.runId));
      return asApiFailure(async () => {
        const loaded = await loadProfile(entry.report.account.source);
        const { changes: _prefs, ...preview } = previewFix(
          loaded,
          entry.report.account,
          entry.report.changes,
        );
        return preview;
      });
    },
    async applyClientFix(input) {
      const entry = thunderbirdOnly(kept(input.runId));
      const { account, changes } = entry.report;
      return asApiFailure(() =>
        applyFix(account.source, account.email, changes, { expected: entry.prefsBytes! }),
      );
    },
    async undoClientFix(input) {
      return asApiFailure(() =>
        undoFix(path.resolve(input.profileDir), path.resolve(input.profileDir, input.backupPath)),
      );
    },
  };
}
