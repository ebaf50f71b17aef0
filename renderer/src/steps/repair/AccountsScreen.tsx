// Repair, Thunderbird (or Outlook read from the registry): the accounts found on this PC, pick one.
import { useTranslation } from 'react-i18next';
import type { FormEvent } from 'react';
import type { ClientAccount } from '../../../../electron/shared/client-types';
import { StepHeading } from '../../components/StepHeading';
import { StepNav } from '../../components/StepNav';
import { OptionList } from './OptionList';
import { PasswordField } from './PasswordField';
import { RepairErrorNotice } from './RepairErrorNotice';
import { accountKey, accountsFor, type RepairScreenProps } from './repair-state';

function serverText(server: ClientAccount['incoming'] | ClientAccount['outgoing'], none: string): string {
  return server ? `${server.host}:${server.port}` : none;
}

export function AccountsScreen(props: RepairScreenProps & { onCheck: () => void }) {
  const { t } = useTranslation();
  const { state, dispatch } = props;
  const accounts = accountsFor(state);
  const profileName = (account: ClientAccount) =>
    state.listing.profiles.find((profile) => profile.path === account.source)?.name ?? account.source;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onCheck();
  };
  return (
    <section className="step step-repair" data-step="repair-accounts">
      <StepHeading title={t('repair.accounts.title')} lead={t('repair.accounts.lead')} />
      <form className="form" onSubmit={submit} noValidate>
        {state.listing.loading ? <p className="muted">{t('repair.accounts.loading')}</p> : null}
        {state.listing.error ? <RepairErrorNotice error={state.listing.error} /> : null}
        {!state.listing.loading && !state.listing.error && accounts.length === 0 ? (
          <p className="notice">
            {state.program === 'thunderbird' ? t('repair.accounts.none') : t('repair.accounts.noneOutlook')}
          </p>
        ) : null}
        {accounts.length > 0 ? (
          <OptionList
            name="repair-account"
            legend={t('repair.accounts.legend')}
            value={state.selected}
            onChange={(key) => dispatch({ type: 'select', key })}
            options={accounts.map((account) => ({
              value: accountKey(account),
              label: account.displayName ? `${account.email}（${account.displayName}）` : account.email,
              help: `${t('repair.accounts.profile', { name: profileName(account) })} · ${t(
                'repair.accounts.summary',
                {
                  incoming: serverText(account.incoming, t('repair.accounts.noServer')),
                  outgoing: serverText(account.outgoing, t('repair.accounts.noServer')),
                },
              )}`,
            }))}
          />
        ) : null}
        {state.showErrors && state.selected === null ? (
          <p className="field-problem" role="alert">
            {t('repair.accounts.pickOne')}
          </p>
        ) : null}
        <PasswordField value={state.password} onValue={(value) => dispatch({ type: 'setPassword', value })} />
        {state.program === 'outlook' ? (
          <p>
            <button type="button" className="button link" onClick={() => dispatch({ type: 'toForm' })}>
              {t('repair.accounts.enterInstead')}
            </button>
          </p>
        ) : null}
        <StepNav onBack={props.onBack}>
          <button type="submit" className="button primary" disabled={accounts.length === 0}>
            {t('repair.check')}
          </button>
        </StepNav>
      </form>
    </section>
  );
}
