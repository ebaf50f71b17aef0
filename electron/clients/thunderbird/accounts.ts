// The accounts model of a Thunderbird profile, from the prefs its account manager writes (checked
// against Thunderbird 153): mail.accountmanager.accounts → mail.account.X.server / .identities →
// mail.identity.Y.smtpServer (else mail.smtp.defaultserver) → mail.smtpserver.Z.*. Unset prefs take
// Thunderbird's defaults: socketType/try_ssl 0, authMethod 3, incoming port by protocol and TLS,
// outgoing port 465 for SSL/TLS and 587 otherwise (SmtpClient.sys.mjs).
import type { ClientAccount, ConfiguredAuth, ConfiguredServer } from '../../shared/client-types.js';
import type { Security } from '../../shared/probe-types.js';
import type { PrefValue } from './prefs-file.js';

export const SOCKET_TYPE: Record<number, Security> = { 0: 'none', 2: 'starttls', 3: 'tls' };
export const SOCKET_TYPE_OF: Record<Security, number> = { none: 0, starttls: 2, tls: 3 };

export const AUTH_METHOD: Record<number, ConfiguredAuth> = {
  0: 'none',
  1: 'none',
  2: 'password',
  3: 'password',
  4: 'password-encrypted',
  5: 'gssapi',
  6: 'ntlm',
  7: 'tls-certificate',
  8: 'other',
  9: 'other',
  10: 'oauth2',
};

const DEFAULT_AUTH_METHOD = 3;

type Prefs = ReadonlyMap<string, PrefValue>;

function str(prefs: Prefs, name: string): string | null {
  const value = prefs.get(name);
  return typeof value === 'string' ? value : null;
}

function int(prefs: Prefs, name: string): number | null {
  const value = prefs.get(name);
  return typeof value === 'number' ? value : null;
}

export function listOf(prefs: Prefs, name: string): string[] {
  return (str(prefs, name) ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
}

function security(value: number | null): Security {
  return SOCKET_TYPE[value ?? 0] ?? 'none';
}

function auth(value: number | null): ConfiguredAuth {
  return AUTH_METHOD[value ?? DEFAULT_AUTH_METHOD] ?? 'other';
}

function incomingDefaultPort(protocol: 'imap' | 'pop3', sec: Security): number {
  if (protocol === 'imap') return sec === 'tls' ? 993 : 143;
  return sec === 'tls' ? 995 : 110;
}

export function smtpServer(prefs: Prefs, key: string): ConfiguredServer | null {
  const base = `mail.smtpserver.${key}.`;
  const host = str(prefs, `${base}hostname`);
  if (host === null) return null;
  const sec = security(int(prefs, `${base}try_ssl`));
  const port = int(prefs, `${base}port`);
  const username = str(prefs, `${base}username`);
  return {
    host,
    port: port !== null && port > 0 ? port : sec === 'tls' ? 465 : 587,
    security: sec,
    auth: auth(int(prefs, `${base}authMethod`)),
    username: username === '' ? null : username,
  };
}

/** The identity's own outgoing server, else the default one, as Thunderbird picks it. */
export function smtpKeyOf(prefs: Prefs, identityKey: string): { key: string | null; fromDefault: boolean } {
  const own = str(prefs, `mail.identity.${identityKey}.smtpServer`);
  if (own !== null && own !== '') return { key: own, fromDefault: false };
  return {
    key: str(prefs, 'mail.smtp.defaultserver') ?? listOf(prefs, 'mail.smtpservers')[0] ?? null,
    fromDefault: true,
  };
}

function allIdentities(prefs: Prefs): string[] {
  return listOf(prefs, 'mail.accountmanager.accounts').flatMap((account) =>
    listOf(prefs, `mail.account.${account}.identities`),
  );
}

export function readAccounts(prefs: Prefs, profileDir: string): ClientAccount[] {
  const accounts: ClientAccount[] = [];
  const identities = allIdentities(prefs);
  for (const accountKey of listOf(prefs, 'mail.accountmanager.accounts')) {
    const serverKey = str(prefs, `mail.account.${accountKey}.server`);
    if (serverKey === null) continue;
    const base = `mail.server.${serverKey}.`;
    const type = str(prefs, `${base}type`);
    // Local Folders ("none"), RSS and news are not mail accounts to repair.
    if (type !== 'imap' && type !== 'pop3') continue;
    const identityKey = listOf(prefs, `mail.account.${accountKey}.identities`)[0];
    if (identityKey === undefined) continue;
    const sec = security(int(prefs, `${base}socketType`));
    const port = int(prefs, `${base}port`);
    const smtp = smtpKeyOf(prefs, identityKey);
    const sharedWith = identities.filter(
      (other) => other !== identityKey && smtp.key !== null && smtpKeyOf(prefs, other).key === smtp.key,
    );
    accounts.push({
      client: 'thunderbird',
      source: profileDir,
      accountKey,
      email: str(prefs, `mail.identity.${identityKey}.useremail`) ?? '',
      displayName: str(prefs, `mail.identity.${identityKey}.fullName`) ?? '',
      incoming: {
        protocol: type,
        host: str(prefs, `${base}hostname`) ?? '',
        port: port !== null && port > 1 ? port : incomingDefaultPort(type, sec),
        security: sec,
        auth: auth(int(prefs, `${base}authMethod`)),
        username: str(prefs, `${base}userName`),
      },
      outgoing: smtp.key === null ? null : smtpServer(prefs, smtp.key),
      thunderbird: {
        serverKey,
        identityKey,
        smtpKey: smtp.key,
        smtpFromDefault: smtp.fromDefault,
        sharedWith,
      },
    });
  }
  return accounts;
}
