// Step 5: the settings to type, a verified badge, each finding with what to do, spare settings
// folded away, and a support report (no password) for the helpdesk.
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { DiagnosisResult } from '../../../electron/shared/diagnosis-types';
import { api } from '../api/client';
import { FindingList } from '../components/FindingList';
import { PathDiagram } from '../components/PathDiagram';
import { loginHops } from '../components/path-lanes';
import { SettingsTable } from '../components/SettingsTable';
import { ExportWarning, StatusHeadline, type HeadlineHandlers } from '../components/StatusHeadline';
import { StepNav } from '../components/StepNav';
import { TableHead } from '../components/TableHead';
import { TrustConsent } from '../components/TrustConsent';
import { currentLanguage } from '../i18n';
import { errorCodeOf, type UiErrorCode } from '../lib/errors';
import { chooseHeadline } from '../wizard/headline';
import { displayNameFor } from '../wizard/request';
import type { WizardState } from '../wizard/state';
import { providerWording } from '../wizard/provider-wording';

const RESULT_NAME_KEY = {
  detected: 'result.providerName',
  guess: 'result.providerGuess',
  lineOperator: 'result.providerLineOperator',
} as const;

type ResultState = WizardState & { step: 'result' };

type CopyState =
  { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; code: UiErrorCode | null; text: string | null };

function SupportReportButton({ result, displayName }: { result: DiagnosisResult; displayName: string }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const copyReport = async () => {
    let text: string | null = null;
    try {
      const file = await api().buildExport({
        kind: 'support-report',
        diagnosis: result,
        displayName,
        lang: currentLanguage(),
      });
      text = file.content;
      await navigator.clipboard.writeText(text);
      setCopy({ kind: 'copied' });
    } catch (error) {
      // Without clipboard access the report is shown for copying by hand.
      setCopy({ kind: 'failed', code: text === null ? errorCodeOf(error) : null, text });
    }
  };
  return (
    <div className="support-report">
      <button type="button" className="button secondary" onClick={() => void copyReport()}>
        {t('result.copyReport')}
      </button>
      <p role="status" className="small" data-testid="copy-status">
        {copy.kind === 'copied' ? t('result.copied') : null}
        {copy.kind === 'failed' ? (copy.code ? t(`errors.${copy.code}`) : t('result.copyFailed')) : null}
      </p>
      {copy.kind === 'failed' && copy.text ? (
        <textarea
          className="report-text"
          readOnly
          value={copy.text}
          aria-label={t('result.copyReport')}
          rows={8}
        />
      ) : null}
    </div>
  );
}

export function ResultStep(
  props: {
    state: ResultState;
    onBack: () => void;
    /** Consent to hosts whose login was withheld: check again with them trusted. */
    onTrustHosts?: (hosts: string[]) => void;
  } & HeadlineHandlers,
) {
  const { state, onBack, onRetry, onExport } = props;
  const { t } = useTranslation();
  const { result, cancelled, progress } = state.outcome;
  const displayName = displayNameFor(state);
  const seconds = Math.round(result.elapsedMs / 100) / 10;
  const alternatives = result.alternatives;
  const passwordGiven = state.account.password !== '';
  const headline = chooseHeadline(result, cancelled, passwordGiven);
  return (
    <section
      className="step step-result"
      data-step="result"
      data-cancelled={cancelled}
      data-status={headline.status}
    >
      <StatusHeadline headline={headline} handlers={props} />
      <p className="muted small result-meta">
        {t('result.providers', {
          isp: result.isp
            ? t(RESULT_NAME_KEY[providerWording(result.isp)], { name: result.isp.name })
            : t('result.unknownProvider'),
          hosting: result.hosting
            ? t(RESULT_NAME_KEY[providerWording(result.hosting)], { name: result.hosting.name })
            : t('result.unknownProvider'),
        })}
        {' · '}
        {t('result.elapsed', { seconds })}
      </p>
      {props.onTrustHosts ? <TrustConsent result={result} onConsent={props.onTrustHosts} /> : null}
      <div className="columns">
        <SettingsTable
          title={t('result.incoming')}
          setting={result.incoming}
          email={result.email}
          testId="incoming"
        />
        <SettingsTable
          title={t('result.outgoing')}
          setting={result.outgoing}
          email={result.email}
          testId="outgoing"
        />
      </div>
      <div className="panel diagram-panel">
        <PathDiagram
          progress={{ probes: progress.probes, findings: result.findings, isp: result.isp ?? progress.isp }}
          outgoing={result.outgoing}
          incoming={result.incoming}
          mailServer={result.outgoing?.host ?? null}
          login={loginHops(result, result.findings, passwordGiven)}
        />
      </div>
      <section className="panel" aria-labelledby="findings-title">
        <h2 id="findings-title">{t('result.findingsTitle')}</h2>
        <FindingList result={result} />
      </section>
      {alternatives.length > 0 ? (
        <details className="fold" data-testid="alternatives">
          <summary>{t('result.alternatives', { count: alternatives.length })}</summary>
          <div className="fold-body">
            <p className="muted small">{t('result.alternativesHelp')}</p>
            <table className="probe-table">
              <TableHead
                labels={[
                  t('checking.kind'),
                  t('result.fields.server'),
                  t('result.fields.port'),
                  t('result.fields.security'),
                  t('result.fields.auth'),
                ]}
              />
              <tbody>
                {alternatives.map((setting, index) => (
                  <tr key={`${setting.protocol}-${setting.host}-${setting.port}-${index}`}>
                    <td>{t(`protocol.${setting.protocol}`)}</td>
                    <td className="mono">{setting.host}</td>
                    <td className="mono">{setting.port}</td>
                    <td>{t(`security.${setting.security}`)}</td>
                    <td>
                      {t(`auth.${setting.auth}`)}
                      {setting.verified ? ` ✓` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      <SupportReportButton result={result} displayName={displayName} />
      {/* The headline holds the one primary action; the others stay here, secondary. */}
      <StepNav onBack={onBack}>
        {headline.action === 'export' ? null : <ExportWarning headline={headline} />}
        {headline.action === 'retry' || headline.action === 'retryOtherNetwork' ? null : (
          <button type="button" className="button secondary" onClick={onRetry}>
            {t('nav.retry')}
          </button>
        )}
        {headline.action === 'export' ? null : (
          <button
            type="button"
            className="button secondary"
            onClick={onExport}
            aria-describedby={headline.exportWarning ? 'export-warning' : undefined}
          >
            {t('nav.toExport')}
          </button>
        )}
      </StepNav>
    </section>
  );
}
