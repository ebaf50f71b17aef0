// Step 1: what MailWiz does, what it contacts, and that the password is never saved.
import { useTranslation } from 'react-i18next';
import type { Dispatch } from 'react';
import { StepHeading } from '../components/StepHeading';
import type { WizardAction, WizardState } from '../wizard/state';
import { WelcomeChoices } from './repair/WelcomeChoices';

export function WelcomeStep({
  state,
  dispatch,
  onRepair,
}: {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  onRepair: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="step step-welcome" data-step="welcome">
      <StepHeading title={t('welcome.title')} lead={t('welcome.lead')} />
      <div className="columns">
        <div className="panel">
          <h2>{t('welcome.stepsTitle')}</h2>
          <ol className="plain-steps">
            <li>{t('welcome.stepsList.account')}</li>
            <li>{t('welcome.stepsList.context')}</li>
            <li>{t('welcome.stepsList.check')}</li>
            <li>{t('welcome.stepsList.export')}</li>
          </ol>
        </div>
        <div className="panel">
          <h2>{t('welcome.contactsTitle')}</h2>
          <ul className="contacts">
            <li>{t('welcome.contacts.servers')}</li>
            <li>{t('welcome.contacts.dns')}</li>
            <li>{t('welcome.contacts.ispdb')}</li>
            <li>{t('welcome.contacts.publicIp')}</li>
          </ul>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={state.publicIpLookup}
              onChange={(event) => dispatch({ type: 'setPublicIpLookup', value: event.target.checked })}
            />
            <span>{t('welcome.publicIpToggle')}</span>
          </label>
        </div>
      </div>
      <p className="notice notice-privacy">{t('welcome.passwordNote')}</p>
      <WelcomeChoices onRepair={onRepair} onNew={() => dispatch({ type: 'start' })} />
    </section>
  );
}
