// The wizard reducer, step by step, without a DOM.
import { describe, expect, it } from 'vitest';
import {
  emptyDiagnosisResult,
  type ContextGuess,
  type DiagnosisResult,
} from '../../electron/shared/diagnosis-types';
import {
  initialState,
  wizardReducer,
  activeRunId,
  hasTypedInput,
  type WizardAction,
  type WizardState,
} from '../../renderer/src/wizard/state';

function run(actions: WizardAction[], from: WizardState = initialState()): WizardState {
  return actions.reduce(wizardReducer, from);
}

const GUESS: ContextGuess = {
  domain: 'example.jp',
  isp: { name: 'OCN', id: 'ocn', source: 'ptr' },
  hosting: { name: 'Xserver', id: 'xserver', source: 'ns' },
  needs: ['hostNumber'],
};

function result(overrides: Partial<DiagnosisResult> = {}): DiagnosisResult {
  return {
    ...emptyDiagnosisResult('taro@example.jp'),
    status: 'ok',
    outgoing: {
      host: 'mail.example.jp',
      port: 465,
      security: 'tls',
      auth: 'password',
      username: null,
      verified: true,
      login: 'ok',
    },
    incoming: {
      host: 'mail.example.jp',
      port: 993,
      security: 'tls',
      auth: 'password',
      username: null,
      verified: true,
      login: 'ok',
      protocol: 'imap',
    },
    elapsedMs: 1234,
    ...overrides,
  };
}

const TO_CONTEXT: WizardAction[] = [
  { type: 'start' },
  { type: 'editAccount', patch: { email: 'taro@example.jp', displayName: '山田 太郎', password: 'secret' } },
  { type: 'submitAccount' },
];

const TO_CHECKING: WizardAction[] = [
  ...TO_CONTEXT,
  { type: 'contextRequested', forEmail: 'taro@example.jp' },
  { type: 'contextLoaded', forEmail: 'taro@example.jp', guess: GUESS },
  { type: 'checkStarted', runId: 'run-1', startedAt: 1000 },
];

describe('wizard reducer', () => {
  it('starts on the welcome step', () => {
    expect(initialState().step).toBe('welcome');
  });

  it('refuses to leave the account step with an invalid address and shows the problems', () => {
    const state = run([
      { type: 'start' },
      { type: 'editAccount', patch: { email: 'taro.example.jp' } },
      { type: 'submitAccount' },
    ]);
    expect(state.step).toBe('account');
    expect(state.step === 'account' && state.showErrors).toBe(true);
  });

  it('accepts an IDN address', () => {
    const state = run([
      { type: 'start' },
      { type: 'editAccount', patch: { email: '山田@例え.jp' } },
      { type: 'submitAccount' },
    ]);
    expect(state.step).toBe('context');
  });

  it('rejects an invalid server name in the advanced fold', () => {
    const state = run([
      { type: 'start' },
      { type: 'editAccount', patch: { email: 'taro@example.jp', serverHost: 'not a host' } },
      { type: 'submitAccount' },
    ]);
    expect(state.step).toBe('account');
  });

  it('keeps every input when going back and forth', () => {
    const atContext = run(TO_CONTEXT);
    const back = run([{ type: 'back' }, { type: 'back' }, { type: 'start' }], atContext);
    expect(back.step).toBe('account');
    expect(back.account).toEqual(atContext.account);
  });

  it('keeps the context guess and corrections when going back without changing the address', () => {
    const state = run([
      ...TO_CONTEXT,
      { type: 'contextRequested', forEmail: 'taro@example.jp' },
      { type: 'contextLoaded', forEmail: 'taro@example.jp', guess: GUESS },
      { type: 'chooseProvider', which: 'isp', choice: { kind: 'provider', id: 'nuro' } },
      { type: 'back' },
      { type: 'editAccount', patch: { displayName: 'Taro' } },
      { type: 'submitAccount' },
    ]);
    expect(state.context.guess).toEqual(GUESS);
    expect(state.context.isp).toEqual({ kind: 'provider', id: 'nuro' });
  });

  it('forgets the guess when the address changes', () => {
    const state = run([
      ...TO_CONTEXT,
      { type: 'contextRequested', forEmail: 'taro@example.jp' },
      { type: 'contextLoaded', forEmail: 'taro@example.jp', guess: GUESS },
      { type: 'back' },
      { type: 'editAccount', patch: { email: 'hanako@other.jp' } },
    ]);
    expect(state.context.guess).toBeNull();
    expect(state.context.guessFor).toBeNull();
  });

  it('drops a context reply for an address that is no longer current', () => {
    const state = run([
      ...TO_CONTEXT,
      { type: 'contextRequested', forEmail: 'taro@example.jp' },
      { type: 'contextLoaded', forEmail: 'old@example.jp', guess: GUESS },
    ]);
    expect(state.context.guess).toBeNull();
    expect(state.context.loading).toBe(true);
  });

  it('folds live events of its own run only', () => {
    const state = run([
      ...TO_CHECKING,
      {
        type: 'diagnosisEvent',
        runId: 'run-1',
        event: {
          type: 'probe-start',
          id: 'p1',
          protocol: 'smtp',
          host: 'mail.example.jp',
          port: 25,
          security: 'none',
          elapsedMs: 5,
        },
      },
      {
        type: 'diagnosisEvent',
        runId: 'other',
        event: {
          type: 'probe-start',
          id: 'p2',
          protocol: 'smtp',
          host: 'x',
          port: 587,
          security: 'starttls',
          elapsedMs: 5,
        },
      },
    ]);
    expect(state.step === 'checking' && state.run.progress.probes.map((row) => row.id)).toEqual(['p1']);
    expect(activeRunId(state)).toBe('run-1');
  });

  it('shows the result when the run finishes and ignores a stale one', () => {
    const stale = run([...TO_CHECKING, { type: 'checkFinished', runId: 'run-0', result: result() }]);
    expect(stale.step).toBe('checking');
    const done = run([{ type: 'checkFinished', runId: 'run-1', result: result() }], stale);
    expect(done.step).toBe('result');
    expect(done.step === 'result' && done.outcome.cancelled).toBe(false);
  });

  it('marks a result as cancelled when the engine reports the cancel as a finding', () => {
    const state = run([
      ...TO_CHECKING,
      {
        type: 'checkFinished',
        runId: 'run-1',
        result: result({ findings: [{ code: 'CANCELLED', severity: 'warning', message: '' }] }),
      },
    ]);
    expect(state.step === 'result' && state.outcome.cancelled).toBe(true);
  });

  it('stays on the checking step with a translated code when the run fails', () => {
    const state = run([...TO_CHECKING, { type: 'checkFailed', runId: 'run-1', code: 'INTERNAL', at: 2000 }]);
    expect(state.step === 'checking' && state.run.error).toBe('INTERNAL');
    expect(activeRunId(state)).toBeNull();
  });

  it('goes back from checking to context, and from export to the same result', () => {
    expect(run([...TO_CHECKING, { type: 'back' }]).step).toBe('context');
    const atExport = run([
      ...TO_CHECKING,
      { type: 'checkFinished', runId: 'run-1', result: result() },
      { type: 'toExport' },
    ]);
    expect(atExport.step).toBe('export');
    const back = run([{ type: 'back' }], atExport);
    expect(back.step === 'result' && back.outcome.result.elapsedMs).toBe(1234);
  });

  it('re-enters a refused password: the new one replaces the old and the check starts again', () => {
    const refused = run([
      ...TO_CHECKING,
      { type: 'checkFinished', runId: 'run-1', result: result({ status: 'login-failed' }) },
      { type: 'retryWithPassword', password: 'right-one' },
    ]);
    expect(refused.step).toBe('context');
    expect(refused.account.password).toBe('right-one');
    expect(refused.account.email).toBe('taro@example.jp');
    expect(run([{ type: 'checkStarted', runId: 'run-2', startedAt: 3000 }], refused).step).toBe('checking');
  });

  it('leads from nothing found to the server field: account step, 詳細設定 open, focus asked for', () => {
    const state = run([
      ...TO_CHECKING,
      {
        type: 'checkFinished',
        runId: 'run-1',
        result: result({ status: 'not-found', outgoing: null, incoming: null }),
      },
      { type: 'enterServerHost' },
    ]);
    expect(state.step).toBe('account');
    expect(state.step === 'account' && state.focusServerHost).toBe(true);
    expect(state.account.advancedOpen).toBe(true);
    expect(state.account.password).toBe('secret');
  });

  it('ignores actions that do not belong to the current step', () => {
    const welcome = initialState();
    expect(wizardReducer(welcome, { type: 'toExport' })).toBe(welcome);
    expect(wizardReducer(welcome, { type: 'submitAccount' })).toBe(welcome);
    expect(wizardReducer(welcome, { type: 'checkStarted', runId: 'r', startedAt: 0 })).toBe(welcome);
  });

  it('start over forgets the account, password included, but keeps the lookup preference', () => {
    const state = run([{ type: 'setPublicIpLookup', value: false }, ...TO_CHECKING, { type: 'startOver' }]);
    expect(state.step).toBe('welcome');
    expect(state.account.password).toBe('');
    expect(state.account.email).toBe('');
    expect(state.publicIpLookup).toBe(false);
  });
});

describe('login name asked on the context step', () => {
  it('goes into the account’s user name, and only on the context step', () => {
    const state = run([...TO_CONTEXT, { type: 'setLoginName', value: 'kir123456.taro' }]);
    expect(state.step).toBe('context');
    expect(state.account.username).toBe('kir123456.taro');
    expect(run([{ type: 'start' }, { type: 'setLoginName', value: 'x' }]).account.username).toBe('');
  });
});

describe('full-width input on the account step', () => {
  const typed: WizardAction[] = [
    { type: 'start' },
    {
      type: 'editAccount',
      patch: {
        email: 'ｔａｒｏ＠ｃｏｒｐ．ｔｅｓｔ',
        username: 'ｔａｒｏ',
        serverHost: 'ｍａｉｌ．ｃｏｒｐ．ｔｅｓｔ',
      },
    },
  ];

  it('makes a field half-width when it is left, and says so until it is edited again', () => {
    const left = run([...typed, { type: 'halfWidth', field: 'email' }]);
    expect(left.account.email).toBe('taro@corp.test');
    expect(left.account.username).toBe('ｔａｒｏ');
    expect(left.account.halfWidthFixed).toEqual(['email']);
    const edited = run([{ type: 'editAccount', patch: { email: 'taro@corp.tes' } }], left);
    expect(edited.account.halfWidthFixed).toEqual([]);
  });

  it('sends half-width values when the form is sent without leaving the field', () => {
    const state = run([...typed, { type: 'submitAccount' }]);
    expect(state.step).toBe('context');
    expect(state.account).toMatchObject({
      email: 'taro@corp.test',
      username: 'taro',
      serverHost: 'mail.corp.test',
      halfWidthFixed: ['email', 'username', 'serverHost'],
    });
  });

  it('never touches the password or the name', () => {
    const state = run([
      { type: 'start' },
      {
        type: 'editAccount',
        patch: { email: 'taro@corp.test', password: 'ｐａｓｓ', displayName: 'ＴＡＲＯ' },
      },
      { type: 'submitAccount' },
    ]);
    expect(state.account).toMatchObject({
      password: 'ｐａｓｓ',
      displayName: 'ＴＡＲＯ',
      halfWidthFixed: [],
    });
  });
});

describe('hasTypedInput (start over asks first)', () => {
  it('is false on a fresh wizard and true once anything was typed', () => {
    expect(hasTypedInput(initialState())).toBe(false);
    expect(hasTypedInput(run([{ type: 'start' }, { type: 'editAccount', patch: { email: ' ' } }]))).toBe(
      false,
    );
    expect(hasTypedInput(run([{ type: 'start' }, { type: 'editAccount', patch: { password: 'x' } }]))).toBe(
      true,
    );
    expect(hasTypedInput(run(TO_CONTEXT))).toBe(true);
  });
});
