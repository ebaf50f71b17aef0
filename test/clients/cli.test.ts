// `mailwiz check-client` / `fix-client` through the real bin in a child process: account listing (ja,
// en, JSON), input errors, the refusal while Thunderbird holds the profile, and a diagnosed fix with
// undo against the loopback world.
import { readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mailwiz } from '../helpers/cli-run.js';
import { loopbackWorldSupport, startLoopbackWorld, type LoopbackWorld } from '../helpers/loopback-world.js';
import { copyProfile, OP25B_ACCOUNT3, setPrefs } from './fixtures.js';

const cli = mailwiz;

let dir: string;
beforeEach(() => {
  dir = copyProfile();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('mailwiz check-client / fix-client without network', () => {
  it('lists the accounts of a profile in Japanese, English and JSON', async () => {
    const ja = await cli(['check-client', '--thunderbird-profile', dir, '--lang', 'ja']);
    expect(ja.code, ja.stderr).toBe(0);
    expect(ja.stdout).toContain('送信 SMTP: mail.example-office.test:25 なし, 認証なし');
    const en = await cli(['check-client', '--thunderbird-profile', dir, '--lang', 'en']);
    expect(en.stdout).toContain('Outgoing SMTP: mail.example-office.test:25 None, No authentication');
    const json = await cli(['check-client', '--thunderbird-profile', dir, '--json']);
    const parsed = JSON.parse(json.stdout) as { accounts: Array<{ email: string }>; profiles: unknown[] };
    expect(parsed.accounts.map((a) => a.email)).toEqual([
      'taro@example-office.test',
      'jimu@example-office.test',
      'hanako@example-isp.test',
    ]);
    expect(parsed.profiles).toEqual([expect.objectContaining({ path: dir, lock: 'unlocked' })]);
  });

  it('rejects bad input with exit 2 and one JSON error', async () => {
    for (const args of [
      ['fix-client', '--account', 'a@b.jp', '--json'],
      ['check-client', '--apply', '--json'],
      ['check-client', '--bogus', '--json'],
      ['check-client', '--thunderbird-profile', path.join(dir, 'missing'), '--json'],
      ['check-client', '--thunderbird-profile', dir, '--account', 'nobody@example.jp', '--json'],
    ]) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: expect.any(String) } });
    }
  });

  it('refuses to fix while Thunderbird holds the profile (exit 4), in the user’s language', async () => {
    symlinkSync(`127.0.0.1:+${process.pid}`, path.join(dir, 'lock'));
    const args = [
      'fix-client',
      '--thunderbird-profile',
      dir,
      '--account',
      'taro@example-office.test',
      '--apply',
    ];
    const json = await cli([...args, '--json']);
    expect(json.code).toBe(4);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'PROFILE_LOCKED' } });
    const ja = await cli([...args, '--lang', 'ja']);
    expect(ja.stderr).toContain('Thunderbird を閉じてからやり直してください');
    expect(readdirSync(dir).some((name) => name.includes('mailwiz'))).toBe(false);
  });
});

const support = loopbackWorldSupport();

describe.skipIf(!support.ok)('mailwiz fix-client against the loopback world', () => {
  let world: LoopbackWorld;
  beforeAll(async () => {
    world = await startLoopbackWorld();
  }, 60_000);
  afterAll(async () => {
    await world?.stop();
  });

  it('shows the difference without --apply, applies with it, and undoes exactly', async () => {
    const prefsPath = path.join(dir, 'prefs.js');
    setPrefs(dir, OP25B_ACCOUNT3);
    const before = readFileSync(prefsPath);
    const base = [
      'fix-client',
      '--thunderbird-profile',
      dir,
      '--account',
      'hanako@op25b.test',
      '--password-stdin',
    ];
    const engine = ['--engine-config', world.configPath];
    const shown = await cli([...base, ...engine, '--lang', 'ja'], `${world.accounts.op25b.password}\n`);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('今の設定 → 正しい設定');
    expect(shown.stdout).toContain(
      '送信 (SMTP) サーバー › ポート番号: 25 → 465  — ポート 25 はプロバイダー（OCN）でふさがれています',
    );
    expect(shown.stdout).toContain('まだ何も書いていません');
    expect(readFileSync(prefsPath).equals(before)).toBe(true);
    const applied = await cli(
      [...base, ...engine, '--apply', '--json'],
      `${world.accounts.op25b.password}\n`,
    );
    expect(applied.code, applied.stderr).toBe(0);
    const result = JSON.parse(applied.stdout) as { applied: boolean; backupPath: string };
    expect(result.applied).toBe(true);
    expect(readFileSync(prefsPath, 'utf8')).toContain('user_pref("mail.smtpserver.smtp2.port", 465);');
    expect(readFileSync(prefsPath, 'utf8')).not.toContain(world.accounts.op25b.password);
    const undone = await cli(['fix-client', '--thunderbird-profile', dir, '--undo', result.backupPath]);
    expect(undone.code, undone.stderr).toBe(0);
    expect(readFileSync(prefsPath).equals(before)).toBe(true);
  }, 90_000);
});
