import { describe, expect, it } from 'vitest';
import { buildExport, thunderbirdPrefs } from '../../electron/export/index.js';
import { defaultAccountIndex } from '../../electron/export/thunderbird-prefs.js';
import { allCases, caseName, HOSTILE_NAME, LANGS, makeDiagnosis, richDiagnosis } from './fixtures.js';
import { parseUserJs } from './user-js-parser.js';

const SOCKET = { none: 0, starttls: 2, tls: 3 };
const AUTH = { none: 1, password: 3, 'password-encrypted': 4, oauth2: 10 };

describe('Thunderbird prefs (user.js)', () => {
  for (const c of allCases())
    for (const lang of LANGS)
      it(`round-trips ${caseName(c)} (${lang})`, () => {
        const diagnosis = makeDiagnosis(c);
        const file = buildExport({ kind: 'thunderbird-prefs', diagnosis, displayName: HOSTILE_NAME, lang });
        expect(file.filename).toBe('user.js');
        const prefs = parseUserJs(file.content);
        const n = defaultAccountIndex('taro@example.jp');
        expect(prefs.get('mail.accountmanager.appendaccounts')).toBe(`account${n}`);
        expect(prefs.get('mail.smtpservers.appendsmtpservers')).toBe(`smtp${n}`);
        expect(prefs.get(`mail.account.account${n}.server`)).toBe(`server${n}`);
        expect(prefs.get(`mail.account.account${n}.identities`)).toBe(`id${n}`);
        const server = `mail.server.server${n}.`;
        expect(prefs.get(`${server}type`)).toBe(c.protocol);
        expect(prefs.get(`${server}hostname`)).toBe(diagnosis.incoming!.host);
        expect(prefs.get(`${server}port`)).toBe(diagnosis.incoming!.port);
        expect(prefs.get(`${server}socketType`)).toBe(SOCKET[c.inSecurity]);
        expect(prefs.get(`${server}authMethod`)).toBe(AUTH[c.auth]);
        expect(prefs.get(`${server}userName`)).toBe(c.auth === 'none' ? undefined : 'taro@example.jp');
        const smtp = `mail.smtpserver.smtp${n}.`;
        expect(prefs.get(`${smtp}hostname`)).toBe('smtp.example.jp');
        expect(prefs.get(`${smtp}port`)).toBe(diagnosis.outgoing!.port);
        expect(prefs.get(`${smtp}try_ssl`)).toBe(SOCKET[c.outSecurity]);
        expect(prefs.get(`${smtp}authMethod`)).toBe(AUTH[c.auth]);
        expect(prefs.get(`mail.identity.id${n}.fullName`)).toBe(HOSTILE_NAME);
        expect(prefs.get(`mail.identity.id${n}.useremail`)).toBe('taro@example.jp');
        expect(prefs.get(`mail.identity.id${n}.smtpServer`)).toBe(`smtp${n}`);
      });

  it('numbers accounts high, stably, and never like Thunderbird’s own small keys', () => {
    const a = defaultAccountIndex('taro@example.jp');
    expect(a).toBe(defaultAccountIndex('TARO@example.jp'));
    for (const email of ['a@b.jp', 'x@y.com', 'taro@example.jp', 'z@例え.jp']) {
      const n = defaultAccountIndex(email);
      expect(n).toBeGreaterThanOrEqual(7000);
      expect(n).toBeLessThan(9000);
    }
  });

  it('builds a fresh-profile file with an explicit index for the lab', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'imap',
      inSecurity: 'starttls',
      outSecurity: 'tls',
      auth: 'password',
    });
    const prefs = parseUserJs(
      thunderbirdPrefs(diagnosis, 'Lab', { accountIndexBase: 42, mode: 'new-profile' }),
    );
    expect(prefs.get('mail.accountmanager.accounts')).toBe('account42');
    expect(prefs.get('mail.accountmanager.defaultaccount')).toBe('account42');
    expect(prefs.get('mail.smtpservers')).toBe('smtp42');
    expect(prefs.get('mail.smtp.defaultserver')).toBe('smtp42');
    expect(prefs.get('mail.server.server42.socketType')).toBe(2);
    expect(prefs.has('mail.accountmanager.appendaccounts')).toBe(false);
    expect(() => thunderbirdPrefs(diagnosis, 'Lab', { accountIndexBase: 0 })).toThrow(RangeError);
  });

  it('writes IDN hosts as A-labels and escapes quotes and backslashes', () => {
    const diagnosis = richDiagnosis();
    const name = 'Back\\slash "q" \u2028 line';
    const prefs = parseUserJs(thunderbirdPrefs(diagnosis, name, { accountIndexBase: 9 }));
    expect(prefs.get('mail.server.server9.hostname')).toBe('mail.xn--r8jz45g.jp');
    expect(prefs.get('mail.server.server9.userName')).toBe('taro@例え.jp');
    expect(prefs.get('mail.identity.id9.fullName')).toBe('Back\\slash "q" line');
    expect(prefs.get('mail.identity.id9.useremail')).toBe('taro@xn--r8jz45g.jp');
  });

  it('keeps POP3 mail on the server like Thunderbird’s wizard', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'pop3',
      inSecurity: 'tls',
      outSecurity: 'tls',
      auth: 'password',
    });
    const prefs = parseUserJs(thunderbirdPrefs(diagnosis, '', { accountIndexBase: 5 }));
    expect(prefs.get('mail.server.server5.leave_on_server')).toBe(true);
    expect(prefs.get('mail.identity.id5.fullName')).toBe('taro');
  });
});
