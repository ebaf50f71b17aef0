// Findings rendered from their code and parameters (never from the engine's English message):
// a short explanation and what to do, most serious first.
import { useTranslation } from 'react-i18next';
import type {
  DiagnosisResult,
  Finding,
  FindingCode,
  Severity,
} from '../../../electron/shared/diagnosis-types';

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
    server: finding.protocol ? t(`findingServer.${finding.protocol}`) : t('findingDefaults.server'),
    ports: (finding.workingPorts?.length ? finding.workingPorts : [465, 587]).join(' / '),
  });
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Where a finding's three texts live: its code, or a variant when a parameter changes the meaning. */
function textsOf(finding: Finding): `findings.${FindingCode}` | 'findingVariants.TEST_MESSAGE_NOT_SENT' {
  // A failed test message reported on the outgoing server was never accepted, so it cannot be in the inbox.
  if (finding.code === 'TEST_MESSAGE_FAILED' && finding.protocol === 'smtp')
    return 'findingVariants.TEST_MESSAGE_NOT_SENT';
  return `findings.${finding.code}`;
}

/** Good news is marked as confirmed, so it does not read like a problem to look into. */
const CONFIRMATIONS: ReadonlySet<FindingCode> = new Set(['AUTH_OK', 'TEST_MESSAGE_DELIVERED']);

function FindingItem({ finding, values }: { finding: Finding; values: Record<string, string | number> }) {
  const { t, i18n } = useTranslation();
  const texts = textsOf(finding);
  const noteKey = `providerNotes.${finding.noteKey ?? ''}`;
  const body =
    finding.code === 'PROVIDER_NOTE' && finding.noteKey && i18n.exists(noteKey)
      ? t(noteKey as 'providerNotes.google-oauth')
      : t(`${texts}.body`, values);
  const tone = CONFIRMATIONS.has(finding.code) ? 'ok' : finding.severity;
  return (
    <li className={`finding finding-${tone}`} data-code={finding.code}>
      <p className="finding-title">
        <span className={`severity severity-${tone}`}>{t(`severity.${tone}`)}</span>
        <strong>{t(`${texts}.title`, values)}</strong>
      </p>
      <p className="finding-body">{body}</p>
      <p className="finding-action">
        <span className="finding-action-label">{t('result.whatToDo')}:</span> {t(`${texts}.action`, values)}
      </p>
    </li>
  );
}

export function FindingList({ result }: { result: Pick<DiagnosisResult, 'findings' | 'isp' | 'hosting'> }) {
  const { t, i18n } = useTranslation();
  const valuesFor = useFindingValues(result);
  // A code this build does not know yet (newer engine) is left out rather than shown as a raw key.
  const known = result.findings.filter((finding) => i18n.exists(`findings.${finding.code}.title`));
  if (known.length === 0) return <p className="notice">{t('result.noFindings')}</p>;
  return (
    <ul className="findings">
      {sortFindings(known).map((finding, index) => (
        <FindingItem key={`${finding.code}-${index}`} finding={finding} values={valuesFor(finding)} />
      ))}
    </ul>
  );
}
