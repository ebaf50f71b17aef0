import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../electron/export/index.js';
import {
  allCases,
  caseName,
  HOSTILE_NAME,
  LANGS,
  makeDiagnosis,
  PASSWORD,
  richDiagnosis,
} from './fixtures.js';

type Dict = Record<string, unknown>;
const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;
const APPLE_AUTH = {
  password: 'EmailAuthPassword',
  'password-encrypted': 'EmailAuthCRAMMD5',
  oauth2: 'EmailAuthPassword',
  none: 'EmailAuthNone',
};

function payload(content: string): { profile: Dict; mail: Dict } {
  const profile = parsePlist(content) as Dict;
  const [mail] = profile.PayloadContent as Dict[];
  return { profile, mail: mail! };
}

describe('Apple .mobileconfig', () => {
  for (const c of allCases())
    for (const lang of LANGS)
      it(`round-trips ${caseName(c)} (${lang})`, () => {
        const diagnosis = makeDiagnosis(c);
        const file = buildExport({ kind: 'apple-mobileconfig', diagnosis, displayName: HOSTILE_NAME, lang });
        expect(file.filename).toMatch(/\.mobileconfig$/);
        const { profile, mail } = payload(file.content);
        expect(profile.PayloadType).toBe('Configuration');
        expect(profile.PayloadUUID).toMatch(UUID);
        expect(mail.PayloadType).toBe('com.apple.mail.managed');
        expect(mail.PayloadUUID).toMatch(UUID);
        expect(mail.EmailAccountType).toBe(c.protocol === 'imap' ? 'EmailTypeIMAP' : 'EmailTypePOP');
        expect(mail.EmailAccountName).toBe(HOSTILE_NAME);
        expect(mail.EmailAddress).toBe('taro@example.jp');
        expect(mail.IncomingMailServerHostName).toBe(diagnosis.incoming!.host);
        expect(mail.IncomingMailServerPortNumber).toBe(diagnosis.incoming!.port);
        expect(mail.IncomingMailServerUseSSL).toBe(c.inSecurity === 'tls');
        expect(mail.IncomingMailServerAuthentication).toBe(APPLE_AUTH[c.auth]);
        expect(mail.OutgoingMailServerHostName).toBe('smtp.example.jp');
        expect(mail.OutgoingMailServerPortNumber).toBe(diagnosis.outgoing!.port);
        expect(mail.OutgoingMailServerUseSSL).toBe(c.outSecurity === 'tls');
        expect(mail.OutgoingMailServerAuthentication).toBe(APPLE_AUTH[c.auth]);
        expect(
          Object.keys(mail).some(
            (k) => /password$/i.test(k) && k !== 'OutgoingPasswordSameAsIncomingPassword',
          ),
        ).toBe(false);
        expect(file.content).not.toContain(PASSWORD);
      });

  it('derives stable UUIDs from the content', () => {
    const diagnosis = richDiagnosis();
    const a = payload(
      buildExport({ kind: 'apple-mobileconfig', diagnosis, displayName: 'A', lang: 'ja' }).content,
    );
    const b = payload(
      buildExport({ kind: 'apple-mobileconfig', diagnosis, displayName: 'A', lang: 'ja' }).content,
    );
    const c = payload(
      buildExport({ kind: 'apple-mobileconfig', diagnosis, displayName: 'B', lang: 'ja' }).content,
    );
    expect(a.profile.PayloadUUID).toBe(b.profile.PayloadUUID);
    expect(a.mail.PayloadUUID).toBe(b.mail.PayloadUUID);
    expect(a.mail.PayloadUUID).not.toBe(c.mail.PayloadUUID);
    expect(a.profile.PayloadUUID).not.toBe(a.mail.PayloadUUID);
    // Same account, same identifier: installing again replaces the old profile.
    expect(a.profile.PayloadIdentifier).toBe(c.profile.PayloadIdentifier);
    expect(a.mail.IncomingMailServerHostName).toBe('mail.xn--r8jz45g.jp');
  });

  it('picks implicit TLS over STARTTLS when a verified alternative exists', () => {
    const diagnosis = richDiagnosis();
    diagnosis.outgoing = { ...diagnosis.outgoing!, port: 587, security: 'starttls' };
    diagnosis.alternatives.push({ ...diagnosis.outgoing, protocol: 'smtp', port: 465, security: 'tls' });
    const { mail } = payload(
      buildExport({ kind: 'apple-mobileconfig', diagnosis, displayName: '', lang: 'en' }).content,
    );
    expect(mail.OutgoingMailServerPortNumber).toBe(465);
    expect(mail.OutgoingMailServerUseSSL).toBe(true);
  });
});
