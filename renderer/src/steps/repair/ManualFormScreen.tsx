// Repair, classic Outlook or another program: a form whose sections, fields and labels mirror that
// program's own account dialog, so staff copy what they see. Checked like the account step.
import { useTranslation } from 'react-i18next';
import { useId, type FormEvent, type ReactNode } from 'react';
import type { Security } from '../../../../electron/shared/probe-types';
import { Field } from '../../components/Field';
import type { jaRepair } from '../../i18n/ja-repair';
import { StepHeading } from '../../components/StepHeading';
import { StepNav } from '../../components/StepNav';
import { validateManualForm, type ManualForm, type ManualProblem } from './manual-account';
import { PasswordField } from './PasswordField';
import { formVariant, type RepairScreenProps } from './repair-state';

type LabelKey = keyof (typeof jaRepair)['repair']['form']['outlook'];

const SECURITIES: Security[] = ['none', 'tls', 'starttls'];
const DEFAULT_PORT = { imap: '993', pop3: '995' } as const;

function Select(props: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(event) => props.onValue(event.target.value)}>
        {props.children}
      </select>
    </div>
  );
}

export function ManualFormScreen(props: RepairScreenProps & { onCheck: () => void }) {
  const { t } = useTranslation();
  const { state, dispatch } = props;
  const variant = formVariant(state.program);
  const form = state.form;
  const problems = state.showErrors ? validateManualForm(form) : {};
  const label = (key: LabelKey) =>
    t(`repair.form.${variant}.${key}`, { protocol: t(`repair.values.protocol.${form.protocol}`) });
  const problem = (key: keyof ManualForm): string | undefined => {
    const code: ManualProblem | undefined = problems[key];
    if (!code) return undefined;
    return code === 'PORT_INVALID' || code === 'HOST_REQUIRED'
      ? t(`repair.form.problems.${code}`)
      : t(`problems.${code}`);
  };
  const edit = (patch: Partial<ManualForm>) => dispatch({ type: 'editForm', patch });
  const text = (
    key:
      | 'displayName'
      | 'email'
      | 'incomingHost'
      | 'outgoingHost'
      | 'username'
      | 'incomingPort'
      | 'outgoingPort',
    extra: { inputMode?: 'numeric'; type?: string } = {},
  ) => (
    <Field
      id={`repair-${key}`}
      label={label(key)}
      problem={problem(key)}
      value={form[key]}
      onValue={(value) => edit({ [key]: value })}
      autoComplete="off"
      spellCheck={false}
      {...extra}
    />
  );
  const security = (key: 'incomingSecurity' | 'outgoingSecurity') => (
    <Select label={label(key)} value={form[key]} onValue={(value) => edit({ [key]: value as Security })}>
      {SECURITIES.map((value) => (
        <option key={value} value={value}>
          {t(`repair.values.security.${value}`)}
        </option>
      ))}
    </Select>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onCheck();
  };
  return (
    <section className="step step-repair" data-step="repair-form" data-variant={variant}>
      <StepHeading title={t(`repair.form.${variant}Title`)} lead={t(`repair.form.${variant}Lead`)} />
      <form className="form repair-form" onSubmit={submit} noValidate>
        {state.showErrors && Object.keys(problems).length > 0 ? (
          <p className="notice notice-error" role="alert">
            {t('account.fixBelow')}
          </p>
        ) : null}
        <fieldset className="panel">
          <legend>{label('userSection')}</legend>
          {text('displayName')}
          {text('email', { type: 'email' })}
        </fieldset>
        <fieldset className="panel">
          <legend>{label('serverSection')}</legend>
          <Select
            label={label('protocol')}
            value={form.protocol}
            onValue={(value) => {
              const protocol = value as ManualForm['protocol'];
              const other = protocol === 'imap' ? DEFAULT_PORT.pop3 : DEFAULT_PORT.imap;
              edit({
                protocol,
                ...(form.incomingPort === other ? { incomingPort: DEFAULT_PORT[protocol] } : {}),
              });
            }}
          >
            <option value="imap">IMAP</option>
            <option value="pop3">POP3</option>
          </Select>
          {text('incomingHost')}
          {text('outgoingHost')}
        </fieldset>
        <fieldset className="panel">
          <legend>{label('logonSection')}</legend>
          {text('username')}
          <PasswordField
            value={state.password}
            onValue={(value) => dispatch({ type: 'setPassword', value })}
          />
        </fieldset>
        <fieldset className="panel">
          <legend>{label('outgoingSection')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.outgoingAuth}
              onChange={(event) => edit({ outgoingAuth: event.target.checked })}
            />
            <span>{label('outgoingAuth')}</span>
          </label>
        </fieldset>
        <fieldset className="panel">
          <legend>{label('advancedSection')}</legend>
          {text('incomingPort', { inputMode: 'numeric' })}
          {security('incomingSecurity')}
          {text('outgoingPort', { inputMode: 'numeric' })}
          {security('outgoingSecurity')}
        </fieldset>
        <StepNav onBack={props.onBack}>
          <button type="submit" className="button primary">
            {t('repair.check')}
          </button>
        </StepNav>
      </form>
    </section>
  );
}
