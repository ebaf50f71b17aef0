// The repair path's reducer and its mirrored form, without a DOM: choosing, checking, stale replies
// dropped, the fix's lock and undo, and the form validated (NFKC) like the account step.
import { describe, expect, it } from 'vitest';
import type { ClientAccount, ThunderbirdProfileInfo } from '../../electron/shared/client-types';
import {
  EMPTY_MANUAL_FORM,
  manualAccount,
  validateManualForm,
  type ManualForm,
} from '../../renderer/src/steps/repair/manual-account';
import {
  accountKey,
  initialRepairState,
  repairReducer,
  type RepairAction,
  type RepairState,
  type Report,
} from '../../renderer/src/steps/repair/repair-state';

function run(actions: RepairAction[], from: RepairState = initialRepairState()): RepairState {
  return actions.reduce(repairReducer, from);
}

function tbAccount(email: string, key: string): ClientAccount {
  return {
    client: 'thunderbird',
    source: '/p/one',
    accountKey: key,
    email,
    displayName: '',
    incoming: null,
    outgoing: { host: 'mail.example.jp', port: 25, security: 'none', auth: 'none', username: null },
  };
}

const PROFILE: ThunderbirdProfileInfo = { name: 'one', path: '/p/one', isDefault: true, lock: 'unlocked' };
const HANAKO = tbAccount('hanako@example.jp', 'account1');
const TARO = tbAccount('taro@example.jp', 'account2');

function report(account: ClientAccount): Report {
  return {
    account,
    verdict: 'CHANGES_NEEDED',
    checks: [],
    changes: [],
    lookElsewhere: [],
  } as unknown as Report;
}

const FILLED: ManualForm = {
  ...EMPTY_MANUAL_FORM,
  email: 'ｈａｎａｋｏ@example.jp',
  incomingHost: 'mail.example.jp',
  outgoingHost: 'ＭＡＩＬ．example.jp',
  username: 'hanako',
  outgoingPort: '２５',
  outgoingSecurity: 'none',
  outgoingAuth: false,
};

describe('repair reducer', () => {
  const listed = (lock: ThunderbirdProfileInfo['lock'] = 'unlocked'): RepairAction => ({
    type: 'listingLoaded',
    profiles: [{ ...PROFILE, lock }],
    accounts: [HANAKO, TARO],
  });

  it('asks for an account before checking, then checks the chosen one with its profile lock', () => {
    const onAccounts = run([listed(), { type: 'toAccounts' }]);
    expect(onAccounts.selected).toBeNull();
    const refused = run([{ type: 'submit', runId: 'r1' }], onAccounts);
    expect(refused).toMatchObject({ screen: 'accounts', showErrors: true, runId: null });
    const checking = run(
      [
        { type: 'select', key: accountKey(TARO) },
        { type: 'submit', runId: 'r1' },
      ],
      onAccounts,
    );
    expect(checking).toMatchObject({
      screen: 'checking',
      runId: 'r1',
      account: TARO,
      fix: { lock: 'unlocked' },
    });
  });

  it('picks the only account of the chosen program by itself', () => {
    const state = run([
      { type: 'listingLoaded', profiles: [PROFILE], accounts: [HANAKO] },
      { type: 'toAccounts' },
    ]);
    expect(state.selected).toBe(accountKey(HANAKO));
  });

  it('drops replies and events for a run that is no longer current', () => {
    const checking = run([
      listed(),
      { type: 'toAccounts' },
      { type: 'select', key: accountKey(HANAKO) },
      { type: 'submit', runId: 'r2' },
    ]);
    expect(run([{ type: 'checkFinished', runId: 'r1', report: report(HANAKO) }], checking).screen).toBe(
      'checking',
    );
    expect(run([{ type: 'checkEvent', runId: 'r1' }], checking).eventCount).toBe(0);
    const back = run([{ type: 'back' }], checking);
    expect(back).toMatchObject({ screen: 'accounts', runId: null });
    expect(run([{ type: 'checkFinished', runId: 'r2', report: report(HANAKO) }], back).screen).toBe(
      'accounts',
    );
  });

  it('refuses the fix while locked, takes a fresh lock from the listing, then applies and undoes', () => {
    const result = run([
      listed('locked'),
      { type: 'toAccounts' },
      { type: 'select', key: accountKey(HANAKO) },
      { type: 'submit', runId: 'r3' },
      { type: 'checkFinished', runId: 'r3', report: report(HANAKO) },
    ]);
    expect(result.fix.lock).toBe('locked');
    const unlocked = run([listed('unlocked')], result);
    expect(unlocked.fix.lock).toBe('unlocked');
    const lockedMeanwhile = run(
      [
        { type: 'fixStarted' },
        { type: 'fixFailed', error: { code: 'CLIENT_FAILED', reason: 'PROFILE_LOCKED' } },
      ],
      unlocked,
    );
    expect(lockedMeanwhile.fix).toMatchObject({ status: 'idle', lock: 'locked', backupPath: null });
    const applied = run(
      [{ type: 'fixStarted' }, { type: 'fixApplied', backupPath: '/p/one/prefs.js.bak' }],
      unlocked,
    );
    expect(applied.fix).toMatchObject({ status: 'applied', backupPath: '/p/one/prefs.js.bak' });
    const undoFailed = run(
      [
        { type: 'fixStarted' },
        { type: 'fixFailed', error: { code: 'CLIENT_FAILED', reason: 'BACKUP_NOT_FOUND' } },
      ],
      applied,
    );
    expect(undoFailed.fix).toMatchObject({ status: 'applied', backupPath: '/p/one/prefs.js.bak' });
    expect(run([{ type: 'fixUndone' }], applied).fix).toMatchObject({ status: 'undone', backupPath: null });
  });

  it('checks the account typed into the form and comes back to the form', () => {
    const onForm = run([{ type: 'chooseProgram', program: 'outlook' }, { type: 'toForm' }]);
    expect(run([{ type: 'submit', runId: 'r4' }], onForm)).toMatchObject({
      screen: 'form',
      showErrors: true,
    });
    const checking = run(
      [
        { type: 'editForm', patch: FILLED },
        { type: 'submit', runId: 'r4' },
      ],
      onForm,
    );
    expect(checking.screen).toBe('checking');
    expect(checking.account).toMatchObject({ client: 'outlook', source: 'form', email: 'hanako@example.jp' });
    expect(run([{ type: 'back' }], checking)).toMatchObject({
      screen: 'form',
      form: { outgoingPort: '２５' },
    });
  });
});

describe('mirrored form', () => {
  it('reads full-width input as the ASCII it looks like (NFKC)', () => {
    expect(validateManualForm(FILLED)).toEqual({});
    expect(manualAccount(FILLED)).toMatchObject({
      email: 'hanako@example.jp',
      incoming: { protocol: 'imap', host: 'mail.example.jp', port: 993, security: 'tls', username: 'hanako' },
      outgoing: { host: 'mail.example.jp', port: 25, security: 'none', auth: 'none', username: null },
    });
  });

  it('names each problem with the account step’s codes', () => {
    expect(
      validateManualForm({
        ...EMPTY_MANUAL_FORM,
        email: 'hanako',
        incomingHost: 'mail example',
        incomingPort: '0',
        outgoingPort: '65536',
        username: 'ha nako',
      }),
    ).toEqual({
      email: 'NO_AT',
      incomingHost: 'HOST_INVALID',
      outgoingHost: 'HOST_REQUIRED',
      incomingPort: 'PORT_INVALID',
      outgoingPort: 'PORT_INVALID',
      username: 'USERNAME_INVALID',
    });
    expect(manualAccount(EMPTY_MANUAL_FORM)).toBeNull();
  });
});
