// Paths of the client fixtures: prefs.js written by Debian's Thunderbird 153 (make-thunderbird-fixtures.mjs
// regenerates it) and reg.exe query output in the documented format.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
