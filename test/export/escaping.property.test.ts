// Property test: whatever text reaches a display name, a user name or a host, every file still parses
// with a real parser and carries the same (cleaned) value — no injection, no corruption.
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseIni } from 'ini';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../electron/export/index.js';
import { singleLine } from '../../electron/export/text.js';
import { makeDiagnosis } from './fixtures.js';
import { parseUserJs } from './user-js-parser.js';

const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const iniSafe = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[;#"'\\[\]=]/.test(s));

/** Windows profile-file semantics: a line is `key=value`, split at the first '='. */
function windowsSection(content: string, section: string): Map<string, string> {
  const map = new Map<string, string>();
  let current = '';
  for (const line of content.split('\r\n')) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) current = header[1]!;
    else if (current === section && line.includes('='))
      map.set(line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).trim());
  }
  return map;
}

function diagnosisWith(username: string) {
  const d = makeDiagnosis({ protocol: 'imap', inSecurity: 'tls', outSecurity: 'starttls', auth: 'password' });
  d.incoming!.username = username;
  d.outgoing!.username = username;
  return d;
}

describe('escaping holds for any text', () => {
  it('config-v1.1.xml, user.js, .mobileconfig and .prf parse back to the cleaned values', () => {
    fc.assert(
      fc.property(anyText, anyText, (name, user) => {
        const diagnosis = diagnosisWith(user);
        const cleanName = singleLine(name, 200);
        const cleanUser = singleLine(user, 320) || 'taro@example.jp';

        const xml = buildExport({
          kind: 'thunderbird-autoconfig',
          diagnosis,
          displayName: name,
          lang: 'en',
        }).content;
        expect(XMLValidator.validate(xml)).toBe(true);
        const provider = new XMLParser({
          parseTagValue: false,
          trimValues: false,
          isArray: (n) => n === 'incomingServer',
        }).parse(xml).clientConfig.emailProvider;
        const expectedUser =
          cleanUser.toLowerCase() === 'taro@example.jp'
            ? '%EMAILADDRESS%'
            : cleanUser.toLowerCase() === 'taro'
              ? '%EMAILLOCALPART%'
              : cleanUser;
        expect(provider.incomingServer[0].username).toBe(expectedUser);

        const prefs = parseUserJs(
          buildExport({ kind: 'thunderbird-prefs', diagnosis, displayName: name, lang: 'en' }).content,
        );
        const fullName = [...prefs.entries()].find(([k]) => k.endsWith('.fullName'))![1];
        expect(fullName).toBe(cleanName || 'taro');
        expect([...prefs.entries()].find(([k]) => k.endsWith('.userName'))![1]).toBe(cleanUser);

        const plist = parsePlist(
          buildExport({ kind: 'apple-mobileconfig', diagnosis, displayName: name, lang: 'ja' }).content,
        ) as {
          PayloadContent: Array<Record<string, unknown>>;
        };
        expect(plist.PayloadContent[0]!.EmailAccountName).toBe(cleanName || 'taro');
        expect(plist.PayloadContent[0]!.IncomingMailServerUsername).toBe(cleanUser);

        const prf = buildExport({ kind: 'outlook-prf', diagnosis, displayName: name, lang: 'en' }).content;
        const account = windowsSection(prf, 'Account1');
        expect(account.get('DisplayName')).toBe(cleanName || 'taro');
        expect(account.get('IMAPUserName')).toBe(cleanUser);
        expect(windowsSection(prf, 'General').get('OverwriteProfile')).toBe('Append');
        expect([...prf.matchAll(/^\[/gm)]).toHaveLength(6);
      }),
      { numRuns: 300 },
    );
  });

  it('the ini parser agrees with Windows semantics on values it can represent', () => {
    fc.assert(
      fc.property(iniSafe, (name) => {
        const diagnosis = diagnosisWith('taro@example.jp');
        const prf = buildExport({ kind: 'outlook-prf', diagnosis, displayName: name, lang: 'en' }).content;
        const parsed = parseIni(prf) as Record<string, Record<string, string>>;
        expect(parsed.Account1!.DisplayName).toBe(windowsSection(prf, 'Account1').get('DisplayName'));
      }),
      { numRuns: 200 },
    );
  });
});
