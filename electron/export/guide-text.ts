// Plain-text guides: a title, a settings summary, numbered steps and notes. Plain text opens
// everywhere (Notepad, TextEdit, a phone) and prints as-is.
import { displayWidth } from '../shared/display-width.js';
import { findingLine as findingText, severityLabel } from '../shared/finding-catalogue/index.js';
import type { ExportModel, Lang } from './model.js';

export interface GuideSection {
  heading: string;
  steps?: string[];
  lines?: string[];
}

function rule(text: string, char: string): string {
  return char.repeat(Math.min(72, Math.max(4, displayWidth(text))));
}

/** Japanese sets 「」 without spaces against Japanese text; templates keep them apart for readability. */
function tidy(line: string): string {
  return line.replace(/([^\p{ASCII}]) 「/gu, '$1「').replace(/」 ([^\p{ASCII}])/gu, '」$1');
}

export function renderGuide(title: string, sections: GuideSection[]): string {
  const out: string[] = [title, rule(title, '=')];
  for (const section of sections) {
    out.push('', section.heading, rule(section.heading, '-'));
    (section.lines ?? []).forEach((line) => out.push(line));
    (section.steps ?? []).forEach((step, i) => out.push(`${i + 1}. ${step}`));
  }
  return `${out.map(tidy).join('\n')}\n`;
}

/** Findings worth a person's attention (warnings and problems first), in plain words. */
export function findingsSection(model: ExportModel, lang: Lang): GuideSection | null {
  const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
  const findings = [...model.findings].sort((a, b) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3));
  if (findings.length === 0) return null;
  return {
    heading: lang === 'ja' ? '診断で分かったこと' : 'What the diagnosis found',
    lines: findings.map((f) => `* [${severityLabel(f.severity, lang)}] ${findingText(f, lang)}`),
  };
}

export const NO_PASSWORD_NOTE: Record<Lang, string> = {
  ja: 'このファイルにパスワードは含まれていません。パスワードはメールソフトが尋ねたときに入力してください。',
  en: 'This file contains no password; type it when the mail program asks for it.',
};
