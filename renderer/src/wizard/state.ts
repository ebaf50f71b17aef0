// The whole wizard as one reducer over a discriminated union of steps. Side effects (API calls) live
// in the components; they report back through actions, and stale replies are dropped by run id.
import type {
  ContextGuess,
  DiagnosisEvent,
  DiagnosisResult,
  HostingNeed,
} from '../../../electron/shared/diagnosis-types';
import type { UiErrorCode } from '../lib/errors';
import { applyEvent, EMPTY_PROGRESS, settleProgress, type LiveProgress } from './live-progress';
import { halfWidthFields, type HalfWidthField } from './half-width';
import { validateAccount } from './validation';

export interface AccountForm {
  email: string;
  displayName: string;
  password: string;
  /** Only when the provider gave a login name that differs from the address. */
  username: string;
  /** Only when the provider gave a server name. */
  serverHost: string;
  advancedOpen: boolean;
  /** Send one message to the address itself and look for it (only with a password). */
  sendTestMessage: boolean;
  /** Fields whose full-width characters were made half-width, until the person edits them again. */
  halfWidthFixed: readonly HalfWidthField[];
}

/**
 * 'detected' follows the guess (with no guess it is 「わからない」: the check then detects by itself),
 * otherwise a provider id from the list; `needs`: what the chosen provider's entry (from
 * listProviders) says must be asked.
 */
export type ProviderChoice = { kind: 'detected' } | { kind: 'provider'; id: string; needs?: HostingNeed[] };

export interface ContextState {
  /** The address the guess belongs to; a different address makes it stale. */
  guessFor: string | null;
  guess: ContextGuess | null;
  loading: boolean;
  error: UiErrorCode | null;
  isp: ProviderChoice;
  hosting: ProviderChoice;
  hostNumber: string;
}

export interface RunOutcome {
  result: DiagnosisResult;
  cancelled: boolean;
  progress: LiveProgress;
}

export interface RunState {
  runId: string;
  startedAt: number;
  progress: LiveProgress;
  cancelling: boolean;
  error: UiErrorCode | null;
}

interface Shared {
  account: AccountForm;
  context: ContextState;
  publicIpLookup: boolean;
}

export type WizardState =
  | ({ step: 'welcome' } & Shared)
  | ({ step: 'account'; showErrors: boolean; focusServerHost?: boolean } & Shared)
  | ({ step: 'context' } & Shared)
  | ({ step: 'checking'; run: RunState } & Shared)
  | ({ step: 'result'; outcome: RunOutcome } & Shared)
  | ({ step: 'export'; outcome: RunOutcome } & Shared);

export type StepName = WizardState['step'];
export const STEP_ORDER: readonly StepName[] = [
  'welcome',
  'account',
  'context',
  'checking',
  'result',
  'export',
];

export type WizardAction =
  | { type: 'start' }
  | { type: 'setPublicIpLookup'; value: boolean }
  | { type: 'editAccount'; patch: Partial<AccountForm> }
  | { type: 'halfWidth'; field: HalfWidthField }
  | { type: 'submitAccount' }
  | { type: 'contextRequested'; forEmail: string }
  | { type: 'contextLoaded'; forEmail: string; guess: ContextGuess }
  | { type: 'contextFailed'; forEmail: string; code: UiErrorCode }
  | { type: 'chooseProvider'; which: 'isp' | 'hosting'; choice: ProviderChoice }
  | { type: 'setHostNumber'; value: string }
  /** The login name a host issues (KAGOYA, ASAHIネット ID), asked for on the context step. */
  | { type: 'setLoginName'; value: string }
  | { type: 'checkStarted'; runId: string; startedAt: number }
  | { type: 'diagnosisEvent'; runId: string; event: DiagnosisEvent }
  | { type: 'cancelRequested' }
  | { type: 'checkFinished'; runId: string; result: DiagnosisResult }
  | { type: 'checkFailed'; runId: string; code: UiErrorCode; at: number }
  | { type: 'toExport' }
  | { type: 'enterServerHost' }
  | { type: 'retryWithPassword'; password: string }
  | { type: 'back' }
  | { type: 'startOver' };

const EMPTY_ACCOUNT: AccountForm = {
  email: '',
  displayName: '',
  password: '',
  username: '',
  serverHost: '',
  advancedOpen: false,
  sendTestMessage: false,
  halfWidthFixed: [],
};

const EMPTY_CONTEXT: ContextState = {
  guessFor: null,
  guess: null,
  loading: false,
  error: null,
  isp: { kind: 'detected' },
  hosting: { kind: 'detected' },
  hostNumber: '',
};

export function initialState(): WizardState {
  return { step: 'welcome', account: EMPTY_ACCOUNT, context: EMPTY_CONTEXT, publicIpLookup: true };
}

function shared(state: WizardState): Shared {
  return { account: state.account, context: state.context, publicIpLookup: state.publicIpLookup };
}

function onContextStep(state: WizardState, apply: (context: ContextState) => ContextState): WizardState {
  return state.step === 'context' ? { ...state, context: apply(state.context) } : state;
}

function finishRun(state: WizardState & { step: 'checking' }, result: DiagnosisResult): WizardState {
  const cancelled = state.run.cancelling || result.findings.some((finding) => finding.code === 'CANCELLED');
  const progress = settleProgress(state.run.progress);
  return { ...shared(state), step: 'result', outcome: { result, cancelled, progress } };
}

/** A new address means a new domain: the old guess and provider corrections no longer apply. */
function contextFor(state: WizardState, account: AccountForm): ContextState {
  return account.email.trim() === state.account.email.trim() ? state.context : EMPTY_CONTEXT;
}

function withHalfWidth(account: AccountForm, fields?: readonly HalfWidthField[]): AccountForm {
  const { form, changed } = halfWidthFields(account, fields);
  const halfWidthFixed = [...new Set([...account.halfWidthFixed, ...changed])];
  return changed.length > 0 ? { ...form, halfWidthFixed } : account;
}

/** Something was typed that starting over would throw away (the wizard asks first). */
export function hasTypedInput(state: WizardState): boolean {
  const { email, displayName, password, username, serverHost } = state.account;
  return [email, displayName, password, username, serverHost, state.context.hostNumber].some(
    (value) => value.trim() !== '',
  );
}

function back(state: WizardState): WizardState {
  switch (state.step) {
    case 'welcome':
      return state;
    case 'account':
      return { ...shared(state), step: 'welcome' };
    case 'context':
      return { ...shared(state), step: 'account', showErrors: false };
    case 'checking':
    case 'result':
      return { ...shared(state), step: 'context' };
    case 'export':
      return { ...shared(state), step: 'result', outcome: state.outcome };
  }
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'start':
      return state.step === 'welcome' ? { ...shared(state), step: 'account', showErrors: false } : state;
    case 'setPublicIpLookup':
      return { ...state, publicIpLookup: action.value };
    case 'editAccount': {
      if (state.step !== 'account') return state;
      const halfWidthFixed = state.account.halfWidthFixed.filter((field) => !(field in action.patch));
      const account = { ...state.account, ...action.patch, halfWidthFixed };
      return { ...state, account, context: contextFor(state, account) };
    }
    case 'halfWidth': {
      if (state.step !== 'account') return state;
      const account = withHalfWidth(state.account, [action.field]);
      return { ...state, account, context: contextFor(state, account) };
    }
    case 'submitAccount': {
      if (state.step !== 'account') return state;
      const account = withHalfWidth(state.account);
      const next = { ...state, account, context: contextFor(state, account) };
      if (Object.keys(validateAccount(account)).length > 0) return { ...next, showErrors: true };
      return { ...shared(next), step: 'context' };
    }
    case 'contextRequested':
      return onContextStep(state, (context) => ({
        ...context,
        guessFor: action.forEmail,
        loading: true,
        error: null,
      }));
    case 'contextLoaded':
      return onContextStep(state, (context) =>
        context.guessFor === action.forEmail
          ? { ...context, guess: action.guess, loading: false, error: null }
          : context,
      );
    case 'contextFailed':
      return onContextStep(state, (context) =>
        context.guessFor === action.forEmail ? { ...context, loading: false, error: action.code } : context,
      );
    case 'chooseProvider':
      return onContextStep(state, (context) => ({ ...context, [action.which]: action.choice }));
    case 'setHostNumber':
      return onContextStep(state, (context) => ({ ...context, hostNumber: action.value }));
    case 'setLoginName':
      return state.step === 'context'
        ? { ...state, account: { ...state.account, username: action.value } }
        : state;
    case 'checkStarted':
      if (state.step !== 'context') return state;
      return {
        ...shared(state),
        step: 'checking',
        run: {
          runId: action.runId,
          startedAt: action.startedAt,
          progress: EMPTY_PROGRESS,
          cancelling: false,
          error: null,
        },
      };
    case 'diagnosisEvent':
      if (state.step !== 'checking' || state.run.runId !== action.runId) return state;
      return { ...state, run: { ...state.run, progress: applyEvent(state.run.progress, action.event) } };
    case 'cancelRequested':
      if (state.step !== 'checking' || state.run.error) return state;
      return { ...state, run: { ...state.run, cancelling: true } };
    case 'checkFinished':
      if (state.step !== 'checking' || state.run.runId !== action.runId) return state;
      return finishRun(state, action.result);
    case 'checkFailed':
      if (state.step !== 'checking' || state.run.runId !== action.runId) return state;
      return { ...state, run: { ...state.run, cancelling: false, error: action.code } };
    case 'toExport':
      return state.step === 'result' ? { ...shared(state), step: 'export', outcome: state.outcome } : state;
    case 'enterServerHost':
      // Nothing found: back to the account step with 詳細設定 open and the cursor in the server field.
      if (state.step !== 'result') return state;
      return {
        ...shared(state),
        account: { ...state.account, advancedOpen: true },
        step: 'account',
        showErrors: false,
        focusServerHost: true,
      };
    case 'retryWithPassword':
      // A refused password is replaced and the check starts again from the context step.
      if (state.step !== 'result') return state;
      return { ...shared(state), account: { ...state.account, password: action.password }, step: 'context' };
    case 'back':
      return back(state);
    case 'startOver':
      return { ...initialState(), publicIpLookup: state.publicIpLookup };
  }
}

/** The check is running (not finished, not failed): leaving it must cancel the run. */
export function activeRunId(state: WizardState): string | null {
  return state.step === 'checking' && !state.run.error ? state.run.runId : null;
}
