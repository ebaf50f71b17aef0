// Exports: pure functions from a diagnosis (plus display name and language) to files and guides.
// No Electron here: the main process only saves what these return (see atomic-write.ts).
import { ApiFailure } from '../shared/api-errors.js';
import type { DiagnosisResult } from '../shared/diagnosis-types.js';
import type { ExportCatalogEntry, ExportFile, ExportKind, ExportRequest } from '../shared/export-types.js';
import { adminKitReadme, autodiscoverXml, srvZoneLines } from './admin-kit.js';
import { appleGuide, appleProfileInstructions } from './apple-guide.js';
import { appleMobileconfig } from './apple-mobileconfig.js';
import { autoconfigXml } from './autoconfig.js';
import type { ExportModel, Lang } from './model.js';
import { buildModel } from './model.js';
import { newOutlookGuide, OUTLOOK_NAME, outlookGuide, outlookPrfInstructions } from './outlook-guide.js';
import { outlookPrf, prfNeedsUnicode } from './outlook-prf.js';
import { renderSheet, sheetHtml } from './sheet-html.js';
import { supportReportJson, supportReportText } from './support-report.js';
import { fileNamePart } from './text.js';
import { thunderbirdGuide, thunderbirdPrefsInstructions } from './thunderbird-guide.js';
import { thunderbirdPrefsFile } from './thunderbird-prefs.js';

export { thunderbirdPrefs, thunderbirdPrefEntries } from './thunderbird-prefs.js';
export type { ThunderbirdPrefsOptions } from './thunderbird-prefs.js';

const CATALOG: ExportCatalogEntry[] = [
  { client: 'outlook', kinds: ['outlook-prf', 'outlook-guide'] },
  { client: 'new-outlook', kinds: ['new-outlook-guide'] },
  // config-v1.1.xml only helps when published on the domain's web server: it lives in the admin kit.
  { client: 'thunderbird', kinds: ['thunderbird-guide', 'thunderbird-prefs'] },
  { client: 'apple', kinds: ['apple-mobileconfig', 'apple-guide'] },
  { client: 'sheet', kinds: ['settings-sheet', 'support-report'] },
  { client: 'admin', kinds: ['admin-kit', 'thunderbird-autoconfig', 'support-report'] },
];

export function exportCatalog(): ExportCatalogEntry[] {
  return CATALOG.map((entry) => ({ client: entry.client, kinds: [...entry.kinds] }));
}

export interface BuildOptions {
  /** The moment printed on sheets and reports; tests pin it. */
  now?: Date;
}

const TEXT = 'text/plain; charset=utf-8';

function text(lang: Lang, ja: string, en: string): string {
  return lang === 'ja' ? ja : en;
}

type Builder = (model: ExportModel, lang: Lang, diagnosis: DiagnosisResult, now: Date) => ExportFile;

const BUILDERS: Record<ExportKind, Builder> = {
  'thunderbird-guide': (m, lang) => ({
    filename: `${fileNamePart(m.email)}-thunderbird-${lang}.txt`,
    mime: TEXT,
    content: thunderbirdGuide(m, lang),
    instructions: text(
      lang,
      '手順書です。印刷するか画面に並べて見ながら設定してください。',
      'A step-by-step guide: print it or keep it open beside Thunderbird.',
    ),
  }),
  'thunderbird-autoconfig': (m, lang) => ({
    filename: 'config-v1.1.xml',
    mime: 'text/xml; charset=utf-8',
    content: autoconfigXml(m),
    instructions: text(
      lang,
      `Thunderbird の自動設定ファイルです。https://autoconfig.${m.domain}/mail/config-v1.1.xml で公開すると、Thunderbird がメールアドレスだけで設定できるようになります。`,
      `Thunderbird's autoconfig file. Published at https://autoconfig.${m.domain}/mail/config-v1.1.xml it lets Thunderbird set itself up from the address alone.`,
    ),
  }),
  'thunderbird-prefs': (m, lang) => ({
    filename: 'user.js',
    mime: 'text/javascript; charset=utf-8',
    content: thunderbirdPrefsFile(m),
    instructions: thunderbirdPrefsInstructions(lang),
  }),
  'outlook-prf': (m, lang) => {
    const content = outlookPrf(m);
    return {
      filename: `${fileNamePart(m.email)}.prf`,
      mime: 'application/octet-stream',
      content,
      ...(prfNeedsUnicode(content) ? { encoding: 'utf-16le' as const } : {}),
      instructions: outlookPrfInstructions(lang),
    };
  },
  'outlook-guide': (m, lang) => ({
    filename: `${fileNamePart(m.email)}-outlook-classic-${lang}.txt`,
    mime: TEXT,
    content: outlookGuide(m, lang),
    instructions: text(
      lang,
      `${OUTLOOK_NAME.classic.ja}の手順書です。`,
      `Step-by-step guide for ${OUTLOOK_NAME.classic.en}.`,
    ),
  }),
  'new-outlook-guide': (m, lang) => ({
    filename: `${fileNamePart(m.email)}-new-outlook-${lang}.txt`,
    mime: TEXT,
    content: newOutlookGuide(m, lang),
    instructions: text(
      lang,
      `${OUTLOOK_NAME.new.ja}はファイルを読み込めないため、この手順書を見ながら入力します。`,
      `The ${OUTLOOK_NAME.new.en} imports no file: follow this guide and type the values.`,
    ),
  }),
  'apple-mobileconfig': (m, lang) => ({
    filename: `${fileNamePart(m.email)}.mobileconfig`,
    mime: 'application/x-apple-aspen-config',
    content: appleMobileconfig(m, lang),
    instructions: appleProfileInstructions(lang),
  }),
  'apple-guide': (m, lang) => ({
    filename: `${fileNamePart(m.email)}-apple-${lang}.txt`,
    mime: TEXT,
    content: appleGuide(m, lang),
    instructions: text(
      lang,
      'iPhone / iPad / Mac の手順書です。',
      'Step-by-step guide for iPhone, iPad and Mac.',
    ),
  }),
  'settings-sheet': (m, lang, _d, now) => ({
    filename: `${fileNamePart(m.email)}-sheet-${lang}.html`,
    mime: 'text/html; charset=utf-8',
    content: sheetHtml(m, lang, now),
    instructions: text(lang, 'ブラウザーで開いて A4 で印刷できます。', 'Open in a browser and print on A4.'),
  }),
  'admin-kit': (m, lang) => {
    const files = {
      autoconfig: autoconfigXml(m),
      autodiscover: autodiscoverXml(m),
      srv: srvZoneLines(m, lang),
    };
    return {
      filename: `${fileNamePart(m.domain)}-admin-kit-${lang}.txt`,
      mime: TEXT,
      content: adminKitReadme(m, lang, files),
      instructions: text(
        lang,
        'ドメイン管理者向けです。中の 3 つのファイルを公開すると、今後はどのメールソフトも自動で設定できます。',
        'For the domain admin: publish the three files inside and future mail programs configure themselves.',
      ),
      extraFiles: [
        {
          filename: 'config-v1.1.xml',
          mime: 'text/xml; charset=utf-8',
          content: files.autoconfig,
          instructions: '',
        },
        {
          filename: 'autodiscover.xml',
          mime: 'text/xml; charset=utf-8',
          content: files.autodiscover,
          instructions: '',
        },
        { filename: 'srv-records.zone', mime: TEXT, content: files.srv, instructions: '' },
      ],
    };
  },
  'support-report': (m, lang, d, now) => ({
    filename: `${fileNamePart(m.email)}-report-${lang}.txt`,
    mime: TEXT,
    content: supportReportText(m, d, lang, now),
    instructions: text(
      lang,
      'サポート窓口に送るためのレポートです。パスワードは含まれていません。',
      'A report to send to your support desk. It contains no password.',
    ),
    extraFiles: [
      {
        filename: `${fileNamePart(m.email)}-report.json`,
        mime: 'application/json',
        content: supportReportJson(m, d, lang, now),
        instructions: '',
      },
    ],
  }),
};

export function buildExport(request: ExportRequest, options: BuildOptions = {}): ExportFile {
  const builder = Object.hasOwn(BUILDERS, request.kind) ? BUILDERS[request.kind] : undefined;
  if (!builder) throw new ApiFailure('INVALID_INPUT', { field: 'kind' });
  const lang: Lang = request.lang === 'en' ? 'en' : 'ja';
  const model = buildModel(request.diagnosis, request.displayName);
  return builder(model, lang, request.diagnosis, options.now ?? new Date());
}

export function renderSheetHtml(
  diagnosis: DiagnosisResult,
  displayName: string,
  lang: 'ja' | 'en',
  options: BuildOptions = {},
): string {
  return renderSheet(diagnosis, displayName, lang === 'en' ? 'en' : 'ja', options.now ?? new Date());
}
