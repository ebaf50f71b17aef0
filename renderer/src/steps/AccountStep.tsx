// Step 2: address, name, optional password, and an "advanced" fold for provider-given details.
// Problems are shown in place once the person tries to go on, then update as they type.
import { useTranslation } from 'react-i18next';
import { useEffect, useState, type Dispatch, type FormEvent } from 'react';
import { Field } from '../components/Field';
import { StepHeading } from '../components/StepHeading';
import { StepNav } from '../components/StepNav';
import { parseEmail } from '../lib/email';
import type { HalfWidthField } from '../wizard/half-width';
import type { WizardAction, WizardState } from '../wizard/state';
import { canSendTestMessage } from '../wizard/request';
import { validateAccount } from '../wizard/validation';

type AccountState = WizardState & { step: 'account' };

/** Opt-in: one message to the address itself. Needs the password, so it stays off until one is typed. */
function TestMessageChoice(props: { checked: boolean; available: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <div className={props.available ? 'choice' : 'choice is-disabled'}>
      <label className="checkbox">
        <input
          type="checkbox"
          id="account-testMessage"
          checked={props.checked && props.available}
          disabled={!props.available}
          aria-describedby="account-testMessage-help"
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <span>{t('account.testMessage')}</span>
      </label>
      <p className="field-help" id="account-testMessage-help">
        {t('account.testMessageHelp')}
        {props.available ? null : ` ${t('account.testMessageNeedsPassword')}`}
      </p>
    </div>
  );
}

export function AccountStep({ state, dispatch }: { state: AccountState; dispatch: Dispatch<WizardAction> }) {
  const { t } = useTranslation();
  const [showPassword, setShowPassword] = useState(false);
  const { account } = state;
  const problems = state.showErrors ? validateAccount(account) : {};
  const parsed = parseEmail(account.email);
  const idnNote =
    parsed.ok && parsed.email.asciiDomain !== parsed.email.domain
      ? t('account.idnNote', { ascii: parsed.email.address })
      : undefined;
  // Sent here by 「サーバー名を入力して確認」: the cursor goes to the server field (after the heading's focus).
  const focusServerHost = state.focusServerHost === true;
  useEffect(() => {
    if (focusServerHost) document.getElementById('account-serverHost')?.focus();
  }, [focusServerHost]);
  const edit = (patch: Partial<AccountState['account']>) => dispatch({ type: 'editAccount', patch });
  const halfWidthNote = (field: HalfWidthField) =>
    account.halfWidthFixed.includes(field) ? t('account.halfWidthNote') : undefined;
  const toHalfWidth = (field: HalfWidthField) => () => dispatch({ type: 'halfWidth', field });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'submitAccount' });
    const found = validateAccount(account);
    // Put the cursor where the first problem is, so fixing it is one keystroke away.
    const first = (['email', 'displayName', 'username', 'serverHost'] as const).find((field) => found[field]);
    if (first) document.getElementById(`account-${first}`)?.focus();
  };
  const hasProblems = Object.keys(problems).length > 0;
  return (
    <section className="step step-account" data-step="account">
      <StepHeading title={t('account.title')} lead={t('account.lead')} />
      <form id="account-form" noValidate onSubmit={submit} className="form">
        {hasProblems ? (
          <p className="notice notice-error" role="alert">
            {t('account.fixBelow')}
          </p>
        ) : null}
        <Field
          id="account-email"
          label={t('account.email')}
          help={t('account.emailHelp')}
          note={[halfWidthNote('email'), idnNote].filter(Boolean).join(' ') || undefined}
          onBlur={toHalfWidth('email')}
          problem={problems.email ? t(`problems.${problems.email}`) : undefined}
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          required
          value={account.email}
          onValue={(email) => edit({ email })}
        />
        <Field
          id="account-displayName"
          label={t('account.displayName')}
          help={t('account.displayNameHelp')}
          problem={problems.displayName ? t(`problems.${problems.displayName}`) : undefined}
          autoComplete="name"
          value={account.displayName}
          onValue={(displayName) => edit({ displayName })}
        />
        <div className="field-with-toggle">
          <Field
            id="account-password"
            label={t('account.password')}
            help={t('account.passwordHelp')}
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            spellCheck={false}
            value={account.password}
            onValue={(password) => edit({ password })}
          />
          <label className="checkbox small">
            <input
              type="checkbox"
              checked={showPassword}
              onChange={(event) => setShowPassword(event.target.checked)}
            />
            <span>{t('account.showPassword')}</span>
          </label>
        </div>
        <TestMessageChoice
          checked={account.sendTestMessage}
          available={canSendTestMessage(account)}
          onChange={(sendTestMessage) => edit({ sendTestMessage })}
        />
        <details
          className="fold"
          open={account.advancedOpen || Boolean(problems.username || problems.serverHost)}
          onToggle={(event) => edit({ advancedOpen: event.currentTarget.open })}
        >
          <summary>{t('account.advanced')}</summary>
          <div className="fold-body">
            <Field
              id="account-username"
              label={t('account.username')}
              help={t('account.usernameHelp')}
              problem={problems.username ? t(`problems.${problems.username}`) : undefined}
              autoComplete="username"
              spellCheck={false}
              note={halfWidthNote('username')}
              onBlur={toHalfWidth('username')}
              value={account.username}
              onValue={(username) => edit({ username })}
            />
            <Field
              id="account-serverHost"
              label={t('account.serverHost')}
              help={t('account.serverHostHelp')}
              problem={problems.serverHost ? t(`problems.${problems.serverHost}`) : undefined}
              spellCheck={false}
              note={halfWidthNote('serverHost')}
              onBlur={toHalfWidth('serverHost')}
              value={account.serverHost}
              onValue={(serverHost) => edit({ serverHost })}
            />
          </div>
        </details>
      </form>
      <StepNav onBack={() => dispatch({ type: 'back' })}>
        <button type="submit" form="account-form" className="button primary">
          {t('nav.next')}
        </button>
      </StepNav>
    </section>
  );
}
