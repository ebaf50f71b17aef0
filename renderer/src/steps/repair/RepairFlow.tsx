// The repair path of issue 14 as one flow with its own reducer, so the new-setup wizard's state stays
// as it was. Every engine call goes through the typed API and reports back through actions.
import { useEffect, useReducer, useRef } from 'react';
import { api } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { newRunId } from '../../wizard/use-diagnosis-runner';
import { AccountsScreen } from './AccountsScreen';
import { CheckingScreen } from './CheckingScreen';
import { ManualFormScreen } from './ManualFormScreen';
import { ProgramScreen } from './ProgramScreen';
import { repairErrorOf } from './repair-errors';
import { accountsFor, chosenAccount, initialRepairState, repairReducer } from './repair-state';
import { ResultScreen } from './ResultScreen';

export function RepairFlow({ onExit }: { onExit: () => void }) {
  const [state, dispatch] = useReducer(repairReducer, undefined, initialRepairState);
  const activeRun = useRef<string | null>(null);

  const loadAccounts = () => {
    dispatch({ type: 'listingStarted' });
    api()
      .listClientAccounts({})
      .then((listed) => dispatch({ type: 'listingLoaded', ...listed }))
      .catch((error: unknown) => dispatch({ type: 'listingFailed', error: repairErrorOf(error) }));
  };

  useEffect(loadAccounts, []);

  // Leaving the page mid-check must not leave the engine probing for nobody.
  useEffect(
    () => () => {
      if (activeRun.current)
        void api()
          .cancelDiagnosis({ runId: activeRun.current })
          .catch(() => {});
    },
    [],
  );

  const next = () => {
    if (state.program === 'other' || (state.program === 'outlook' && accountsFor(state).length === 0))
      dispatch({ type: 'toForm' });
    else dispatch({ type: 'toAccounts' });
  };

  const check = () => {
    const account = chosenAccount(state);
    const runId = newRunId();
    dispatch({ type: 'submit', runId });
    if (!account) return;
    activeRun.current = runId;
    const unsubscribe = api().on('diagnosisEvent', (payload) => {
      if (payload.runId === runId) dispatch({ type: 'checkEvent', runId });
    });
    api()
      .diagnoseClientAccount({
        runId,
        account,
        ...(state.password !== '' ? { password: state.password } : {}),
        lang: currentLanguage(),
      })
      .then((report) => {
        dispatch({ type: 'checkFinished', runId, report });
        if (account.client !== 'thunderbird' || report.changes.length === 0) return;
        loadAccounts();
        return api()
          .previewClientFix({ runId })
          .then((preview) => dispatch({ type: 'previewLoaded', runId, preview }));
      })
      .catch((error: unknown) => dispatch({ type: 'checkFailed', runId, error: repairErrorOf(error) }))
      .finally(() => {
        unsubscribe();
        if (activeRun.current === runId) activeRun.current = null;
      });
  };

  const cancel = () => {
    if (activeRun.current)
      void api()
        .cancelDiagnosis({ runId: activeRun.current })
        .catch(() => {});
    activeRun.current = null;
    dispatch({ type: 'back' });
  };

  const apply = () => {
    if (!state.runId) return;
    dispatch({ type: 'fixStarted' });
    api()
      .applyClientFix({ runId: state.runId })
      .then((result) => dispatch({ type: 'fixApplied', backupPath: result.backupPath }))
      .catch((error: unknown) => dispatch({ type: 'fixFailed', error: repairErrorOf(error) }));
  };

  const undo = () => {
    const backupPath = state.fix.backupPath;
    if (!state.account || !backupPath) return;
    dispatch({ type: 'fixStarted' });
    api()
      .undoClientFix({ profileDir: state.account.source, backupPath })
      .then(() => dispatch({ type: 'fixUndone' }))
      .catch((error: unknown) => dispatch({ type: 'fixFailed', error: repairErrorOf(error) }));
  };

  const back = () => dispatch({ type: 'back' });

  switch (state.screen) {
    case 'program':
      return <ProgramScreen state={state} dispatch={dispatch} onNext={next} onBack={onExit} />;
    case 'accounts':
      return <AccountsScreen state={state} dispatch={dispatch} onCheck={check} onBack={back} />;
    case 'form':
      return <ManualFormScreen state={state} dispatch={dispatch} onCheck={check} onBack={back} />;
    case 'checking':
      return <CheckingScreen state={state} onCancel={cancel} onBack={cancel} />;
    case 'result':
      return (
        <ResultScreen
          state={state}
          onApply={apply}
          onUndo={undo}
          onRecheck={loadAccounts}
          onBack={back}
          onStartOver={onExit}
        />
      );
  }
}
