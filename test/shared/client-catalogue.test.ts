// The mail-program texts the wizard and check-client / fix-client share: every reason has both
// languages with the same placeholders, every placeholder is filled, a missing optional parameter
// picks the wording without it, and a server-supplied name cannot break the line.
import { describe, expect, it } from 'vitest';
import { CLIENT_CATALOGUES, reasonText } from '../../electron/shared/client-catalogue/index.js';
import type { ChangeReason } from '../../electron/shared/client-types.js';
import { reasonText as cliReasonText, valueText } from '../../electron/cli/client-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const REASONS: ChangeReason[] = [
  { code: 'PORT25_BLOCKED', isp: 'OCN' },
  { code: 'PORT25_BLOCKED', isp: null },
  { code: 'CERT_NAME_MISMATCH', host: 'mail.example.jp', certName: 'sv1.hosting.jp' },
  { code: 'CERT_NAME_MISMATCH', host: 'mail.example.jp', certName: null },
  { code: 'CERT_UNTRUSTED', host: 'mail.example.jp' },
  { code: 'CERT_EXPIRED', host: 'mail.example.jp' },
  { code: 'HOST_NOT_FOUND', host: 'mail.example.jp' },
  { code: 'CONNECT_FAILED', port: 587, outcome: 'timeout', errorCode: 'CONNECT_TIMEOUT' },
  { code: 'SECURITY_MISMATCH', port: 465, security: 'starttls' },
  { code: 'NOT_ENCRYPTED' },
  { code: 'SUBMISSION_NEEDS_AUTH', port: 587 },
  { code: 'LOGIN_FAILED', username: 'taro' },
  { code: 'LOGIN_FAILED', username: null },
  { code: 'AUTH_METHOD_NOT_OFFERED', auth: 'password-encrypted' },
  { code: 'VERIFIED_SETTING' },
];

describe('the shared mail-program texts', () => {
  it('has every reason in both languages with the same placeholders', () => {
    const { ja, en } = CLIENT_CATALOGUES;
    expect(Object.keys(en.reasons).sort()).toEqual(Object.keys(ja.reasons).sort());
    for (const key of Object.keys(ja.reasons) as Array<keyof typeof ja.reasons>)
      expect(placeholders(en.reasons[key]), key).toEqual(placeholders(ja.reasons[key]));
  });

  it('fills every placeholder, with the values in the program’s words', () => {
    for (const lang of ['ja', 'en'] as const)
      for (const reason of REASONS) {
        const text = reasonText(lang, reason);
        expect(text, `${lang} ${reason.code}`).not.toMatch(/\{\{|\}\}|undefined|null/);
      }
    expect(reasonText('ja', REASONS[0]!)).toContain('OCN');
    expect(reasonText('ja', REASONS[1]!)).toBe(CLIENT_CATALOGUES.ja.reasons.PORT25_BLOCKED_NO_ISP);
    expect(reasonText('en', REASONS[13]!)).toContain('Encrypted password');
    expect(reasonText('ja', REASONS[8]!)).toContain('STARTTLS');
  });

  it('keeps a certificate name from a server on one printable line', () => {
    const text = reasonText('en', {
      code: 'CERT_NAME_MISMATCH',
      host: 'mail.example.jp',
      certName: 'evil\r\n\u202eexample',
    });
    expect(text).not.toMatch(/[\r\n\u202e]/);
    expect(text).toContain('evil example');
  });

  it('is what the CLI prints too, with the probe’s code for a failed connection', () => {
    expect(cliReasonText('ja', REASONS[11]!)).toBe(reasonText('ja', REASONS[11]!));
    expect(cliReasonText('en', REASONS[7]!)).toBe(`${reasonText('en', REASONS[7]!)} (CONNECT_TIMEOUT)`);
    expect(valueText('ja', 'auth', 'password')).toBe(CLIENT_CATALOGUES.ja.auth.password);
    expect(valueText('en', 'security', 'none')).toBe('None');
  });
});
