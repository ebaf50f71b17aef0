// The two ways in on the welcome step: repair the mail program staff already have, or set up anew.
import { useTranslation } from 'react-i18next';

export function WelcomeChoices({ onRepair, onNew }: { onRepair: () => void; onNew: () => void }) {
  const { t } = useTranslation();
  return (
    <nav className="welcome-choices" aria-label={t('repair.welcome.choose')}>
      <button
        type="button"
        className="button primary welcome-choice"
        aria-describedby="welcome-repair-help"
        onClick={onRepair}
      >
        {t('repair.welcome.repair')}
      </button>
      <p className="field-help" id="welcome-repair-help">
        {t('repair.welcome.repairHelp')}
      </p>
      <button
        type="button"
        className="button secondary welcome-choice"
        aria-describedby="welcome-new-help"
        onClick={onNew}
      >
        {t('repair.welcome.fresh')}
      </button>
      <p className="field-help" id="welcome-new-help">
        {t('repair.welcome.freshHelp')}
      </p>
    </nav>
  );
}
