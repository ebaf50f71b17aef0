// Exports: pure functions turn a diagnosis into files or guides; the main process only saves them.
import type { DiagnosisResult } from './diagnosis-types.js';
import type { Lang } from './languages.js';

export const EXPORT_KINDS = [
  'thunderbird-guide',
  'thunderbird-autoconfig',
  'thunderbird-prefs',
  'outlook-prf',
  'outlook-guide',
  'new-outlook-guide',
  'apple-mobileconfig',
  'apple-guide',
  'settings-sheet',
  'admin-kit',
  'support-report',
] as const;

export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The mail program the user picks in the wizard; each offers one or more export kinds. */
export type MailClient = 'outlook' | 'new-outlook' | 'thunderbird' | 'apple' | 'sheet' | 'admin';

export interface ExportRequest {
  kind: ExportKind;
  diagnosis: DiagnosisResult;
  displayName: string;
  lang: Lang;
}

export interface ExportFile {
  filename: string;
  mime: string;
  /** UTF-8 text. */
  content: string;
  /** Short translated hint on what to do with the file (plain text). */
  instructions: string;
  /**
   * How to write `content` to disk; default 'utf-8'. 'utf-16le' means UTF-16LE with a BOM (Outlook
   * .prf files with non-ASCII text: Windows reads profile files as Unicode only in that form).
   */
  encoding?: 'utf-8' | 'utf-16le';
  /**
   * Companion files of a bundle (admin kit: config-v1.1.xml, autodiscover.xml, srv-records.zone;
   * support report: the JSON form). `content` alone is always complete and readable by itself.
   */
  extraFiles?: ExportFile[];
}

export interface ExportCatalogEntry {
  client: MailClient;
  kinds: ExportKind[];
}
