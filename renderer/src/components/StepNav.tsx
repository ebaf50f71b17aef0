// The footer every step shares: back on the left, the step's main action on the right.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface StepNavProps {
  onBack?: () => void;
  backLabel?: string;
  children?: ReactNode;
}

export function StepNav({ onBack, backLabel, children }: StepNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="step-nav" aria-label={t('app.progressLabel')}>
      <div className="step-nav-start">
        {onBack ? (
          <button type="button" className="button secondary" onClick={onBack}>
            {backLabel ?? t('nav.back')}
          </button>
        ) : null}
      </div>
      <div className="step-nav-end">{children}</div>
    </nav>
  );
}
