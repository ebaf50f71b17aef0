// The two ways in on the welcome step: repair the mail program staff already have, or set up anew.
import { useTranslation } from 'react-i18next';

function Choice(props: { id: string; label: string; help: string; primary: boolean; onClick: () => void }) {
  return (
    <>
      <button
        type="button"
        className={`button ${props.primary ? 'primary' : 'secondary'} welcome-choice`}
        aria-describedby={props.id}
        onClick={props.onClick}
      >
        {props.label}
      </button>
      <p className="field-help" id={props.id}>
        {props.help}
      </p>
    </>
  );
}

export function WelcomeChoices({ onRepair, onNew }: { onRepair: () => void; onNew: () => void }) {
  const { t } = useTranslation();
  return (
    <nav className="welcome-choices" aria-label={t('repair.welcome.choose')}>
      <Choice
        id="welcome-repair-help"
        label={t('repair.welcome.repair')}
        help={t('repair.welcome.repairHelp')}
        primary
        onClick={onRepair}
      />
      <Choice
        id="welcome-new-help"
        label={t('repair.welcome.fresh')}
        help={t('repair.welcome.freshHelp')}
        primary={false}
        onClick={onNew}
      />
    </nav>
  );
}
