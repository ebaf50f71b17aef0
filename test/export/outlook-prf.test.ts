import { parse as parseIni } from 'ini';
import { describe, expect, it } from 'vitest';
import { exportFileBytes } from '../../electron/export/atomic-write.js';
import { buildExport } from '../../electron/export/index.js';
import { allCases, caseName, HOSTILE_NAME, LANGS, makeDiagnosis, richDiagnosis } from './fixtures.js';

type Section = Record<string, string>;

function parsePrf(content: string): Record<string, Section> {
  // Every line must be a comment, a [section] or key=value: nothing a value could smuggle in.
  for (const line of content.split('\r\n')) {
    expect(
      line === '' || line.startsWith(';') || /^\[[^\]]+\]$/.test(line) || /^[A-Za-z0-9_]+=/.test(line),
    ).toBe(true);
  }
  expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return parseIni(content) as Record<string, Section>;
}

describe('Outlook .prf', () => {
  for (const c of allCases())
    for (const lang of LANGS)
      it(`round-trips ${caseName(c)} (${lang})`, () => {
        const diagnosis = makeDiagnosis(c);
        const file = buildExport({ kind: 'outlook-prf', diagnosis, displayName: HOSTILE_NAME, lang });
        expect(file.filename).toMatch(/\.prf$/);
        const prf = parsePrf(file.content);
        const prefix = c.protocol === 'imap' ? 'IMAP' : 'POP3';
        expect(prf['Internet Account List']!.Account1).toBe(c.protocol === 'imap' ? 'IMAP_I_Mail' : 'I_Mail');
        const account = prf.Account1!;
        expect(account.EmailAddress).toBe('taro@example.jp');
        expect(account.DisplayName).toBe(HOSTILE_NAME);
        expect(account[`${prefix}Server`]).toBe(diagnosis.incoming!.host);
        expect(Number(account[`${prefix}Port`])).toBe(diagnosis.incoming!.port);
        expect(Number(account[`${prefix}UseSSL`])).toBe(c.inSecurity === 'tls' ? 1 : 0);
        expect(account[`${prefix}UserName`]).toBe('taro@example.jp');
        expect(account.SMTPServer).toBe('smtp.example.jp');
        expect(Number(account.SMTPPort)).toBe(diagnosis.outgoing!.port);
        expect(Number(account.SMTPSecureConnection)).toBe({ none: 0, tls: 1, starttls: 2 }[c.outSecurity]);
        expect(Number(account.SMTPUseAuth)).toBe(c.auth === 'none' ? 0 : 1);
        expect(Number(account.SMTPAuthMethod)).toBe(0);
        expect(prf.I_Mail!.SMTPSecureConnection).toBe('PT_LONG,0x020A');
        expect(prf.IMAP_I_Mail!.SMTPAuthMethod).toBe('PT_LONG,0x0208');
        expect(prf.General!.OverwriteProfile).toBe('Append');
        // Non-ASCII content goes to disk as UTF-16LE with a BOM.
        expect(file.encoding).toBe('utf-16le');
        const bytes = exportFileBytes(file);
        expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
        expect(bytes.subarray(2).toString('utf16le')).toBe(file.content);
      });

  it('stays plain (no UTF-16) when everything is ASCII', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'imap',
      inSecurity: 'tls',
      outSecurity: 'tls',
      auth: 'password',
    });
    const file = buildExport({ kind: 'outlook-prf', diagnosis, displayName: 'Taro Yamada', lang: 'en' });
    expect(file.encoding).toBeUndefined();
  });

  it('cannot be broken by line breaks or section headers in values', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'pop3',
      inSecurity: 'tls',
      outSecurity: 'starttls',
      auth: 'password',
    });
    diagnosis.outgoing!.username = 'other\r\n[General]\r\nOverwriteProfile=Yes';
    const file = buildExport({
      kind: 'outlook-prf',
      diagnosis,
      displayName: 'x\n[Account1]\nPOP3Server=evil',
      lang: 'en',
    });
    const prf = parsePrf(file.content);
    expect(prf.General!.OverwriteProfile).toBe('Append');
    expect(prf.Account1!.POP3Server).toBe('pop.example.jp');
    expect(prf.Account1!.DisplayName).toBe('x [Account1] POP3Server=evil');
    // Its own SMTP login: method 1 and the name spelled out.
    expect(Number(prf.Account1!.SMTPAuthMethod)).toBe(1);
    expect(prf.Account1!.SMTPUserName).toBe('other [General] OverwriteProfile=Yes');
  });

  it('prefers an implicit-TLS alternative Outlook can express over POP3 STARTTLS', () => {
    const diagnosis = richDiagnosis();
    diagnosis.incoming = { ...diagnosis.incoming!, protocol: 'pop3', port: 110, security: 'starttls' };
    const prf = parsePrf(
      buildExport({ kind: 'outlook-prf', diagnosis, displayName: '', lang: 'ja' }).content,
    );
    // Same protocol (POP3) on its implicit-TLS port, rather than switching the user to IMAP.
    expect(prf['Internet Account List']!.Account1).toBe('I_Mail');
    expect(prf.Account1!.POP3Server).toBe('mail.xn--r8jz45g.jp');
    expect(Number(prf.Account1!.POP3Port)).toBe(995);
    expect(Number(prf.Account1!.POP3UseSSL)).toBe(1);
  });
});
