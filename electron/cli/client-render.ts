// Human output of `check-client` / `fix-client`: the accounts found, what today's settings do, the
// difference 「今の設定 → 正しい設定」 with the program's labels and one reason per line, and the fix.
import type { AccountReport } from '../clients/index.js';
import type {
  ClientAccount,
  ClientFixPreview,
  ConfiguredServer,
  FieldChange,
  ThunderbirdProfileInfo,
} from '../shared/client-types.js';
import { ct, lockText, reasonText, statusText, valueText, verdictText } from './client-messages.js';
import type { Lang } from './messages.js';

function serverLine(lang: Lang, server: ConfiguredServer | null): string {
  if (server === null) return '—';
  const user = server.username ? ` ${server.username}` : '';
  return `${server.host}:${server.port} ${valueText(lang, 'security', server.security)}, ${valueText(lang, 'auth', server.auth)}${user}`;
}

export function renderAccounts(
  lang: Lang,
  profiles: ThunderbirdProfileInfo[],
  accounts: ClientAccount[],
): string {
  const lines: string[] = [];
  for (const profile of profiles) {
    const flags = [profile.isDefault ? ct(lang, 'default') : '', lockText(lang, profile.lock)].filter(
      Boolean,
    );
    lines.push(`${ct(lang, 'profile')}: ${profile.path}${flags.length ? ` (${flags.join(', ')})` : ''}`);
    const mine = accounts.filter((a) => a.source === profile.path);
    if (mine.length === 0) lines.push(`  ${ct(lang, 'noAccounts')}`);
    for (const account of mine) {
      lines.push(`  ${account.email}${account.displayName ? ` (${account.displayName})` : ''}`);
      lines.push(
        `    ${ct(lang, 'incoming')} ${account.incoming?.protocol.toUpperCase() ?? ''}: ${serverLine(lang, account.incoming)}`,
      );
      lines.push(`    ${ct(lang, 'outgoing')} SMTP: ${serverLine(lang, account.outgoing)}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function changeLine(lang: Lang, change: FieldChange): string {
  return `  ${change.label[lang]}: ${valueText(lang, change.field, change.from)} → ${valueText(lang, change.field, change.to)}  — ${reasonText(lang, change.reason)}`;
}

export function renderReport(lang: Lang, report: AccountReport): string {
  const lines = [
    `${report.account.email}: ${verdictText(lang, report.verdict)}`,
    '',
    `${ct(lang, 'asConfigured')}:`,
  ];
  for (const check of report.checks) {
    const why = check.reason ? ` — ${reasonText(lang, check.reason)}` : '';
    lines.push(`  ${ct(lang, check.side)}: ${statusText(lang, check.status)}${why}`);
  }
  lines.push('');
  if (report.changes.length === 0) {
    lines.push(ct(lang, 'noChanges'), ct(lang, 'lookElsewhere'));
  } else {
    lines.push(`${ct(lang, 'changes')}:`, ...report.changes.map((change) => changeLine(lang, change)));
  }
  return lines.join('\n') + '\n';
}

export function renderPreview(lang: Lang, preview: ClientFixPreview, backupPath: string | null): string {
  const lines: string[] = [];
  if (preview.clonedSmtpKey !== null) lines.push(`${ct(lang, 'cloned')}: ${preview.clonedSmtpKey}`);
  lines.push(backupPath === null ? ct(lang, 'preview') : `${ct(lang, 'applied')} ${backupPath}`);
  for (const pref of preview.prefs)
    lines.push(`  ${pref.name}: ${JSON.stringify(pref.from)} → ${JSON.stringify(pref.to)}`);
  if (preview.manual.length > 0)
    lines.push(ct(lang, 'manual'), ...preview.manual.map((c) => changeLine(lang, c)));
  if (backupPath !== null) lines.push(ct(lang, 'undoHint'));
  return lines.join('\n') + '\n';
}
