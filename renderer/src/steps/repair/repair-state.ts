// The repair path as one reducer: choose the program, pick an account (or copy the dialog into a form),
// check it, then fix Thunderbird (and undo) or read the guide. API calls live in RepairFlow; they report
// back through actions, and a reply for a run that is no longer current is dropped.
import type { Dispatch } from 'react';
import type { ApiOutput } from '../../../../electron/shared/api-contract';
import type {
  ClientAccount,
  ClientFixPreview,
  ProfileLockState,
  ThunderbirdProfileInfo,
} from '../../../../electron/shared/client-types';
import { EMPTY_MANUAL_FORM, manualAccount, type FormVariant, type ManualForm } from './manual-account';
import type { RepairError } from './repair-errors';

export type Program = 'thunderbird' | 'outlook' | 'other';
export type Report = ApiOutput<'diagnoseClientAccount'>;

export interface Listing {
  loading: boolean;
  error: RepairError | null;
  profiles: ThunderbirdProfileInfo[];
  accounts: ClientAccount[];
}

export type FixStatus = 'idle' | 'working' | 'applied' | 'undone';

export interface FixState {
  status: FixStatus;
  lock: ProfileLockState;
  preview: ClientFixPreview | null;
  backupPath: string | null;
  error: RepairError | null;
}

export type RepairScreen = 'program' | 'accounts' | 'form' | 'checking' | 'result';

export interface RepairState {
  screen: RepairScreen;
  program: Program;
  listing: Listing;
  /** `${source}\n${accountKey}` of the chosen account. */
  selected: string | null;
  form: ManualForm;
  showErrors: boolean;
  password: string;
  runId: string | null;
  /** The account being checked (the chosen one, or the one built from the form). */
  account: ClientAccount | null;
  checkError: RepairError | null;
  eventCount: number;
  report: Report | null;
  fix: FixState;
}

export type RepairAction =
  | { type: 'chooseProgram'; program: Program }
  | { type: 'toAccounts' }
  | { type: 'toForm' }
  | { type: 'listingStarted' }
  | { type: 'listingLoaded'; profiles: ThunderbirdProfileInfo[]; accounts: ClientAccount[] }
  | { type: 'listingFailed'; error: RepairError }
  | { type: 'select'; key: string }
  | { type: 'editForm'; patch: Partial<ManualForm> }
  | { type: 'setPassword'; value: string }
  | { type: 'submit'; runId: string }
  | { type: 'checkEvent'; runId: string }
  | { type: 'checkFinished'; runId: string; report: Report }
  | { type: 'checkFailed'; runId: string; error: RepairError }
  | { type: 'previewLoaded'; runId: string; preview: ClientFixPreview }
  | { type: 'lockChecked'; lock: ProfileLockState }
  | { type: 'fixStarted' }
  | { type: 'fixApplied'; backupPath: string }
  | { type: 'fixUndone' }
  | { type: 'fixFailed'; error: RepairError }
  | { type: 'back' };

/** What every step of the repair flow that edits the state gets from RepairFlow. */
export interface RepairScreenProps {
  state: RepairState;
  dispatch: Dispatch<RepairAction>;
  onBack: () => void;
}

const EMPTY_FIX: FixState = { status: 'idle', lock: 'unknown', preview: null, backupPath: null, error: null };

export function initialRepairState(): RepairState {
  return {
    screen: 'program',
    program: 'thunderbird',
    listing: { loading: false, error: null, profiles: [], accounts: [] },
    selected: null,
    form: EMPTY_MANUAL_FORM,
    showErrors: false,
    password: '',
    runId: null,
    account: null,
    checkError: null,
    eventCount: 0,
    report: null,
    fix: EMPTY_FIX,
  };
}

export function accountKey(account: ClientAccount): string {
  return `${account.source}\n${account.accountKey}`;
}

/** The accounts of the chosen program that the listing found. */
export function accountsFor(state: RepairState): ClientAccount[] {
  const client = state.program === 'thunderbird' ? 'thunderbird' : 'outlook';
  return state.program === 'other' ? [] : state.listing.accounts.filter((a) => a.client === client);
}

export function formVariant(program: Program): FormVariant {
  return program === 'outlook' ? 'outlook' : 'other';
}

/** The lock of the profile an account lives in, as the listing last saw it. */
export function lockOf(listing: Listing, account: ClientAccount | null): ProfileLockState {
  if (account?.client !== 'thunderbird') return 'unknown';
  return listing.profiles.find((profile) => profile.path === account.source)?.lock ?? 'unknown';
}

export function chosenAccount(state: RepairState): ClientAccount | null {
  if (state.screen === 'form') return manualAccount(state.form);
  return accountsFor(state).find((account) => accountKey(account) === state.selected) ?? null;
}

function backFrom(state: RepairState): RepairState {
  switch (state.screen) {
    case 'program':
      return state;
    case 'accounts':
    case 'form':
      return { ...state, screen: 'program', showErrors: false };
    case 'checking':
    case 'result':
      return {
        ...state,
        screen: state.account?.source === 'form' ? 'form' : 'accounts',
        runId: null,
        checkError: null,
        report: null,
        fix: EMPTY_FIX,
      };
  }
}

function onFix(state: RepairState, apply: (fix: FixState) => FixState): RepairState {
  return state.screen === 'result' ? { ...state, fix: apply(state.fix) } : state;
}

export function repairReducer(state: RepairState, action: RepairAction): RepairState {
  switch (action.type) {
    case 'chooseProgram':
      return state.screen === 'program' ? { ...state, program: action.program } : state;
    case 'toAccounts':
      return state.screen === 'program' || state.screen === 'form'
        ? { ...state, screen: 'accounts', showErrors: false }
        : state;
    case 'toForm':
      return state.screen === 'program' || state.screen === 'accounts'
        ? { ...state, screen: 'form', showErrors: false }
        : state;
    case 'listingStarted':
      return { ...state, listing: { ...state.listing, loading: true, error: null } };
    case 'listingLoaded': {
      const listing = { loading: false, error: null, profiles: action.profiles, accounts: action.accounts };
      const next = { ...state, listing };
      // A single account needs no choosing; a choice that vanished from the listing is dropped.
      const found = accountsFor(next);
      const selected = found.some((a) => accountKey(a) === state.selected)
        ? state.selected
        : found.length === 1
          ? accountKey(found[0]!)
          : null;
      const fix =
        state.screen === 'result' ? { ...state.fix, lock: lockOf(listing, state.account) } : state.fix;
      return { ...next, selected, fix };
    }
    case 'listingFailed':
      return { ...state, listing: { ...state.listing, loading: false, error: action.error } };
    case 'select':
      return { ...state, selected: action.key, showErrors: false };
    case 'editForm':
      return state.screen === 'form' ? { ...state, form: { ...state.form, ...action.patch } } : state;
    case 'setPassword':
      return { ...state, password: action.value };
    case 'submit': {
      if (state.screen !== 'form' && state.screen !== 'accounts') return state;
      const account = chosenAccount(state);
      if (!account) return { ...state, showErrors: true };
      return {
        ...state,
        screen: 'checking',
        account,
        runId: action.runId,
        checkError: null,
        eventCount: 0,
        report: null,
        fix: { ...EMPTY_FIX, lock: lockOf(state.listing, account) },
      };
    }
    case 'checkEvent':
      return state.screen === 'checking' && state.runId === action.runId
        ? { ...state, eventCount: state.eventCount + 1 }
        : state;
    case 'checkFinished':
      return state.screen === 'checking' && state.runId === action.runId
        ? { ...state, screen: 'result', report: action.report }
        : state;
    case 'checkFailed':
      return state.screen === 'checking' && state.runId === action.runId
        ? { ...state, checkError: action.error }
        : state;
    case 'previewLoaded':
      return state.runId === action.runId
        ? onFix(state, (fix) => ({ ...fix, preview: action.preview }))
        : state;
    case 'lockChecked':
      return onFix(state, (fix) => ({ ...fix, lock: action.lock }));
    case 'fixStarted':
      return onFix(state, (fix) => ({ ...fix, status: 'working', error: null }));
    case 'fixApplied':
      return onFix(state, (fix) => ({ ...fix, status: 'applied', backupPath: action.backupPath }));
    case 'fixUndone':
      return onFix(state, (fix) => ({ ...fix, status: 'undone', backupPath: null }));
    case 'fixFailed':
      return onFix(state, (fix) => {
        const locked = action.error.reason === 'PROFILE_LOCKED';
        // A failed undo leaves the fix applied; a failed apply leaves it as it was.
        const status: FixStatus = fix.backupPath !== null ? 'applied' : 'idle';
        return { ...fix, status, error: action.error, lock: locked ? 'locked' : fix.lock };
      });
    case 'back':
      return backFrom(state);
  }
}
