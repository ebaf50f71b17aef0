// Runs one diagnosis at a time: subscribes to its events before starting, reports back through
// actions, and cancels the run if the page goes away so the engine never probes for nobody.
import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import type { DiagnosisRequest } from '../../../electron/shared/diagnosis-types';
import { api } from '../api/client';
import { errorCodeOf } from '../lib/errors';
import type { WizardAction } from './state';

export function newRunId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export interface DiagnosisRunner {
  start: (request: DiagnosisRequest) => void;
  cancel: () => void;
}

export function useDiagnosisRunner(dispatch: Dispatch<WizardAction>): DiagnosisRunner {
  const activeRun = useRef<string | null>(null);

  const cancel = useCallback(() => {
    const runId = activeRun.current;
    if (!runId) return;
    dispatch({ type: 'cancelRequested' });
    api()
      .cancelDiagnosis({ runId })
      .catch(() => undefined);
  }, [dispatch]);

  const start = useCallback(
    (request: DiagnosisRequest) => {
      const runId = newRunId();
      activeRun.current = runId;
      dispatch({ type: 'checkStarted', runId, startedAt: Date.now() });
      const unsubscribe = api().on('diagnosisEvent', (payload) => {
        if (payload.runId === runId) dispatch({ type: 'diagnosisEvent', runId, event: payload.event });
      });
      api()
        .runDiagnosis({ runId, request })
        .then(
          (result) => dispatch({ type: 'checkFinished', runId, result }),
          (error: unknown) =>
            dispatch({ type: 'checkFailed', runId, code: errorCodeOf(error), at: Date.now() }),
        )
        .finally(() => {
          unsubscribe();
          if (activeRun.current === runId) activeRun.current = null;
        });
    },
    [dispatch],
  );

  useEffect(() => {
    const onLeave = () => {
      const runId = activeRun.current;
      if (runId)
        void api()
          .cancelDiagnosis({ runId })
          .catch(() => undefined);
    };
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      onLeave();
    };
  }, []);

  return { start, cancel };
}
