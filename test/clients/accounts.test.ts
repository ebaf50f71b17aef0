import { describe, expect, it } from 'vitest';
import { readAccounts } from '../../electron/clients/thunderbird/accounts.js';
import { parsePrefs, prefsMap } from '../../electron/clients/thunderbird/prefs-file.js';
import { profilesFromIni, thunderbirdRoots } from '../../electron/clients/thunderbird/profiles.js';
import { fixtureText, PROFILES_INI, THREE_ACCOUNTS_PREFS } from './fixtures.js';

const accounts = readAccounts(prefsMap(parsePrefs(fixtureText(THREE_ACCOUNTS_PREFS))), '/p');

describe('Thunderbird accounts model (prefs written by Thunderbird 153)', () => {
  it('lists the three mail accounts in the account manager order', () => {
    expect(accounts.map((a) => [a.accountKey, a.email, a.displayName])).toEqual([
      ['account1', 'taro@example-office.test', '山田 太郎'],
      ['account2', 'jimu@example-office.test', '事務所 "受付" \\ 窓口'],
      ['account3', 'hanako@example-isp.test', 'Hanako Ōno ✉'],
    ]);
  });

  it('reads the incoming server with Thunderbird defaults for unset prefs', () => {
    // account1's port and authMethod are Thunderbird's defaults, so it did not write them.
    expect(accounts[0]!.incoming).toEqual({
      protocol: 'imap',
      host: 'mail.example-office.test',
      port: 143,
      security: 'starttls',
      auth: 'password',
      username: 'taro@example-office.test',
    });
    expect(accounts[1]!.incoming).toMatchObject({
      protocol: 'pop3',
      port: 110,
      security: 'none',
      username: 'jimu',
    });
    expect(accounts[2]!.incoming).toMatchObject({ port: 993, security: 'tls', auth: 'password-encrypted' });
  });

  it('follows each identity to its outgoing server and sees the shared one', () => {
    expect(accounts[0]!.outgoing).toEqual({
      host: 'mail.example-office.test',
      port: 25,
      security: 'none',
      auth: 'none',
      username: null,
    });
    expect(accounts[0]!.thunderbird).toMatchObject({ smtpKey: 'smtp1', sharedWith: ['id2'] });
    expect(accounts[1]!.thunderbird).toMatchObject({ smtpKey: 'smtp1', sharedWith: ['id1'] });
    expect(accounts[2]!.outgoing).toEqual({
      host: 'smtp.example-isp.test',
      port: 587,
      security: 'starttls',
      auth: 'password',
      username: 'hanako@example-isp.test',
    });
    expect(accounts[2]!.thunderbird).toMatchObject({ smtpKey: 'smtp2', sharedWith: [] });
  });

  it('uses mail.smtp.defaultserver for an identity without its own', () => {
    const prefs = prefsMap(parsePrefs(fixtureText(THREE_ACCOUNTS_PREFS)));
    prefs.delete('mail.identity.id3.smtpServer');
    const [, , third] = readAccounts(prefs, '/p');
    expect(third!.thunderbird).toMatchObject({ smtpKey: 'smtp1', smtpFromDefault: true });
    expect(third!.outgoing?.port).toBe(25);
  });

  it('defaults the outgoing port as SmtpClient does: 465 for SSL/TLS, else 587', () => {
    const prefs = prefsMap(parsePrefs(fixtureText(THREE_ACCOUNTS_PREFS)));
    prefs.delete('mail.smtpserver.smtp2.port');
    expect(readAccounts(prefs, '/p')[2]!.outgoing?.port).toBe(587);
    prefs.set('mail.smtpserver.smtp2.try_ssl', 3);
    expect(readAccounts(prefs, '/p')[2]!.outgoing?.port).toBe(465);
  });
});

describe('profile discovery', () => {
  it('reads the profiles.ini Thunderbird 153 wrote', () => {
    expect(profilesFromIni('/home/u/.thunderbird', fixtureText(PROFILES_INI))).toEqual([
      { name: 'mwtest', path: '/home/u/.thunderbird/whqo5fay.mwtest', isDefault: false },
    ]);
  });

  it("prefers installs.ini's default and keeps absolute paths", () => {
    const ini =
      '[Profile1]\nName=a\nIsRelative=1\nPath=Profiles/a.default\nDefault=1\n\n[Profile0]\nName=b\nIsRelative=0\nPath=/data/b\n';
    const installs = '[8216C80C92C4E828]\nDefault=/data/b\nLocked=1\n';
    expect(profilesFromIni('/r', ini, installs)).toEqual([
      { name: 'a', path: '/r/Profiles/a.default', isDefault: false },
      { name: 'b', path: '/data/b', isDefault: true },
    ]);
  });

  it('joins Windows roots with backslashes', () => {
    const root = 'C:\\Users\\u\\AppData\\Roaming\\Thunderbird';
    expect(
      profilesFromIni(root, '[Profile0]\r\nName=x\r\nIsRelative=1\r\nPath=Profiles/x.default\r\n')[0]!.path,
    ).toBe(`${root}\\Profiles\\x.default`);
  });

  it('looks in the places each platform keeps Thunderbird', () => {
    expect(thunderbirdRoots('win32', { APPDATA: 'C:\\A' }, 'C:\\U')).toEqual(['C:\\A\\Thunderbird']);
    expect(thunderbirdRoots('darwin', {}, '/Users/u')).toEqual(['/Users/u/Library/Thunderbird']);
    expect(thunderbirdRoots('linux', {}, '/home/u')).toEqual([
      '/home/u/.thunderbird',
      '/home/u/snap/thunderbird/common/.thunderbird',
      '/home/u/.var/app/org.mozilla.Thunderbird/.thunderbird',
    ]);
  });
});
