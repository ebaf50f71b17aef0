// Repair, while the engine probes the settings as configured and then looks for verified ones.
import { useTranslation } from 'react-i18next';
import { StepHeading } from '../../components/StepHeading';
import { StepNav } from '../../components/StepNav';
import { RepairErrorNotice } from './RepairErrorNotice';
import type { RepairState } from './repair-state';

export function CheckingScreen(props: { state: RepairState; onCancel: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { state } = props;
  return (
    <section className="step step-repair" data-step="repair-checking">
      <StepHeading title={t('repair.checking.title')} lead={t('repair.checking.lead')} />
      {state.checkError ? (
        <RepairErrorNotice error={state.checkError} />
      ) : (
        <p className="checking-status" role="status">
          <span className="spinner" aria-hidden="true" /> {state.account?.email}{' '}
          <span className="muted">{t('repair.checking.events', { count: state.eventCount })}</span>
        </p>
      )}
      <StepNav onBack={props.onBack}>
        {state.checkError ? null : (
          <button type="button" className="button secondary" onClick={props.onCancel}>
            {t('repair.checking.cancel')}
          </button>
        )}
      </StepNav>
    </section>
  );
}
