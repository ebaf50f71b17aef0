// The one finding catalogue: every FindingCode has its three texts in Japanese and English, they fill
// in without leftovers or stray spaces, and the CLI, an export and the wizard show the same words for
// the same finding.
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderHuman } from '../../electron/cli/render.js';
import { buildExport } from '../../electron/export/index.js';
import type { Finding, FindingCode } from '../../electron/shared/diagnosis-types.js';
import {
  FINDING_CATALOGUES,
  findingLine,
  findingTexts,
} from '../../electron/shared/finding-catalogue/index.js';
import { interpolate } from '../../electron/shared/finding-catalogue/interpolate.js';
import { FindingList } from '../../renderer/src/components/FindingList';
import { richDiagnosis } from '../export/fixtures.js';

// Every FindingCode of the contract; the compiler keeps this list complete.
const ALL_CODES: Record<FindingCode, true> = {
  PORT25_BLOCKED: true, CERT_UNTRUSTED: true, CERT_EXPIRED: true, CERT_SELF_SIGNED: true,
  CERT_NAME_MISMATCH: true, STARTTLS_UNAVAILABLE: true, STARTTLS_TAMPERED: true, STARTTLS_INJECTION: true,
  PLAINTEXT_ONLY: true, PREAUTH_CLEARTEXT: true, AUTH_OK: true, AUTH_FAILED: true,
  AUTH_USERNAME_LOCALPART: true, AUTH_BASIC_DISABLED: true, OAUTH_REQUIRED: true, APP_PASSWORD_POSSIBLE: true,
  NO_MAIL_HOST: true, NO_INCOMING_FOUND: true, NO_OUTGOING_FOUND: true, TLS_OUTDATED: true,
  PROVIDER_NOTE: true, HOST_HINT_NEEDED: true, SRV_TARGET_OUTSIDE_DOMAIN: true,
  DISCOVERY_PARTIAL: true, ISP_HIDDEN_BY_LINE: true, DOMAIN_REGISTRAR_DEFAULT_NS: true, CANCELLED: true, DNS_UNREACHABLE: true, MAIL_PORTS_BLOCKED: true,
  SERVER_UNREACHABLE: true, SERVERS_UNRESPONSIVE: true, CREDENTIALS_WITHHELD: true,
  TEST_MESSAGE_DELIVERED: true, TEST_MESSAGE_FAILED: true,
}; // prettier-ignore
const CODES = Object.keys(ALL_CODES) as FindingCode[];

const bare = (code: FindingCode, params: Partial<Finding> = {}): Finding => ({
  code,
  severity: 'warning',
  message: '',
  ...params,
});

const FULL: Partial<Finding> = {
  protocol: 'smtp',
  protocols: ['smtp', 'imap'],
  host: 'mail.example.jp',
  port: 587,
  suggestedHost: 'sv1.host.jp',
  isp: 'OCN',
  provider: 'Xserver',
  username: 'yamada',
  tlsVersion: 'TLSv1',
  certNames: ['sv1.host.jp'],
  validTo: '2024-01-01T00:00:00.000Z',
  workingPorts: [465],
  ports: [25, 587],
  endpoints: ['mail.example.jp:465'],
  controlPort: 443,
  domain: 'example.jp',
  source: 'srv',
  noteKey: 'xserver-host-name',
};

const WIDE = '[\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef]';

describe('the finding catalogue', () => {
  it('has a title, an explanation and what to do for every code in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      expect(Object.keys(FINDING_CATALOGUES[lang].findings).sort()).toEqual([...CODES].sort());
      for (const code of CODES)
        for (const part of ['title', 'body', 'action'] as const)
          expect(FINDING_CATALOGUES[lang].findings[code][part].trim(), `${lang} ${code}.${part}`).not.toBe(
            '',
          );
    }
    expect(Object.keys(FINDING_CATALOGUES.en.variants).sort()).toEqual(
      Object.keys(FINDING_CATALOGUES.ja.variants).sort(),
    );
    expect(Object.keys(FINDING_CATALOGUES.en.notes).sort()).toEqual(
      Object.keys(FINDING_CATALOGUES.ja.notes).sort(),
    );
  });

  it('fills every placeholder, with and without parameters, and leaves no stray space in Japanese', () => {
    for (const lang of ['ja', 'en'] as const)
      for (const code of CODES)
        for (const params of [FULL, {}, { protocol: 'smtp' as const }]) {
          const line = findingLine(bare(code, params), lang);
          expect(line, `${lang} ${code}`).not.toMatch(/\{\{|\}\}|undefined/);
          // 「アプリ パスワード」 is the vendors' own spelling, not a gap.
          const gaps = line.replaceAll('アプリ パスワード', '');
          if (lang === 'ja') expect(gaps, `${lang} ${code}`).not.toMatch(new RegExp(`${WIDE} ${WIDE}`));
        }
  });

  it('uses the Japanese provider names in Japanese and no gap around a missing name', () => {
    const finding = bare('PORT25_BLOCKED', { isp: 'docomo', ispJa: 'NTTドコモ', workingPorts: [465] });
    expect(findingTexts(finding, 'ja')?.body).toMatch(/^NTTドコモは/);
    expect(findingTexts(finding, 'en')?.body).toMatch(/^docomo stops/);
    expect(findingTexts(bare('PORT25_BLOCKED'), 'ja')?.body).toMatch(/^お使いのプロバイダーは/);
    expect(interpolate('{{a}} は {{b}} です', { a: 'サーバー', b: 'OCN' })).toBe('サーバーは OCN です');
  });

  it('advises another port only when one was seen working', () => {
    const without = findingTexts(bare('STARTTLS_UNAVAILABLE', { host: 'm.example.jp', port: 587 }), 'en');
    expect(without?.action).not.toMatch(/\d{3}/);
    const withPort = findingTexts(bare('STARTTLS_UNAVAILABLE', { port: 587, workingPorts: [465] }), 'ja');
    expect(withPort?.action).toContain('465');
  });

  it('still reads for a code from a newer engine, and is not fooled by prototype keys', () => {
    expect(findingLine(bare('FUTURE_CODE' as FindingCode), 'en')).toBe('Other finding (FUTURE_CODE)');
    expect(findingLine(bare('__proto__' as FindingCode), 'ja')).toContain('__proto__');
    expect(findingTexts(bare('constructor' as FindingCode), 'en')).toBeNull();
  });

  it('gives the CLI, an export and the wizard the same text for the same finding', async () => {
    const finding = bare('AUTH_FAILED', {
      host: 'mail.example.jp',
      protocols: ['smtp', 'imap'],
      username: 'taro',
    });
    const diagnosis = { ...richDiagnosis(), findings: [finding] };
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'ja', resources: { ja: { translation: {} } } });
    const texts = findingTexts(finding, 'ja')!;
    const line = findingLine(finding, 'ja');
    expect(line).toContain(texts.title);
    expect(line).toContain(texts.body);
    expect(line).toContain(texts.action);
    expect(renderHuman(diagnosis, 'ja')).toContain(line);
    const report = buildExport({ kind: 'support-report', diagnosis, displayName: '', lang: 'ja' });
    expect(String(report.content)).toContain(line);
    const html = renderToStaticMarkup(
      createElement(I18nextProvider, { i18n }, createElement(FindingList, { result: diagnosis })),
    );
    for (const text of [texts.title, texts.body, texts.action]) expect(html).toContain(text);
    expect(texts.title).toContain('mail.example.jp');
    expect(texts.title).toContain('送信サーバー（SMTP）、受信サーバー（IMAP）');
  });
});
