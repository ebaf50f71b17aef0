// `--trust-host` through the real bin, proven from the servers' side: without it an SRV target outside
// the domain gets no AUTH (and the human output says how to allow it); with it, exactly one per server.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosisResult } from '../../electron/shared/diagnosis-types.js';
import { cli } from '../helpers/cli-run.js';
import { startTrustWorld, TRUST_ACCOUNTS, type TrustWorld } from '../helpers/trust-world.js';

/** Runs a shell command under `script`, so that it has a terminal; returns what the terminal showed. */
function terminalRun(command: string, input: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, LANG: 'C', LC_ALL: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', () => resolve(output));
    child.stdin.end(input);
  });
}

describe('mailwiz diagnose --trust-host', () => {
  let world: TrustWorld;
  beforeAll(async () => {
    world = await startTrustWorld();
  });
  afterAll(async () => {
    await world?.stop();
  });
  const account = TRUST_ACCOUNTS.srvout;
  const base = () => [
    account.email,
    '--password-stdin',
    '--no-public-ip',
    '--engine-config',
    world.configPath,
  ];

  it('withholds the password from an SRV target outside the domain and says how to allow it', async () => {
    const before = world.logins('srvout');
    const run = await cli([...base(), '--lang', 'en'], `${account.password}\n`);
    expect(run.code).toBe(0);
    expect(world.logins('srvout')).toEqual(before);
    expect(run.stdout).toContain('the password was not sent to this server');
    expect(run.stdout).toContain('A DNS SRV record points to this server');
    expect(run.stderr).toContain(`--trust-host ${account.host}`);
    expect(run.stdout + run.stderr).not.toContain(account.password);
  });

  it('says the same in Japanese', async () => {
    const run = await cli([...base(), '--lang', 'ja'], `${account.password}\n`);
    expect(run.stdout).toContain('DNS の SRV レコードがこのサーバーを指しています');
    expect(run.stderr).toContain(`--trust-host ${account.host}`);
  });

  it('logs in once per server after --trust-host', async () => {
    const before = world.logins('srvout');
    const run = await cli([...base(), '--json', '--trust-host', account.host], `${account.password}\n`);
    expect(world.logins('srvout')).toEqual({ smtp: before.smtp + 1, imap: before.imap + 1 });
    const result = JSON.parse(run.stdout) as DiagnosisResult;
    expect(result.outgoing).toMatchObject({ host: account.host, verified: true, login: 'ok' });
    expect(result.incoming).toMatchObject({ host: account.host, verified: true, login: 'ok' });
    expect(result.findings.map((finding) => finding.code)).not.toContain('CREDENTIALS_WITHHELD');
  });

  it('asks y/N at an interactive terminal and logs in once per server after yes', async () => {
    const before = world.logins('srvout');
    // `script` gives the bin a terminal: the password line, end of input (Ctrl-D), then the answer.
    const command = [process.execPath, 'bin/mailwiz.mjs', 'diagnose', ...base(), '--lang', 'en']
      .map((word) => `'${word}'`)
      .join(' ');
    const run = await terminalRun(command, `${account.password}\n\x04y\n`);
    expect(run).toContain('Send the password to them and check the login? [y/N]');
    expect(world.logins('srvout')).toEqual({ smtp: before.smtp + 1, imap: before.imap + 1 });
  });

  it('takes anything but yes at the terminal as no', async () => {
    const before = world.logins('srvout');
    const command = [process.execPath, 'bin/mailwiz.mjs', 'diagnose', ...base(), '--lang', 'ja']
      .map((word) => `'${word}'`)
      .join(' ');
    const run = await terminalRun(command, `${account.password}\n\x04\n`);
    expect(run).toContain('[y/N]');
    expect(world.logins('srvout')).toEqual(before);
  });

  it('rejects a --trust-host that is not a host name', async () => {
    const run = await cli([account.email, '--json', '--trust-host', 'a b;c']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    const literal = await cli([account.email, '--json', '--trust-host', '127.0.0.1']);
    expect(literal.code).toBe(2);
  });
});
