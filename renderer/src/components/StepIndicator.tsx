// Where the person is in the wizard: an ordered list with the current step marked for screen readers.
import { useTranslation } from 'react-i18next';
import { STEP_ORDER, type StepName } from '../wizard/state';

export function StepIndicator({ current }: { current: StepName }) {
  const { t } = useTranslation();
  const index = STEP_ORDER.indexOf(current);
  return (
    <div className="step-indicator">
      <p className="sr-only">{t('app.stepOf', { current: index + 1, total: STEP_ORDER.length })}</p>
      <ol>
        {STEP_ORDER.map((step, position) => (
          <li
            key={step}
            className={position < index ? 'done' : position === index ? 'current' : 'todo'}
            aria-current={position === index ? 'step' : undefined}
          >
            <span className="step-number" aria-hidden="true">
              {position < index ? '✓' : position + 1}
            </span>
            <span className="step-name">{t(`steps.${step}`)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
