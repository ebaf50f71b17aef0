// Classic Outlook's POP/IMAP accounts from the current user's registry, as `reg.exe query
// HKCU\Software\Microsoft\Office\16.0\Outlook\Profiles /s` prints them: a key line, then one line per
// value, "    Name    REG_TYPE    data". Account keys live under
// <profile>\9375CFF0413111d3B88A00104B2A6676\<n>; strings there are UTF-16LE REG_BINARY (NUL-terminated),
// numbers REG_DWORD. Reading the live registry goes through reg.exe, on Windows only.
import { execFile } from 'node:child_process';
import type { ClientAccount, ConfiguredAuth, ConfiguredServer } from '../../shared/client-types.js';
import type { Security } from '../../shared/probe-types.js';
import { ClientError } from '../errors.js';

export const OUTLOOK_PROFILES_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
const ACCOUNTS_GUID = '9375CFF0413111d3B88A00104B2A6676';

export type RegValue = string | number | Buffer;
export type RegKeys = Map<string, Map<string, RegValue>>;

const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

export function parseRegQuery(output: string): RegKeys {
  const keys: RegKeys = new Map();
  let current: Map<string, RegValue> | null = null;
  for (const line of output.split(/\r?\n/)) {
    if (/^HKEY_/.test(line)) {
      current = new Map();
      keys.set(line.trim(), current);
      continue;
    }
    const match = VALUE_LINE.exec(line);
    if (!match || !current) continue;
    const [, name, type, data = ''] = match;
    if (type === 'REG_DWORD') current.set(name!, Number.parseInt(data, 16));
    else if (type === 'REG_BINARY') current.set(name!, Buffer.from(data.replace(/[^0-9a-fA-F]/g, ''), 'hex'));
    else current.set(name!, data);
  }
  return keys;
}

function text(values: Map<string, RegValue>, name: string): string | null {
  const value = values.get(name);
  if (value === undefined) return null;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.toString('utf16le').replace(/\0.*$/s, '');
}

function dword(values: Map<string, RegValue>, name: string): number | null {
  const value = values.get(name);
  if (typeof value === 'number') return value;
  // A DWORD stored as 4-byte binary (seen in exported profiles) is little-endian.
  if (Buffer.isBuffer(value) && value.length === 4) return value.readUInt32LE(0);
  return null;
}

/** "Use SSL" / "SMTP Secure Connection": 0 none, 1 SSL/TLS, 2 STARTTLS (TLS), 3 automatic. */
function security(value: number | null): Security {
  return value === 1 ? 'tls' : value === 2 || value === 3 ? 'starttls' : 'none';
}

function incoming(values: Map<string, RegValue>): ClientAccount['incoming'] {
  for (const protocol of ['imap', 'pop3'] as const) {
    const prefix = protocol === 'imap' ? 'IMAP' : 'POP3';
    const host = text(values, `${prefix} Server`);
    if (host === null) continue;
    const sec = security(dword(values, `${prefix} Use SSL`));
    const fallbackPort = protocol === 'imap' ? (sec === 'tls' ? 993 : 143) : sec === 'tls' ? 995 : 110;
    const spa = dword(values, `${prefix} Use SPA`) === 1;
    return {
      protocol,
      host,
      port: dword(values, `${prefix} Port`) ?? fallbackPort,
      security: sec,
      auth: spa ? 'ntlm' : 'password',
      username: text(values, `${prefix} User`),
    };
  }
  return null;
}

function outgoing(values: Map<string, RegValue>, incomingUser: string | null): ConfiguredServer | null {
  const host = text(values, 'SMTP Server');
  if (host === null) return null;
  const sec = security(dword(values, 'SMTP Secure Connection'));
  const useAuth = dword(values, 'SMTP Use Auth') === 1;
  const ownLogin = dword(values, 'SMTP Auth Method') === 1 || text(values, 'SMTP User') !== null;
  const auth: ConfiguredAuth = !useAuth ? 'none' : dword(values, 'SMTP Use SPA') === 1 ? 'ntlm' : 'password';
  return {
    host,
    port: dword(values, 'SMTP Port') ?? (sec === 'tls' ? 465 : 25),
    security: sec,
    auth,
    username: !useAuth ? null : ownLogin ? text(values, 'SMTP User') : incomingUser,
  };
}

export function outlookAccounts(keys: RegKeys): ClientAccount[] {
  const accounts: ClientAccount[] = [];
  for (const [key, values] of keys) {
    const parts = key.split('\\');
    const guidAt = parts.findIndex((part) => part.toLowerCase() === ACCOUNTS_GUID.toLowerCase());
    if (guidAt < 1 || guidAt !== parts.length - 2) continue;
    const email = text(values, 'Email');
    const server = incoming(values);
    if (email === null || server === null) continue;
    accounts.push({
      client: 'outlook',
      source: parts[guidAt - 1]!,
      accountKey: parts[guidAt + 1]!,
      email,
      displayName: text(values, 'Display Name') ?? text(values, 'Account Name') ?? '',
      incoming: server,
      outgoing: outgoing(values, server.username),
    });
  }
  return accounts;
}

/** The live registry (Windows only): new Outlook, Apple Mail and others are entered in the form. */
export function readOutlookRegistry(platform: NodeJS.Platform = process.platform): Promise<ClientAccount[]> {
  if (platform !== 'win32') return Promise.reject(new ClientError('REGISTRY_UNAVAILABLE'));
  return new Promise((resolve, reject) => {
    execFile(
      'reg.exe',
      ['query', OUTLOOK_PROFILES_KEY, '/s'],
      { timeout: 15_000, maxBuffer: 16 * 1024 * 1024, windowsHide: true },
      (error, stdout) => {
        if (error) reject(new ClientError('REGISTRY_UNAVAILABLE'));
        else resolve(outlookAccounts(parseRegQuery(stdout)));
      },
    );
  });
}
