// Which prefs a fix changes, computed from the account's changes without touching the file: the
// incoming server's port/socketType/authMethod, the outgoing server's hostname/port/try_ssl/authMethod/
// username. An outgoing server other identities also use is cloned under a new key for this identity
// (added to mail.smtpservers) instead of being changed under them. Nothing else is ever written: no other
// account, no renumbering, no password. The incoming server's host name and user name are left to
// Thunderbird's own Server Settings dialog, which also moves the folder URIs and the saved password
// that are keyed by them; they come back as `manual`.
import type { ClientAccount, ClientFixPreview, FieldChange } from '../../shared/client-types.js';
import type { Security } from '../../shared/probe-types.js';
import { listOf, SOCKET_TYPE_OF } from './accounts.js';
import type { PrefValue } from './prefs-file.js';

const AUTH_METHOD_OF: Record<string, number> = { none: 1, password: 3, 'password-encrypted': 4, oauth2: 10 };

const INCOMING_PREF: Partial<Record<FieldChange['field'], string>> = {
  port: 'port',
  security: 'socketType',
  auth: 'authMethod',
};
const OUTGOING_PREF: Record<FieldChange['field'], string> = {
  host: 'hostname',
  port: 'port',
  security: 'try_ssl',
  auth: 'authMethod',
  username: 'username',
};

function prefValue(change: FieldChange): PrefValue {
  if (change.field === 'security') return SOCKET_TYPE_OF[change.to as Security];
  if (change.field === 'auth') return AUTH_METHOD_OF[String(change.to)] ?? 3;
  if (change.field === 'port') return Number(change.to);
  return String(change.to ?? '');
}

export interface FixPlan extends ClientFixPreview {
  changes: Map<string, PrefValue>;
}

/** A key like smtp3 that neither mail.smtpservers nor any mail.smtpserver.* pref uses yet. */
function freeSmtpKey(prefs: ReadonlyMap<string, PrefValue>): string {
  const used = new Set(listOf(prefs, 'mail.smtpservers'));
  for (const name of prefs.keys()) {
    const match = /^mail\.smtpserver\.([^.]+)\./.exec(name);
    if (match) used.add(match[1]!);
  }
  let i = 1;
  while (used.has(`smtp${i}`)) i += 1;
  return `smtp${i}`;
}

export function planFix(
  profileDir: string,
  prefs: ReadonlyMap<string, PrefValue>,
  account: ClientAccount,
  changes: FieldChange[],
): FixPlan {
  const tb = account.thunderbird;
  if (!tb) throw new TypeError('not a Thunderbird account');
  const out = new Map<string, PrefValue>();
  const manual: FieldChange[] = [];
  for (const change of changes.filter((c) => c.side === 'incoming')) {
    const pref = INCOMING_PREF[change.field];
    if (pref === undefined) manual.push(change);
    else out.set(`mail.server.${tb.serverKey}.${pref}`, prefValue(change));
  }
  const outgoing = changes.filter((c) => c.side === 'outgoing');
  let clonedSmtpKey: string | null = null;
  if (outgoing.length > 0 && tb.smtpKey !== null) {
    let key = tb.smtpKey;
    if (tb.sharedWith.length > 0) {
      key = freeSmtpKey(prefs);
      clonedSmtpKey = key;
      const from = `mail.smtpserver.${tb.smtpKey}.`;
      for (const [name, value] of prefs)
        if (name.startsWith(from)) out.set(`mail.smtpserver.${key}.${name.slice(from.length)}`, value);
      out.set('mail.smtpservers', [...listOf(prefs, 'mail.smtpservers'), key].join(','));
      out.set(`mail.identity.${tb.identityKey}.smtpServer`, key);
    }
    for (const change of outgoing)
      out.set(`mail.smtpserver.${key}.${OUTGOING_PREF[change.field]}`, prefValue(change));
  }
  for (const [name, value] of out) if (prefs.get(name) === value) out.delete(name);
  return {
    profileDir,
    accountKey: account.accountKey,
    prefs: [...out].map(([name, to]) => ({ name, from: prefs.get(name) ?? null, to })),
    clonedSmtpKey,
    changes: out,
    manual,
  };
}
