// `mailwiz fix-client --thunderbird-profile DIR --account EMAIL [--password-stdin] [--apply] [--json]`:
// checks the account like check-client, then shows (or with --apply writes) the fix to prefs.js with
// the safety rules of electron/clients/thunderbird/fix.ts. `--undo BACKUP` restores a backup exactly.
import path from 'node:path';
import { applyFix, assertUnlocked, loadProfile, previewFix, undoFix } from '../clients/index.js';
import type { ClientFixPreview } from '../shared/client-types.js';
import { checkAccount, pickAccount } from './check-client.js';
import { CLIENT_EXIT, writeJson, type ClientRun } from './client-args.js';
import { ct } from './client-messages.js';
import { renderPreview, renderReport } from './client-render.js';

export async function runFixClient(run: ClientRun): Promise<number> {
  const { options } = run;
  const dir = path.resolve(options.profile!);
  if (options.undo !== undefined) {
    const result = await undoFix(dir, path.resolve(options.undo));
    if (options.json) writeJson(result);
    else process.stdout.write(`${ct(options.lang, 'restored')} ${result.restored}\n`);
    return CLIENT_EXIT.ok;
  }
  // Refuse at once rather than after the diagnosis when Thunderbird is open.
  if (options.apply) await assertUnlocked(dir);
  const loaded = await loadProfile(dir);
  const account = pickAccount(loaded.accounts, options.account!);
  const report = await checkAccount(run, account);
  const plan = previewFix(loaded, account, report.changes);
  const { changes: _prefs, ...fix } = plan;
  let preview: ClientFixPreview = fix;
  let backupPath: string | null = null;
  if (options.apply && plan.changes.size > 0) {
    const result = await applyFix(dir, account.email, report.changes, { expected: loaded.bytes });
    ({ backupPath, ...preview } = result);
  }
  if (options.json) {
    writeJson({ report, fix: preview, applied: backupPath !== null, backupPath });
  } else {
    process.stdout.write(renderReport(options.lang, report));
    if (preview.prefs.length > 0 || preview.manual.length > 0)
      process.stdout.write('\n' + renderPreview(options.lang, preview, backupPath));
  }
  return report.verdict === 'NO_VERIFIED_SETTINGS' ? CLIENT_EXIT.noVerified : CLIENT_EXIT.ok;
}
