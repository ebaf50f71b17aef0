import { describe, expect, it } from 'vitest';
import {
  findingText,
  KNOWN_FINDING_CODES,
  KNOWN_FINDING_CODES_JA,
} from '../../electron/export/finding-text.js';
import { buildExport, renderSheetHtml } from '../../electron/export/index.js';
import type { FindingCode } from '../../electron/shared/diagnosis-types.js';
import { HOSTILE_NAME, makeDiagnosis, richDiagnosis } from './fixtures.js';

// Every FindingCode of the contract; the compiler keeps this list complete.
const ALL_CODES: Record<FindingCode, true> = {
  PORT25_BLOCKED: true,
  CERT_UNTRUSTED: true,
  CERT_EXPIRED: true,
  CERT_SELF_SIGNED: true,
  CERT_NAME_MISMATCH: true,
  STARTTLS_UNAVAILABLE: true,
  STARTTLS_TAMPERED: true,
  STARTTLS_INJECTION: true,
  PLAINTEXT_ONLY: true,
  PREAUTH_CLEARTEXT: true,
  AUTH_OK: true,
  AUTH_FAILED: true,
  AUTH_USERNAME_LOCALPART: true,
  AUTH_BASIC_DISABLED: true,
  OAUTH_REQUIRED: true,
  APP_PASSWORD_POSSIBLE: true,
  NO_MAIL_HOST: true,
  NO_INCOMING_FOUND: true,
  NO_OUTGOING_FOUND: true,
  SERVERS_UNRESPONSIVE: true,
  TLS_OUTDATED: true,
  PROVIDER_NOTE: true,
  HOST_HINT_NEEDED: true,
  SRV_TARGET_OUTSIDE_DOMAIN: true,
  DISCOVERY_PARTIAL: true,
  CANCELLED: true,
  TEST_MESSAGE_DELIVERED: true,
  TEST_MESSAGE_FAILED: true,
};

describe('finding texts', () => {
  it('cover every finding code in both languages', () => {
    expect([...KNOWN_FINDING_CODES].sort()).toEqual(Object.keys(ALL_CODES).sort());
    expect([...KNOWN_FINDING_CODES_JA].sort()).toEqual(Object.keys(ALL_CODES).sort());
  });

  it('interpolate parameters and survive unknown codes and odd parameters', () => {
    const finding = {
      code: 'PORT25_BLOCKED' as const,
      severity: 'warning' as const,
      message: '',
      isp: 'OCN',
    };
    expect(findingText(finding, 'ja')).toContain('OCN');
    expect(findingText(finding, 'en')).toContain('465');
    const odd = { code: 'FUTURE_CODE', severity: 'info', message: '', host: { toString: 'x' } } as never;
    expect(findingText(odd, 'en')).toBe('Other finding (FUTURE_CODE)');
    expect(findingText({ code: '__proto__', severity: 'info', message: '' } as never, 'ja')).toContain(
      '__proto__',
    );
  });
});

describe('guides', () => {
  const cases = [
    {
      kind: 'thunderbird-guide',
      ja: ['手動設定', '接続の保護:', '認証方式:', '通常のパスワード認証', '再テスト', '完了', 'SSL/TLS'],
      en: ['Configure manually', 'Connection security:', 'Normal password', 'Re-test', 'Done'],
    },
    {
      kind: 'outlook-guide',
      ja: [
        'インターネット電子メール設定',
        '詳細設定',
        '使用する暗号化接続の種類(C)',
        '送信サーバー (SMTP) は認証が必要(O)',
        '受信メール サーバーと同じ設定を使用する(U)',
        'outlook.exe /importprf',
      ],
      en: [
        'Internet E-mail Settings',
        'Use the following type of encrypted connection',
        'My outgoing server (SMTP) requires authentication',
        'outlook.exe /importprf',
      ],
    },
    { kind: 'new-outlook-guide', ja: ['アカウントの追加', 'Microsoft'], en: ['Add account', 'Microsoft'] },
    {
      kind: 'apple-guide',
      ja: ['VPN とデバイス管理', 'インストール', 'SSLを使用'],
      en: ['VPN & Device Management', 'Install', 'Use SSL'],
    },
  ] as const;
  for (const c of cases)
    for (const lang of ['ja', 'en'] as const)
      it(`${c.kind} (${lang}) uses the client's labels and the diagnosed values`, () => {
        const file = buildExport({
          kind: c.kind,
          diagnosis: richDiagnosis(),
          displayName: HOSTILE_NAME,
          lang,
        });
        for (const label of c[lang]) expect(file.content).toContain(label);
        expect(file.content).toContain('mail.xn--r8jz45g.jp');
        expect(file.content).toContain('993');
        expect(file.content).toContain('465');
        if (c.kind === 'thunderbird-guide' || c.kind === 'outlook-guide')
          expect(file.content).toContain(HOSTILE_NAME);
        expect(file.instructions.length).toBeGreaterThan(10);
        expect(file.mime).toMatch(/^text\/plain/);
      });

  it('tells Outlook users which STARTTLS choice to make for IMAP', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'imap',
      inSecurity: 'starttls',
      outSecurity: 'starttls',
      auth: 'password',
    });
    const guide = buildExport({ kind: 'outlook-guide', diagnosis, displayName: '', lang: 'ja' }).content;
    expect(guide).toContain('「STARTTLS」');
    expect(guide).toContain('587');
  });
});

describe('settings sheet HTML', () => {
  for (const lang of ['ja', 'en'] as const)
    it(`is self-contained and escaped (${lang})`, () => {
      const diagnosis = richDiagnosis();
      diagnosis.isp = { name: '<script>alert(1)</script>', source: 'ptr' };
      const html = renderSheetHtml(diagnosis, HOSTILE_NAME, lang, { now: new Date('2025-03-04T00:00:00Z') });
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|https?:\/\/|url\(|@import/i);
      expect(html).toContain('&#60;script&#62;');
      expect(html).toContain('山田 &#34;Taro&#34; &#60;&#38;&#62; 太郎');
      expect(html).toContain("default-src 'none'");
      expect(html).toContain('@page { size: A4');
      expect(html).toContain('mail.例え.jp');
      expect(html).toContain('(<span class="host">mail.xn--r8jz45g.jp</span>)');
      expect(html).toContain(lang === 'ja' ? '2025年3月4日' : '4 March 2025');
      expect(html).toContain('notes-box');
    });

  it('renders even without servers, saying so', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'imap',
      inSecurity: 'tls',
      outSecurity: 'tls',
      auth: 'password',
    });
    diagnosis.incoming = null;
    diagnosis.outgoing = null;
    const file = buildExport({ kind: 'settings-sheet', diagnosis, displayName: '', lang: 'en' });
    expect(file.content).toContain('None found');
  });
});

describe('support report', () => {
  it('has matching text and JSON, built only from known fields', () => {
    const file = buildExport(
      { kind: 'support-report', diagnosis: richDiagnosis(), displayName: HOSTILE_NAME, lang: 'en' },
      { now: new Date('2025-03-04T00:00:00Z') },
    );
    const json = JSON.parse(file.extraFiles![0]!.content);
    expect(json.generatedAt).toBe('2025-03-04T00:00:00.000Z');
    expect(json.incoming[0]).toMatchObject({
      protocol: 'imap',
      host: 'mail.xn--r8jz45g.jp',
      port: 993,
      security: 'tls',
      verified: true,
    });
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual([
      'PORT25_BLOCKED',
      'CERT_NAME_MISMATCH',
      'AUTH_OK',
      'AUTH_FAILED',
    ]);
    expect(JSON.stringify(json)).not.toMatch(/"password":|"secret":|"message":/);
    expect(Object.keys(json.probes[0]).sort()).toEqual([
      'address',
      'errorCode',
      'host',
      'ms',
      'port',
      'protocol',
      'result',
      'security',
    ]);
    expect(file.content).toContain('IMAP mail.xn--r8jz45g.jp:993');
    expect(file.content).toContain('PORT25_BLOCKED');
  });
});
