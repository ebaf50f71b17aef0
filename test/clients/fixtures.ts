// Paths of the client fixtures: prefs.js written by Debian's Thunderbird 153 (make-thunderbird-fixtures.mjs
// regenerates it) and reg.exe query output in the documented format.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePrefs, serializePrefs, withPrefs } from '../../electron/clients/thunderbird/prefs-file.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export const THREE_ACCOUNTS_DIR = path.join(here, 'fixtures', 'thunderbird', 'three-accounts');
export const THREE_ACCOUNTS_PREFS = path.join(THREE_ACCOUNTS_DIR, 'prefs.js');
export const PROFILES_INI = path.join(here, 'fixtures', 'thunderbird', 'profiles.ini');
export const REG_QUERY = path.join(here, 'fixtures', 'outlook', 'reg-query-profiles.txt');

export function fixtureText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** A private copy of the three-account profile to change. */
export function copyProfile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mailwiz-tbprofile-'));
  cpSync(THREE_ACCOUNTS_DIR, dir, { recursive: true });
  return dir;
}

/** account3 of the copy becomes hanako@op25b.test (loopback world): IMAP 993 as it was, SMTP 25 without AUTH. */
export const OP25B_ACCOUNT3: ReadonlyArray<[string, string | number]> = [
  ['mail.identity.id3.useremail', 'hanako@op25b.test'],
  ['mail.server.server3.hostname', 'mail.op25b.test'],
  ['mail.server.server3.userName', 'hanako@op25b.test'],
  ['mail.server.server3.authMethod', 3],
  ['mail.smtpserver.smtp2.hostname', 'mail.op25b.test'],
  ['mail.smtpserver.smtp2.port', 25],
  ['mail.smtpserver.smtp2.try_ssl', 0],
  ['mail.smtpserver.smtp2.authMethod', 1],
  ['mail.smtpserver.smtp2.username', ''],
];

/** Rewrites prefs in the profile copy the way the parser's own writer does. */
export function setPrefs(dir: string, prefs: ReadonlyArray<[string, string | number]>): void {
  const file = path.join(dir, 'prefs.js');
  writeFileSync(file, serializePrefs(withPrefs(parsePrefs(readFileSync(file, 'utf8')), new Map(prefs))));
}
