// Exports when the diagnosis is incomplete, and the names they give Outlook: an account file or guide
// without the server it needs refuses with a stable code (never a half-empty file or a "?"); the sheet
// and the support report are still made; classic and new Outlook carry one name each everywhere.
import { describe, expect, it } from 'vitest';
import { buildExport, exportCatalog } from '../../electron/export/index';
import { OUTLOOK_NAME, TELL_OUTLOOKS_APART } from '../../electron/export/outlook-guide';
import { ApiFailure } from '../../electron/shared/api-errors';
import type { DiagnosisResult } from '../../electron/shared/diagnosis-types';
import type { ExportKind } from '../../electron/shared/export-types';
import { en } from '../../renderer/src/i18n/en';
import { ja } from '../../renderer/src/i18n/ja';
import { allCases, caseName, LANGS, makeDiagnosis, richDiagnosis } from './fixtures';

const ACCOUNT_KINDS: ExportKind[] = [
  'thunderbird-guide',
  'thunderbird-prefs',
  'thunderbird-autoconfig',
  'outlook-prf',
  'outlook-guide',
  'new-outlook-guide',
  'apple-mobileconfig',
  'apple-guide',
  'admin-kit',
];
const GUIDE_KINDS: ExportKind[] = ['thunderbird-guide', 'outlook-guide', 'new-outlook-guide', 'apple-guide'];

function refusal(kind: ExportKind, diagnosis: DiagnosisResult): string | null {
  try {
    buildExport({ kind, diagnosis, displayName: '', lang: 'ja' });
    return null;
  } catch (error) {
    return error instanceof ApiFailure ? error.code : String(error);
  }
}

const complete = makeDiagnosis({ protocol: 'imap', inSecurity: 'tls', outSecurity: 'tls', auth: 'password' });

describe('an export whose server is missing', () => {
  it.each(ACCOUNT_KINDS)('%s refuses with the missing server named', (kind) => {
    expect(refusal(kind, { ...complete, outgoing: null })).toBe('NO_OUTGOING_SERVER');
    expect(refusal(kind, { ...complete, incoming: null })).toBe('NO_INCOMING_SERVER');
    expect(refusal(kind, { ...complete, incoming: null, outgoing: null })).toBe('NO_OUTGOING_SERVER');
  });

  it('still gives the printable sheet and the support report when nothing was found', () => {
    const nothing = { ...complete, incoming: null, outgoing: null };
    expect(refusal('settings-sheet', nothing)).toBeNull();
    expect(refusal('support-report', nothing)).toBeNull();
  });

  it('has a translated message for each refusal, naming the server', () => {
    expect(ja.errors.NO_OUTGOING_SERVER).toContain(
      '送信サーバーが見つかっていないため、この書き出しは作れません',
    );
    expect(ja.errors.NO_INCOMING_SERVER).toContain('受信サーバーが見つかっていないため');
    expect(en.errors.NO_OUTGOING_SERVER).toContain('No outgoing server');
    expect(en.errors.NO_INCOMING_SERVER).toContain('No incoming server');
  });
});

describe('guides', () => {
  const diagnoses = [
    ...allCases().map((c) => [caseName(c), makeDiagnosis(c)] as const),
    ['rich', richDiagnosis()] as const,
  ];

  it('never contain a "?" placeholder', () => {
    for (const [name, diagnosis] of diagnoses)
      for (const kind of GUIDE_KINDS)
        for (const lang of LANGS) {
          const { content } = buildExport({ kind, diagnosis, displayName: '山田', lang });
          expect({ name, kind, lang, question: content.includes('?') }).toEqual({
            name,
            kind,
            lang,
            question: false,
          });
        }
  });

  it('name the Outlook encryption control the way each protocol shows it', () => {
    const imap = buildExport({ kind: 'outlook-guide', diagnosis: complete, displayName: '', lang: 'ja' });
    expect(imap.content).toContain('「使用する暗号化接続の種類」 で 「SSL/TLS」'.replace(' で ', 'で'));
    expect(imap.content).not.toContain('このサーバーでは暗号化された接続 (SSL/TLS) が必要');
    const pop = buildExport({
      kind: 'outlook-guide',
      diagnosis: makeDiagnosis({
        protocol: 'pop3',
        inSecurity: 'tls',
        outSecurity: 'starttls',
        auth: 'password',
      }),
      displayName: '',
      lang: 'ja',
    });
    expect(pop.content).toContain('「このサーバーでは暗号化された接続 (SSL/TLS) が必要(E)」をオンにする');
    expect(pop.content).toContain('「使用する暗号化接続の種類(C)」で「STARTTLS」');
    const imapEn = buildExport({ kind: 'outlook-guide', diagnosis: complete, displayName: '', lang: 'en' });
    expect(imapEn.content).toContain('"Use the following type of encrypted connection" choose "SSL/TLS"');
  });
});

describe('Outlook names', () => {
  it('are the same in the wizard, in the guides and in the file names', () => {
    expect(ja.exportStep.clients.outlook).toBe(OUTLOOK_NAME.classic.ja);
    expect(ja.exportStep.clients['new-outlook']).toBe(OUTLOOK_NAME.new.ja);
    expect(en.exportStep.clients.outlook).toBe(OUTLOOK_NAME.classic.en);
    expect(en.exportStep.clients['new-outlook'].toLowerCase()).toBe(OUTLOOK_NAME.new.en.toLowerCase());
    expect(ja.exportStep.tellOutlooksApart).toBe(TELL_OUTLOOKS_APART.ja);
    expect(en.exportStep.tellOutlooksApart).toBe(TELL_OUTLOOKS_APART.en);
    for (const lang of LANGS) {
      const classic = buildExport({ kind: 'outlook-guide', diagnosis: complete, displayName: '', lang });
      const fresh = buildExport({ kind: 'new-outlook-guide', diagnosis: complete, displayName: '', lang });
      expect(classic.content.split('\n')[0]).toContain(OUTLOOK_NAME.classic[lang]);
      expect(fresh.content.split('\n')[0]).toContain(OUTLOOK_NAME.new[lang]);
      expect(classic.content).toContain(TELL_OUTLOOKS_APART[lang]);
      expect(fresh.content).toContain(TELL_OUTLOOKS_APART[lang]);
      expect(classic.filename).toMatch(/-outlook-classic-/);
      expect(fresh.filename).toMatch(/-new-outlook-/);
    }
    expect(ja.exportStep.clients.outlook).not.toContain('従来');
  });

  it('offer config-v1.1.xml only in the admin kit', () => {
    const catalog = exportCatalog();
    const offering = catalog
      .filter((entry) => entry.kinds.includes('thunderbird-autoconfig'))
      .map((e) => e.client);
    expect(offering).toEqual(['admin']);
  });
});
