// Step 3: the detected Internet provider and mail host, each with where it came from, correctable
// from the built-in lists (Japanese providers first, then 海外); asks for a server number when the host
// needs one. The one default follows the detection, and the check detects again when nothing was found,
// so 「わからない」 is that default rather than a second choice.
import { useTranslation } from 'react-i18next';
import { useEffect, useState, type Dispatch } from 'react';
import type { NamedSource, ProviderOption } from '../../../electron/shared/diagnosis-types';
import { api } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { StepHeading } from '../components/StepHeading';
import { StepNav } from '../components/StepNav';
import { parseEmail } from '../lib/email';
import { errorCodeOf } from '../lib/errors';
import { hostNumberProblem } from '../wizard/host-number';
import { effectiveHostingId, needsHostNumber } from '../wizard/request';
import type { ProviderChoice, WizardAction, WizardState } from '../wizard/state';

type ContextStepState = WizardState & { step: 'context' };
type ProviderLists = { isps: ProviderOption[]; hostings: ProviderOption[] };

let providerLists: Promise<ProviderLists> | null = null;
function loadProviderLists(): Promise<ProviderLists> {
  providerLists ??= api()
    .listProviders()
    .catch(() => {
      providerLists = null;
      return { isps: [], hostings: [] };
    });
  return providerLists;
}

const DETECTED = '__detected__';

function choiceToValue(choice: ProviderChoice): string {
  return choice.kind === 'provider' ? choice.id : DETECTED;
}

function valueToChoice(value: string): ProviderChoice {
  return value === DETECTED ? { kind: 'detected' } : { kind: 'provider', id: value };
}

function ProviderGroup(props: { label: string; options: ProviderOption[] }) {
  const { i18n } = useTranslation();
  if (props.options.length === 0) return null;
  return (
    <optgroup label={props.label}>
      {props.options.map((option) => (
        <option key={option.id} value={option.id}>
          {i18n.language === 'ja' ? option.nameJa : option.name}
        </option>
      ))}
    </optgroup>
  );
}

const KNOWN_SOURCES = ['ptr', 'mx', 'ns', 'domain', 'user', 'autoconfig', 'provider-db', 'ispdb'] as const;

function ProviderPicker(props: {
  id: string;
  label: string;
  help: string;
  detected: NamedSource | null;
  options: ProviderOption[];
  choice: ProviderChoice;
  loading: boolean;
  onChoose: (choice: ProviderChoice) => void;
}) {
  const { t } = useTranslation();
  const source = props.detected
    ? (KNOWN_SOURCES as readonly string[]).includes(props.detected.source)
      ? t(`context.sources.${props.detected.source as (typeof KNOWN_SOURCES)[number]}`)
      : t('context.sources.other')
    : null;
  return (
    <div className="panel provider-picker" data-testid={props.id}>
      <label htmlFor={props.id} className="picker-label">
        {props.label}
      </label>
      <p className="field-help">{props.help}</p>
      <p className="detected" aria-live="polite">
        {props.loading ? (
          t('context.loading')
        ) : props.detected ? (
          <>
            <strong data-testid={`${props.id}-detected`}>
              {t('context.detected', { name: props.detected.name })}
            </strong>
            <span className="detected-source">{t('context.detectedSource', { source })}</span>
          </>
        ) : (
          t('context.notDetected')
        )}
      </p>
      <select
        id={props.id}
        value={choiceToValue(props.choice)}
        onChange={(event) => props.onChoose(valueToChoice(event.target.value))}
        disabled={props.loading}
      >
        <option value={DETECTED}>
          {props.detected ? t('context.useDetected', { name: props.detected.name }) : t('context.unknown')}
        </option>
        <ProviderGroup
          label={t('context.japanProviders')}
          options={props.options.filter((option) => !option.overseas)}
        />
        <ProviderGroup
          label={t('context.overseasProviders')}
          options={props.options.filter((option) => option.overseas)}
        />
      </select>
    </div>
  );
}

export function ContextStep(props: {
  state: ContextStepState;
  dispatch: Dispatch<WizardAction>;
  onStartCheck: () => void;
}) {
  const { state, dispatch, onStartCheck } = props;
  const { t, i18n } = useTranslation();
  const [lists, setLists] = useState<ProviderLists>({ isps: [], hostings: [] });
  const { context } = state;
  const parsed = parseEmail(state.account.email);
  const address = parsed.ok ? parsed.email.address : state.account.email.trim();

  useEffect(() => {
    let live = true;
    void loadProviderLists().then((loaded) => live && setLists(loaded));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (context.guessFor === address) return;
    dispatch({ type: 'contextRequested', forEmail: address });
    api()
      .guessContext({ email: address, publicIpLookup: state.publicIpLookup })
      .then(
        (guess) => dispatch({ type: 'contextLoaded', forEmail: address, guess }),
        (error: unknown) => dispatch({ type: 'contextFailed', forEmail: address, code: errorCodeOf(error) }),
      );
  }, [address, context.guessFor, state.publicIpLookup, dispatch]);

  const askHostNumber = needsHostNumber(context);
  const hostNumberInvalid = askHostNumber && hostNumberProblem(context.hostNumber) !== null;
  const hostingId = effectiveHostingId(context);
  const hostingOption = lists.hostings.find((option) => option.id === hostingId);
  const hostingName = hostingOption
    ? i18n.language === 'ja'
      ? hostingOption.nameJa
      : hostingOption.name
    : (context.guess?.hosting?.name ?? '');
  const startCheck = () => {
    // A malformed number would silently drop the host's servers: fix it here, before anything runs.
    if (hostNumberInvalid) document.getElementById('context-hostNumber')?.focus();
    else onStartCheck();
  };
  return (
    <section className="step step-context" data-step="context">
      <StepHeading title={t('context.title')} lead={t('context.lead')} />
      {context.error ? <ErrorNotice code={context.error} /> : null}
      {!state.publicIpLookup ? <p className="notice">{t('context.publicIpOff')}</p> : null}
      <div className="columns">
        <ProviderPicker
          id="context-isp"
          label={t('context.isp')}
          help={t('context.ispHelp')}
          detected={context.guess?.isp ?? null}
          options={lists.isps}
          choice={context.isp}
          loading={context.loading}
          onChoose={(choice) => dispatch({ type: 'chooseProvider', which: 'isp', choice })}
        />
        <ProviderPicker
          id="context-hosting"
          label={t('context.hosting')}
          help={t('context.hostingHelp')}
          detected={context.guess?.hosting ?? null}
          options={lists.hostings}
          choice={context.hosting}
          loading={context.loading}
          onChoose={(choice) => dispatch({ type: 'chooseProvider', which: 'hosting', choice })}
        />
      </div>
      {askHostNumber ? (
        <div className="panel host-number-panel" data-testid="context-hostNumber-panel">
          <p className="panel-lead">{t('context.hostNumberFor', { provider: hostingName })}</p>
          <Field
            id="context-hostNumber"
            label={t('context.hostNumber')}
            help={t('context.hostNumberHelp')}
            problem={hostNumberInvalid ? t('context.hostNumberInvalid') : undefined}
            placeholder="sv1234"
            spellCheck={false}
            autoComplete="off"
            maxLength={32}
            value={context.hostNumber}
            onValue={(value) => dispatch({ type: 'setHostNumber', value })}
          />
        </div>
      ) : null}
      <StepNav onBack={() => dispatch({ type: 'back' })}>
        <button type="button" className="button primary" onClick={startCheck}>
          {t('nav.startCheck')}
        </button>
      </StepNav>
    </section>
  );
}
