// Exports: pure functions turn a diagnosis into files or guides; the main process only saves them.
import type { DiagnosisResult } from './diagnosis-types.js';

export type ExportKind =
  | 'thunderbird-guide'
  | 'thunderbird-autoconfig'
  | 'thunderbird-prefs'
  | 'outlook-prf'
  | 'outlook-guide'
  | 'new-outlook-guide'
  | 'apple-mobileconfig'
  | 'apple-guide'
  | 'settings-sheet'
  | 'admin-kit'
  | 'support-report';

/** The mail program the user picks in the wizard; each offers one or more export kinds. */
export type MailClient = 'outlook' | 'new-outlook' | 'thunderbird' | 'apple' | 'sheet' | 'admin';

export interface ExportRequest {
  kind: ExportKind;
  diagnosis: DiagnosisResult;
  displayName: string;
  lang: 'ja' | 'en';
}

export interface ExportFile {
  filename: string;
  mime: string;
  /** UTF-8 text. */
  content: string;
  /** Short translated hint on what to do with the file (plain text). */
  instructions: string;
}

export interface ExportCatalogEntry {
  client: MailClient;
  kinds: ExportKind[];
}
