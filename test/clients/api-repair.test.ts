// The repair calls through the typed API's dispatch, against the loopback world's real servers: a
// Thunderbird profile (the one Thunderbird 153 wrote, pointed at the world's hosts) whose account sends on
// a dropped port 25 without AUTH; diagnose it, preview, apply and undo the fix.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch.js';
import { createHandlers } from '../../electron/api/handlers.js';
import type { ApiOutput } from '../../electron/shared/api-contract.js';
import { loopbackWorldSupport, startLoopbackWorld, type LoopbackWorld } from '../helpers/loopback-world.js';
import { copyProfile, OP25B_ACCOUNT3, setPrefs } from './fixtures.js';

const support = loopbackWorldSupport();
const context = { emit: () => {} };

describe.skipIf(!support.ok)('repair API against the loopback world', () => {
  let world: LoopbackWorld;
  let dir: string;
  let call: (method: string, input: unknown) => Promise<unknown>;

  beforeAll(async () => {
    world = await startLoopbackWorld();
    dir = copyProfile();
    setPrefs(dir, [
      ...OP25B_ACCOUNT3,
      // account1 becomes info@shared.test, whose certificate names only sv1234.hosting.test; its
      // outgoing server smtp1 is shared with account2.
      ['mail.identity.id1.useremail', 'info@shared.test'],
      ['mail.server.server1.hostname', 'mail.shared.test'],
      ['mail.server.server1.userName', 'info@shared.test'],
      ['mail.server.server1.port', 993],
      ['mail.server.server1.socketType', 3],
      ['mail.smtpserver.smtp1.hostname', 'mail.shared.test'],
      ['mail.smtpserver.smtp1.port', 465],
      ['mail.smtpserver.smtp1.try_ssl', 3],
      ['mail.smtpserver.smtp1.authMethod', 3],
      ['mail.smtpserver.smtp1.username', 'info@shared.test'],
    ]);
    const dispatch = createDispatch(
      createHandlers(
        {
          mode: 'web',
          version: '0',
          platform: 'linux',
          locale: () => 'ja-JP',
          saveFile: async () => ({ saved: false }),
          savePdf: async () => ({ saved: false }),
        },
        { diagnosisConfig: world.config },
      ),
    );
    call = async (method, input) => {
      const reply = await dispatch(method, input, context);
      if (!reply.ok) throw Object.assign(new Error(reply.error.code), reply.error);
      return reply.value;
    };
  }, 60_000);
  afterAll(async () => {
    await world?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('diagnoses the account as configured, previews, applies and undoes the fix', async () => {
    const listed = (await call('listClientAccounts', {
      thunderbirdProfile: dir,
    })) as ApiOutput<'listClientAccounts'>;
    const account = listed.accounts.find((a) => a.email === 'hanako@op25b.test')!;
    expect(listed.profiles[0]!.lock).toBe('unlocked');
    const report = (await call('diagnoseClientAccount', {
      runId: 'r1',
      account,
      password: world.accounts.op25b.password,
      lang: 'ja',
    })) as ApiOutput<'diagnoseClientAccount'>;
    expect(report.checks).toEqual([
      expect.objectContaining({ side: 'incoming', status: 'works', reason: null }),
      expect.objectContaining({
        side: 'outgoing',
        status: 'fails',
        reason: { code: 'PORT25_BLOCKED', isp: 'OCN' },
      }),
    ]);
    expect(report.changes.map((c) => [c.side, c.field, c.to])).toEqual([
      ['outgoing', 'port', report.diagnosis.outgoing!.port],
      ['outgoing', 'security', report.diagnosis.outgoing!.security],
      ['outgoing', 'auth', 'password'],
      ['outgoing', 'username', 'hanako@op25b.test'],
    ]);
    const before = readFileSync(path.join(dir, 'prefs.js'));
    const preview = (await call('previewClientFix', { runId: 'r1' })) as ApiOutput<'previewClientFix'>;
    expect(preview.clonedSmtpKey).toBeNull();
    expect(preview.prefs.map((p) => p.name).sort()).toEqual([
      'mail.smtpserver.smtp2.authMethod',
      'mail.smtpserver.smtp2.port',
      'mail.smtpserver.smtp2.try_ssl',
      'mail.smtpserver.smtp2.username',
    ]);
    expect(readFileSync(path.join(dir, 'prefs.js')).equals(before)).toBe(true);
    const applied = (await call('applyClientFix', { runId: 'r1' })) as ApiOutput<'applyClientFix'>;
    const after = (await call('listClientAccounts', {
      thunderbirdProfile: dir,
    })) as ApiOutput<'listClientAccounts'>;
    expect(after.accounts.find((a) => a.email === 'hanako@op25b.test')!.outgoing).toMatchObject({
      port: report.diagnosis.outgoing!.port,
      auth: 'password',
    });
    await call('undoClientFix', { profileDir: dir, backupPath: path.basename(applied.backupPath) });
    expect(readFileSync(path.join(dir, 'prefs.js')).equals(before)).toBe(true);
  }, 60_000);

  it("names the certificate's name, clones the shared server and leaves the incoming host to Thunderbird", async () => {
    const listed = (await call('listClientAccounts', {
      thunderbirdProfile: dir,
    })) as ApiOutput<'listClientAccounts'>;
    const account = listed.accounts.find((a) => a.email === 'info@shared.test')!;
    const report = (await call('diagnoseClientAccount', {
      runId: 'r2',
      account,
      password: world.accounts.shared.password,
    })) as ApiOutput<'diagnoseClientAccount'>;
    expect(report.checks[0]).toMatchObject({
      status: 'fails',
      reason: { code: 'CERT_NAME_MISMATCH', host: 'mail.shared.test', certName: 'sv1234.hosting.test' },
    });
    expect(report.changes.map((c) => [c.side, c.field, c.to, c.reason.code])).toEqual([
      ['incoming', 'host', 'sv1234.hosting.test', 'CERT_NAME_MISMATCH'],
      ['outgoing', 'host', 'sv1234.hosting.test', 'CERT_NAME_MISMATCH'],
    ]);
    const preview = (await call('previewClientFix', { runId: 'r2' })) as ApiOutput<'previewClientFix'>;
    expect(preview.clonedSmtpKey).toBe('smtp3');
    expect(preview.manual.map((c) => [c.side, c.field])).toEqual([['incoming', 'host']]);
    expect(preview.prefs).toContainEqual({
      name: 'mail.smtpserver.smtp3.hostname',
      from: null,
      to: 'sv1234.hosting.test',
    });
    expect(preview.prefs).toContainEqual({
      name: 'mail.identity.id1.smtpServer',
      from: 'smtp1',
      to: 'smtp3',
    });
  }, 60_000);

  it('answers with stable codes for an unknown run, a bad backup and bad input', async () => {
    await expect(call('previewClientFix', { runId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      call('undoClientFix', { profileDir: dir, backupPath: '../../etc/passwd' }),
    ).rejects.toMatchObject({
      code: 'CLIENT_FAILED',
      params: { reason: 'BACKUP_NOT_FOUND' },
    });
    await expect(
      call('listClientAccounts', { thunderbirdProfile: path.join(dir, 'none') }),
    ).rejects.toMatchObject({
      code: 'CLIENT_FAILED',
      params: { reason: 'PROFILE_NOT_FOUND' },
    });
    await expect(
      call('diagnoseClientAccount', { runId: 'x', account: { email: 'a' } }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
