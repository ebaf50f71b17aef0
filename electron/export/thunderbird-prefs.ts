// A Thunderbird account as prefs (user.js lines): no wizard, no password. Keys are numbered high and
// derived from the address, so they never meet the small numbers Thunderbird hands out itself
// (its allocators skip used slots: nsMsgAccountManager::GetUniqueServerKey, CreateIdentity, lastKey).
import type { DiagnosisResult } from '../shared/diagnosis-types.js';
import type { Security } from '../shared/probe-types.js';
import type { ExportModel, ExportServer } from './model.js';
import { buildModel } from './model.js';
import { requireServers } from './require-servers.js';
import { fnv1a } from './text.js';

/** nsMsgSocketType: 0 plain, 2 STARTTLS (alwaysSTARTTLS), 3 SSL/TLS. */
export const TB_SOCKET_TYPE: Record<Security, number> = { none: 0, starttls: 2, tls: 3 };
/** nsMsgAuthMethod: 1 none, 3 cleartext password, 10 OAuth2. */
/** Thunderbird's authMethod: 1 none, 3 cleartext password, 4 encrypted password, 10 OAuth2. */
export const TB_AUTH_METHOD = { none: 1, password: 3, 'password-encrypted': 4, oauth2: 10 } as const;

export interface ThunderbirdPrefsOptions {
  /** Number used in account<N>/server<N>/id<N>/smtp<N>; default 7000–8999 derived from the address. */
  accountIndexBase?: number;
  /**
   * 'append' (default) adds the account to whatever profile reads the file, through Thunderbird's
   * pre-configured-account prefs; 'new-profile' writes the account lists outright (an empty profile).
   */
  mode?: 'append' | 'new-profile';
}

export type PrefValue = string | number | boolean;
export interface PrefEntry {
  name: string;
  value: PrefValue;
}

export function defaultAccountIndex(email: string): number {
  return 7000 + (fnv1a(email.toLowerCase()) % 2000);
}

export function thunderbirdPrefEntries(
  model: ExportModel,
  options: ThunderbirdPrefsOptions = {},
): PrefEntry[] {
  const { incoming, outgoing } = requireServers(model);
  const n = options.accountIndexBase ?? defaultAccountIndex(model.email);
  if (!Number.isInteger(n) || n < 1 || n > 999_999) throw new RangeError('accountIndexBase out of range');
  const keys = { account: `account${n}`, server: `server${n}`, id: `id${n}`, smtp: `smtp${n}` };
  const entries: PrefEntry[] = [];
  const set = (name: string, value: PrefValue) => entries.push({ name, value });

  set(`mail.account.${keys.account}.server`, keys.server);
  set(`mail.account.${keys.account}.identities`, keys.id);
  incomingPrefs(`mail.server.${keys.server}.`, incoming, model, set);
  set(`mail.identity.${keys.id}.fullName`, model.displayName || model.localPart);
  set(`mail.identity.${keys.id}.useremail`, model.email);
  set(`mail.identity.${keys.id}.smtpServer`, keys.smtp);
  set(`mail.identity.${keys.id}.valid`, true);
  outgoingPrefs(`mail.smtpserver.${keys.smtp}.`, outgoing, set);

  if (options.mode === 'new-profile') {
    set('mail.accountmanager.accounts', keys.account);
    set('mail.accountmanager.defaultaccount', keys.account);
    set('mail.smtpservers', keys.smtp);
    set('mail.smtp.defaultserver', keys.smtp);
  } else {
    // Thunderbird appends these lists to the profile's own at start-up while the version pref is not
    // above its default (1); pinning it keeps the append idempotent on every start.
    set('mail.accountmanager.appendaccounts', keys.account);
    set('mailnews.append_preconfig_accounts.version', 1);
    set('mail.smtpservers.appendsmtpservers', keys.smtp);
    set('mail.append_preconfig_smtpservers.version', 1);
  }
  return entries;
}

type Setter = (name: string, value: PrefValue) => void;

function incomingPrefs(prefix: string, server: ExportServer, model: ExportModel, set: Setter): void {
  set(`${prefix}type`, server.protocol);
  set(`${prefix}hostname`, server.host);
  set(`${prefix}port`, server.port);
  if (server.username !== null) set(`${prefix}userName`, server.username);
  set(`${prefix}socketType`, TB_SOCKET_TYPE[server.security]);
  set(`${prefix}authMethod`, TB_AUTH_METHOD[server.auth]);
  set(`${prefix}name`, model.email);
  set(`${prefix}login_at_startup`, true);
  set(`${prefix}check_new_mail`, true);
  // Like Thunderbird's own wizard: keep POP3 mail on the server so other devices still see it.
  if (server.protocol === 'pop3') set(`${prefix}leave_on_server`, true);
}

function outgoingPrefs(prefix: string, server: ExportServer, set: Setter): void {
  set(`${prefix}type`, 'smtp');
  set(`${prefix}hostname`, server.host);
  set(`${prefix}port`, server.port);
  if (server.username !== null) set(`${prefix}username`, server.username);
  set(`${prefix}authMethod`, TB_AUTH_METHOD[server.auth]);
  // SMTP keeps its socket type under the historical name try_ssl.
  set(`${prefix}try_ssl`, TB_SOCKET_TYPE[server.security]);
}

/**
 * A pref string literal. Every value has already lost its control characters (model.ts), so only the
 * quote and the backslash need escaping; non-ASCII stays UTF-8, which Thunderbird's parser reads.
 */
export function prefLiteral(value: PrefValue): string {
  if (typeof value === 'string') return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return String(value);
}

export function formatUserJs(entries: PrefEntry[], header: string[]): string {
  const comments = header.map((line) => `// ${line}`);
  const lines = entries.map((e) => `user_pref(${prefLiteral(e.name)}, ${prefLiteral(e.value)});`);
  return `${[...comments, '', ...lines].join('\n')}\n`;
}

/** The prefs file for a diagnosis; the lab's real-Thunderbird test calls this directly. */
export function thunderbirdPrefs(
  diagnosis: DiagnosisResult,
  displayName: string,
  options: ThunderbirdPrefsOptions = {},
): string {
  return thunderbirdPrefsFile(buildModel(diagnosis, displayName), options);
}

export function thunderbirdPrefsFile(model: ExportModel, options: ThunderbirdPrefsOptions = {}): string {
  const entries = thunderbirdPrefEntries(model, options);
  return formatUserJs(entries, [
    `MailWiz: Thunderbird account for ${model.email} (no password inside).`,
    options.mode === 'new-profile'
      ? 'For a new, empty profile: put this file in the profile folder as user.js before the first start.'
      : 'Put this file in the profile folder as user.js (or append its lines to an existing user.js), then start Thunderbird.',
  ]);
}
