// The wizard shell: header with language switch, the step indicator, and the current step.
// Every API side effect that spans steps (running a check) is wired here; steps stay presentational.
import { useTranslation } from 'react-i18next';
import { useReducer, useState } from 'react';
import { ConfirmDialog } from './components/ConfirmDialog';
import { LanguageSwitch } from './components/LanguageSwitch';
import { StepIndicator } from './components/StepIndicator';
import { currentLanguage } from './i18n';
import { AccountStep } from './steps/AccountStep';
import { CheckingStep } from './steps/CheckingStep';
import { ContextStep } from './steps/ContextStep';
import { ExportStep } from './steps/ExportStep';
import { RepairFlow } from './steps/repair/RepairFlow';
import { ResultStep } from './steps/ResultStep';
import { WelcomeStep } from './steps/WelcomeStep';
import { buildDiagnosisRequest } from './wizard/request';
import { activeRunId, hasTypedInput, initialState, wizardReducer } from './wizard/state';
import { useDiagnosisRunner } from './wizard/use-diagnosis-runner';

export function App() {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(wizardReducer, undefined, initialState);
  // The repair path (issue 14) runs beside the wizard's steps with its own state.
  const [repairing, setRepairing] = useState(false);
  const runner = useDiagnosisRunner(dispatch);
  // Hosts the person allowed to receive the password (TrustConsent), for the address they were given for.
  const [trusted, setTrusted] = useState<{ email: string; hosts: string[] }>({ email: '', hosts: [] });
  const startCheck = (allow: string[] = []) => {
    const request = buildDiagnosisRequest(state, currentLanguage());
    const earlier = trusted.email === request.email ? trusted.hosts : [];
    const hosts = [...new Set([...earlier, ...allow])];
    if (hosts.length > 0) request.trustedHosts = hosts;
    if (allow.length > 0) setTrusted({ email: request.email, hosts });
    runner.start(request);
  };

  const leaveCheck = () => {
    if (activeRunId(state)) runner.cancel();
    dispatch({ type: 'back' });
  };

  const checkAgain = (allow: string[] = []) => {
    if (activeRunId(state)) runner.cancel();
    dispatch({ type: 'back' });
    startCheck(allow);
  };

  const retryWithPassword = (password: string) => {
    dispatch({ type: 'retryWithPassword', password });
    runner.start(
      buildDiagnosisRequest({ ...state, account: { ...state.account, password } }, currentLanguage()),
    );
  };

  const [confirmStartOver, setConfirmStartOver] = useState(false);
  const startOverNow = () => {
    setConfirmStartOver(false);
    setRepairing(false);
    if (activeRunId(state)) runner.cancel();
    setTrusted({ email: '', hosts: [] });
    dispatch({ type: 'startOver' });
  };
  // Typed answers are not thrown away on one click: the person confirms first.
  const startOver = () => (hasTypedInput(state) ? setConfirmStartOver(true) : startOverNow());

  const back = () => dispatch({ type: 'back' });

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ✉
          </span>
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-sub" lang="en">
            {t('app.subtitle')}
          </span>
        </div>
        <div className="header-actions">
          {state.step !== 'welcome' || repairing ? (
            <button type="button" className="button link" onClick={startOver}>
              {t('nav.startOver')}
            </button>
          ) : null}
          <LanguageSwitch />
        </div>
      </header>
      {repairing ? null : <StepIndicator current={state.step} />}
      <main id="main" className="main">
        {repairing ? <RepairFlow onExit={startOver} /> : null}
        {state.step === 'welcome' && !repairing ? (
          <WelcomeStep key="welcome" state={state} dispatch={dispatch} onRepair={() => setRepairing(true)} />
        ) : null}
        {state.step === 'account' ? <AccountStep key="account" state={state} dispatch={dispatch} /> : null}
        {state.step === 'context' ? (
          <ContextStep key="context" state={state} dispatch={dispatch} onStartCheck={() => startCheck()} />
        ) : null}
        {state.step === 'checking' ? (
          <CheckingStep
            key={state.run.runId}
            state={state}
            onCancel={runner.cancel}
            onBack={leaveCheck}
            onRetry={() => checkAgain()}
          />
        ) : null}
        {state.step === 'result' ? (
          <ResultStep
            key="result"
            state={state}
            onBack={back}
            onRetry={() => checkAgain()}
            onTrustHosts={checkAgain}
            onExport={() => dispatch({ type: 'toExport' })}
            onEnterServer={() => dispatch({ type: 'enterServerHost' })}
            onRetryWithPassword={retryWithPassword}
          />
        ) : null}
        {state.step === 'export' ? (
          <ExportStep key="export" state={state} onBack={back} onStartOver={startOver} />
        ) : null}
      </main>
      {confirmStartOver ? (
        <ConfirmDialog
          title={t('startOver.title')}
          text={t('startOver.text')}
          confirmLabel={t('startOver.confirm')}
          cancelLabel={t('startOver.cancel')}
          onConfirm={startOverNow}
          onCancel={() => setConfirmStartOver(false)}
        />
      ) : null}
    </div>
  );
}
