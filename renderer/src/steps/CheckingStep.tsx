// Step 4: live progress. Each server and port gets a status chip as its probe finishes, the diagram
// redraws from the same events, and cancelling still leads to a result with what was learnt.
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { PathDiagram } from '../components/PathDiagram';
import { loginHops } from '../components/path-lanes';
import { StatusChip } from '../components/StatusChip';
import { StepHeading } from '../components/StepHeading';
import { StepNav } from '../components/StepNav';
import { TableHead } from '../components/TableHead';
import type { WizardState } from '../wizard/state';

type CheckingState = WizardState & { step: 'checking' };
const TICK_MS = 250;

function useElapsedSeconds(startedAt: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [running]);
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

export function CheckingStep(props: {
  state: CheckingState;
  onCancel: () => void;
  onBack: () => void;
  onRetry: () => void;
}) {
  const { state, onCancel, onBack, onRetry } = props;
  const { t } = useTranslation();
  const { run } = state;
  const { progress } = run;
  const running = !run.error;
  const seconds = useElapsedSeconds(run.startedAt, running);
  const mailServer = progress.probes.find((row) => row.protocol === 'smtp' && row.port !== 25)?.host ?? null;
  return (
    <section className="step step-checking" data-step="checking" aria-busy={running}>
      <StepHeading title={t('checking.title')} lead={t('checking.lead')} />
      <div className="checking-status">
        <p role="status" className="stage" data-testid="checking-stage">
          {running ? <span className="spinner" aria-hidden="true" /> : null}
          {run.cancelling ? t('nav.cancelling') : t(`checking.stages.${progress.stage}`)}
        </p>
        <div className="checking-controls">
          <p className="elapsed" data-testid="checking-elapsed">
            {t('checking.elapsed', { seconds })}
          </p>
          {/* Next to the progress, not at the page's foot: cancelling must never need scrolling. */}
          {running ? (
            <button type="button" className="button danger" onClick={onCancel} disabled={run.cancelling}>
              {run.cancelling ? t('nav.cancelling') : t('nav.cancel')}
            </button>
          ) : null}
        </div>
      </div>
      {running ? <p className="muted small checking-note">{t('checking.cancelNote')}</p> : null}
      {run.error ? (
        <div className="panel">
          <h2>{t('checking.failedTitle')}</h2>
          <ErrorNotice code={run.error} />
        </div>
      ) : null}
      <div className="panel diagram-panel">
        <PathDiagram
          progress={progress}
          outgoing={progress.verdict?.outgoing ?? null}
          incoming={progress.verdict?.incoming ?? null}
          mailServer={mailServer}
          login={loginHops(
            progress.verdict ?? { outgoing: null, incoming: null },
            progress.findings,
            state.account.password !== '',
          )}
        />
      </div>
      <div className="panel probes-panel">
        <h2>{t('checking.probesTitle')}</h2>
        {progress.probes.length === 0 ? (
          <p className="muted">{t('checking.waiting')}</p>
        ) : (
          <table className="probe-table" data-testid="probe-table">
            <TableHead
              labels={[t('checking.kind'), t('checking.server'), t('checking.port'), t('checking.status')]}
            />
            <tbody>
              {progress.probes.map((row) => (
                <tr key={row.id} data-port={row.port} data-protocol={row.protocol} data-status={row.status}>
                  <td>{t(`protocol.${row.protocol}`)}</td>
                  <td className="mono host-cell" title={row.host}>
                    {row.host}
                  </td>
                  <td className="mono">
                    {row.port} <span className="muted small">{t(`security.${row.security}`)}</span>
                  </td>
                  <td>
                    <StatusChip status={row.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <StepNav onBack={onBack}>
        {running ? null : (
          <button type="button" className="button primary" onClick={onRetry}>
            {t('nav.retry')}
          </button>
        )}
      </StepNav>
    </section>
  );
}
