// The `mailwiz diagnose` contract, through the real bin (bin/mailwiz.mjs, bundled on demand) in a child
// process: JSON shape, exit codes, human ja/en output, invalid input, and the password never echoed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli-run.js';
import { loopbackWorldSupport, startLoopbackWorld, type LoopbackWorld } from '../helpers/loopback-world.js';

describe('mailwiz diagnose: input errors', () => {
  it('rejects an invalid address with exit 2 and still prints one JSON object', async () => {
    const run = await cli(['not-an-address', '--json']);
    expect(run.code).toBe(2);
    const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      email: 'not-an-address',
      outgoing: null,
      incoming: null,
      findings: [],
      error: { code: 'INVALID_EMAIL', problem: 'NO_AT' },
    });
  });

  it('rejects an invalid IDN with a translated message', async () => {
    const run = await cli(['taro@xn--a.jp', '--lang', 'ja']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('日本語ドメイン名');
    const json = await cli(['taro@xn--a.jp', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'INVALID_IDN' } });
  });

  it('refuses --send-test-message without a password to log in with', async () => {
    const run = await cli(['taro@example.jp', '--send-test-message', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });

  it('documents --send-test-message in --help', async () => {
    const run = await cli(['--help', '--lang', 'en']);
    expect(run.stdout).toContain('--send-test-message');
  });

  it('rejects unknown flags with exit 2', async () => {
    const run = await cli(['taro@example.jp', '--frobnicate', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });
});

const support = loopbackWorldSupport();

describe.skipIf(!support.ok)('mailwiz diagnose against the loopback world', () => {
  let world: LoopbackWorld;
  beforeAll(async () => {
    world = await startLoopbackWorld();
  });
  afterAll(async () => {
    await world?.stop();
  });

  it('prints exactly one DiagnosisResult with --json and exits 0', async () => {
    const { email, password } = world.accounts.alpha;
    const run = await cli(
      [email, '--json', '--password-stdin', '--engine-config', world.configPath],
      `${password}\n`,
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(
      [
        'alternatives',
        'elapsedMs',
        'email',
        'findings',
        'hosting',
        'incoming',
        'isp',
        'outgoing',
        'probes',
        'status',
      ].sort(),
    );
    expect(result['status']).toBe('ok');
    expect(result['outgoing']).toMatchObject({ port: 465, security: 'tls', verified: true, login: 'ok' });
    expect(run.stdout + run.stderr).not.toContain(password);
  });

  it('sends the test message on request and reports its arrival', async () => {
    const { email, password } = world.accounts.alpha;
    const before = world.mailboxes[email]!.length;
    const run = await cli(
      [
        email,
        '--json',
        '--password-stdin',
        '--send-test-message',
        '--no-public-ip',
        '--engine-config',
        world.configPath,
      ],
      `${password}\n`,
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { findings: Array<{ code: string }> };
    expect(result.findings.map((finding) => finding.code)).toContain('TEST_MESSAGE_DELIVERED');
    expect(world.mailboxes[email]!.length - before).toBe(1);
    expect(run.stdout + run.stderr).not.toContain(password);
  });

  it('prints Japanese settings and findings, progress on stderr', async () => {
    const run = await cli([
      world.accounts.shared.email,
      '--lang',
      'ja',
      '--no-public-ip',
      '--engine-config',
      world.configPath,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('送信 (SMTP)');
    expect(run.stdout).toContain('sv1234.hosting.test');
    expect(run.stdout).toContain('同じサーバーの正式な名前');
    expect(run.stderr).toContain('サーバーに接続して確認しています');
  });

  it('exits 3 when no outgoing server is found', async () => {
    const run = await cli([
      'someone@nowhere.test',
      '--lang',
      'en',
      '--no-public-ip',
      '--engine-config',
      world.configPath,
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('No mail server was found');
  });
});
