// Findings rendered from their code and parameters (never from the engine's English message):
// a short explanation and what to do, most serious first.
import { useTranslation } from 'react-i18next';
import type { DiagnosisResult, Finding, Severity } from '../../../electron/shared/diagnosis-types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function useFindingValues(result: Pick<DiagnosisResult, 'isp' | 'hosting'>) {
  const { t, i18n } = useTranslation();
  return (finding: Finding) => ({
    host: finding.host ?? t('findingDefaults.host'),
    port: finding.port ?? '',
    suggestedHost: finding.suggestedHost ?? finding.host ?? t('findingDefaults.host'),
    isp: finding.isp ?? result.isp?.name ?? t('findingDefaults.isp'),
    provider: finding.provider ?? result.hosting?.name ?? t('findingDefaults.provider'),
    username: finding.username ?? t('findingDefaults.username'),
    tlsVersion: finding.tlsVersion ?? t('findingDefaults.value'),
    certNames: finding.certNames?.join(', ') ?? t('findingDefaults.value'),
    validTo: finding.validTo
      ? new Date(finding.validTo).toLocaleDateString(i18n.language)
      : t('findingDefaults.value'),
    ports: (finding.workingPorts?.length ? finding.workingPorts : [465, 587]).join(' / '),
  });
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function FindingList({ result }: { result: Pick<DiagnosisResult, 'findings' | 'isp' | 'hosting'> }) {
  const { t, i18n } = useTranslation();
  const valuesFor = useFindingValues(result);
  // A code this build does not know yet (newer engine) is left out rather than shown as a raw key.
  const known = result.findings.filter((finding) => i18n.exists(`findings.${finding.code}.title`));
  if (known.length === 0) return <p className="notice">{t('result.noFindings')}</p>;
  return (
    <ul className="findings">
      {sortFindings(known).map((finding, index) => {
        const values = valuesFor(finding);
        return (
          <li
            key={`${finding.code}-${index}`}
            className={`finding finding-${finding.severity}`}
            data-code={finding.code}
          >
            <p className="finding-title">
              <span className={`severity severity-${finding.severity}`}>
                {t(`severity.${finding.severity}`)}
              </span>
              <strong>{t(`findings.${finding.code}.title`, values)}</strong>
            </p>
            <p className="finding-body">{t(`findings.${finding.code}.body`, values)}</p>
            <p className="finding-action">
              <span className="finding-action-label">{t('result.whatToDo')}:</span>{' '}
              {t(`findings.${finding.code}.action`, values)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
