// Findings rendered from their code and parameters through the shared finding catalogue (the same
// texts the CLI and the exports print; never the engine's English message): a short explanation and
// what to do, most serious first.
import { useTranslation } from 'react-i18next';
import type {
  DiagnosisResult,
  Finding,
  FindingCode,
  Severity,
} from '../../../electron/shared/diagnosis-types';
import {
  findingTexts,
  severityLabel,
  type CatalogueLang,
  type FindingText,
} from '../../../electron/shared/finding-catalogue';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Good news is marked as confirmed, so it does not read like a problem to look into. */
const CONFIRMATIONS: ReadonlySet<FindingCode> = new Set(['AUTH_OK', 'TEST_MESSAGE_DELIVERED']);

function FindingItem({
  finding,
  texts,
  lang,
}: {
  finding: Finding;
  texts: FindingText;
  lang: CatalogueLang;
}) {
  const { t } = useTranslation();
  const tone = CONFIRMATIONS.has(finding.code) ? 'ok' : finding.severity;
  return (
    <li className={`finding finding-${tone}`} data-code={finding.code}>
      <p className="finding-title">
        <span className={`severity severity-${tone}`}>{severityLabel(tone, lang)}</span>
        <strong>{texts.title}</strong>
      </p>
      <p className="finding-body">{texts.body}</p>
      <p className="finding-action">
        <span className="finding-action-label">{t('result.whatToDo')}:</span> {texts.action}
      </p>
    </li>
  );
}

export function FindingList({ result }: { result: Pick<DiagnosisResult, 'findings'> }) {
  const { t, i18n } = useTranslation();
  const lang: CatalogueLang = i18n.language === 'en' ? 'en' : 'ja';
  // A code this build does not know yet (newer engine) is left out rather than shown as a raw key.
  const known = sortFindings(result.findings).flatMap((finding) => {
    const texts = findingTexts(finding, lang);
    return texts === null ? [] : [{ finding, texts }];
  });
  if (known.length === 0) return <p className="notice">{t('result.noFindings')}</p>;
  return (
    <ul className="findings">
      {known.map(({ finding, texts }, index) => (
        <FindingItem key={`${finding.code}-${index}`} finding={finding} texts={texts} lang={lang} />
      ))}
    </ul>
  );
}
