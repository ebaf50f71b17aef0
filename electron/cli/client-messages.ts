// The strings of `check-client` / `fix-client`, Japanese and English, in the same shape as messages.ts
// (kept apart so the diagnose output and the repair commands can change independently). Every reason and
// error is a stable code with parameters; this is the only place they become prose.
import type { ClientErrorCode } from '../clients/errors.js';
import {
  authLabel,
  CLIENT_CATALOGUES,
  reasonText as sharedReasonText,
} from '../shared/client-catalogue/index.js';
import type {
  AccountVerdictCode,
  ChangeReason,
  ConfiguredStatus,
  ProfileLockState,
} from '../shared/client-types.js';
import type { Lang } from './messages.js';

const STRINGS = {
  en: {
    profile: 'Thunderbird profile',
    default: 'default',
    inUse: 'in use (Thunderbird is running)',
    lockUnknown: 'cannot tell whether Thunderbird is running',
    noProfiles: 'No Thunderbird profile found on this PC. Give one with --thunderbird-profile DIR.',
    noAccounts: 'no mail accounts',
    incoming: 'Incoming',
    outgoing: 'Outgoing',
    asConfigured: 'Today’s settings, tested as configured',
    changes: 'Today’s setting → correct setting',
    noChanges: 'No setting needs to change.',
    lookElsewhere: 'Look elsewhere: the password, a full mailbox, or the program’s offline mode.',
    preview: 'The fix would write these prefs (nothing written yet; add --apply):',
    applied: 'Fixed. prefs.js was backed up as',
    undoHint: 'To undo: mailwiz fix-client --thunderbird-profile DIR --undo BACKUP',
    manual: 'Change in Thunderbird’s own Server Settings (it moves folders and the saved password):',
    cloned: 'The outgoing server is shared with other identities: a copy was made for this one',
    restored: 'Restored prefs.js from the backup.',
    usage:
      'Usage: mailwiz check-client [--thunderbird-profile DIR] [--account EMAIL] [--password-stdin] [--json] [--lang ja|en]\n       mailwiz fix-client --thunderbird-profile DIR --account EMAIL [--password-stdin] [--apply] [--json]\n       mailwiz fix-client --thunderbird-profile DIR --undo BACKUP [--json]\n',
  },
  ja: {
    profile: 'Thunderbird プロファイル',
    default: '既定',
    inUse: '使用中（Thunderbird が起動しています）',
    lockUnknown: 'Thunderbird が起動中かどうか確かめられません',
    noProfiles:
      'この PC に Thunderbird のプロファイルが見つかりません。--thunderbird-profile DIR で指定してください。',
    noAccounts: 'メールアカウントがありません',
    incoming: '受信',
    outgoing: '送信',
    asConfigured: '今の設定のまま接続した結果',
    changes: '今の設定 → 正しい設定',
    noChanges: '変更が必要な設定はありません。',
    lookElsewhere:
      'ほかの原因を確認してください: パスワード、メールボックスの容量、メールソフトのオフライン設定。',
    preview: '修正で書き換える設定（まだ何も書いていません。--apply で実行します）:',
    applied: '修正しました。prefs.js のバックアップ:',
    undoHint: '元に戻す: mailwiz fix-client --thunderbird-profile DIR --undo バックアップ',
    manual: 'Thunderbird の「サーバー設定」で変更してください（フォルダーと保存済みパスワードも移されます）:',
    cloned: '送信サーバーはほかの差出人と共用のため、このアカウント用に複製しました',
    restored: 'バックアップから prefs.js を元に戻しました。',
    usage:
      '使い方: mailwiz check-client [--thunderbird-profile DIR] [--account メールアドレス] [--password-stdin] [--json] [--lang ja|en]\n        mailwiz fix-client --thunderbird-profile DIR --account メールアドレス [--password-stdin] [--apply] [--json]\n        mailwiz fix-client --thunderbird-profile DIR --undo バックアップ [--json]\n',
  },
} as const;

export type ClientMessageKey = keyof (typeof STRINGS)['en'];

export function ct(lang: Lang, key: ClientMessageKey): string {
  return STRINGS[lang][key];
}

const STATUS: Record<Lang, Record<ConfiguredStatus, string>> = {
  en: {
    works: 'works (login verified)',
    connects: 'connects (login not tested)',
    fails: 'fails',
    missing: 'not set',
  },
  ja: {
    works: '使えます（ログイン確認済み）',
    connects: '接続できます（ログイン未確認）',
    fails: '失敗',
    missing: '未設定',
  },
};

export function statusText(lang: Lang, status: ConfiguredStatus): string {
  return STATUS[lang][status];
}

const VERDICT: Record<Lang, Record<AccountVerdictCode, string>> = {
  en: {
    CURRENT_SETTINGS_WORK: 'Today’s settings work.',
    CHANGES_NEEDED: 'Some settings must change.',
    SETTINGS_MATCH_BUT_FAIL: 'Today’s settings are the right ones, but they still fail.',
    NO_VERIFIED_SETTINGS: 'MailWiz found no settings that work from this PC.',
  },
  ja: {
    CURRENT_SETTINGS_WORK: '今の設定で使えます。',
    CHANGES_NEEDED: '変更が必要な設定があります。',
    SETTINGS_MATCH_BUT_FAIL: '設定は正しいのに、接続またはログインに失敗しています。',
    NO_VERIFIED_SETTINGS: 'この PC から使える設定が見つかりませんでした。',
  },
};

export function verdictText(lang: Lang, code: AccountVerdictCode): string {
  return VERDICT[lang][code];
}

export function lockText(lang: Lang, lock: ProfileLockState): string {
  return lock === 'locked' ? ct(lang, 'inUse') : lock === 'unknown' ? ct(lang, 'lockUnknown') : '';
}

/** A field value in the program's own words (接続の保護: なし / STARTTLS / SSL/TLS), from the shared table. */
export function valueText(lang: Lang, field: string, value: string | number | null): string {
  if (value === null || value === '') return lang === 'ja' ? '（なし）' : '(none)';
  const catalogue = CLIENT_CATALOGUES[lang];
  if (field === 'security')
    return value === 'tls' || value === 'starttls' ? catalogue.security[value] : catalogue.security.none;
  if (field === 'auth') return authLabel(catalogue, String(value));
  return String(value);
}

/** The wizard's sentence; IT staff also get the probe's code for a connection that failed. */
export function reasonText(lang: Lang, reason: ChangeReason): string {
  const sentence = sharedReasonText(lang, reason);
  return reason.code === 'CONNECT_FAILED' ? `${sentence} (${reason.errorCode ?? reason.outcome})` : sentence;
}

const ERRORS: Record<Lang, Record<ClientErrorCode, string>> = {
  en: {
    PROFILE_NOT_FOUND: 'no prefs.js in that Thunderbird profile',
    PREFS_SYNTAX: 'prefs.js has a line MailWiz cannot read; nothing was changed',
    PROFILE_LOCKED: 'Thunderbird is running with this profile: close it and try again',
    PROFILE_LOCK_UNKNOWN: 'cannot tell whether Thunderbird is running: close it and try again',
    ACCOUNT_NOT_FOUND: 'no account with that address in the profile',
    NOTHING_TO_FIX: 'nothing to change',
    PREFS_CHANGED: 'prefs.js changed while MailWiz was checking: run the command again',
    BACKUP_NOT_FOUND: 'that is not a MailWiz backup of this profile',
    REGISTRY_UNAVAILABLE: 'the Outlook settings in the registry cannot be read here',
  },
  ja: {
    PROFILE_NOT_FOUND: '指定の Thunderbird プロファイルに prefs.js がありません',
    PREFS_SYNTAX: 'prefs.js に読めない行があります。何も変更していません',
    PROFILE_LOCKED:
      'Thunderbird がこのプロファイルを使っています。Thunderbird を閉じてからやり直してください',
    PROFILE_LOCK_UNKNOWN:
      'Thunderbird が起動中か確かめられません。Thunderbird を閉じてからやり直してください',
    ACCOUNT_NOT_FOUND: 'そのアドレスのアカウントはプロファイルにありません',
    NOTHING_TO_FIX: '変更する設定はありません',
    PREFS_CHANGED: '確認中に prefs.js が変わりました。もう一度実行してください',
    BACKUP_NOT_FOUND: 'このプロファイルの MailWiz のバックアップではありません',
    REGISTRY_UNAVAILABLE: 'ここでは Outlook のレジストリ設定を読めません',
  },
};

export function clientErrorText(lang: Lang, code: ClientErrorCode): string {
  return ERRORS[lang][code];
}
