// Repairing the mail program staff already have, proven with the real Thunderbird behind the ISP that
// blocks port 25: Thunderbird's own account manager creates a profile whose account sends on 25 without
// AUTH (through an outgoing server shared with a second account) and reads mail over plain IMAP;
// `mailwiz check-client` reads it and shows the difference, `fix-client` refuses while Thunderbird runs
// and then applies the fix; Thunderbird on the repaired profile logs in to IMAP over TLS (Dovecot's log)
// and sends with AUTH on 465 (Postfix's log); the backup restores the old prefs.js exactly.
import { existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClientDiagnosis, ClientFixPreview } from '../../electron/shared/client-types.js';
import { CLI_ENTRY, LAB_ENGINE_CONFIG } from './infra/cli.js';
import { setPort25Policy } from './infra/isp.js';
import { markLog, readSince } from './infra/logs.js';
import { runInOffice } from './infra/office.js';
import { repoFile } from './infra/repo-paths.js';
import { waitUntil } from './infra/shell.js';
import { createProfile, startThunderbird, THUNDERBIRD_BINARY } from './infra/thunderbird.js';
import { createBrokenAccounts, proveAccount } from './infra/thunderbird-accounts.js';

const lab = inject('lab');
const EMAIL = 'taro@corp.test';
const profile = path.join(lab.dir, 'tb-repair-profile');
const prefsPath = path.join(profile, 'prefs.js');

async function mailwiz(args: string[], password?: string) {
  const config = path.join(lab.dir, 'repair-engine-config.json');
  writeFileSync(config, JSON.stringify(LAB_ENGINE_CONFIG));
  const argv = [repoFile(CLI_ENTRY), ...args, '--json', '--no-public-ip', '--engine-config', config];
  if (password !== undefined) argv.push('--password-stdin');
  const run = await runInOffice(process.execPath, argv, {
    caPath: lab.caPath,
    input: password !== undefined ? `${password}\n` : '',
    timeoutMs: 120_000,
  });
  let json: Record<string, unknown> | null;
  try {
    json = JSON.parse(run.stdout) as Record<string, unknown>;
  } catch {
    json = null;
  }
  return { ...run, json };
}

/** prefs.js lines outside what the fix may touch: account1's server, id1's SMTP choice, the new server. */
function untouched(text: string, clonedKey: string): string[] {
  const touched = new RegExp(
    `mail\\.server\\.server1\\.|mail\\.identity\\.id1\\.smtpServer|mail\\.smtpserver\\.${clonedKey}\\.|"mail\\.smtpservers"`,
  );
  return text.split('\n').filter((line) => !touched.test(line));
}

beforeAll(async () => {
  setPort25Policy('drop');
  createProfile(profile, '', lab.caPath);
  await createBrokenAccounts(lab, profile);
}, 120_000);
afterAll(() => setPort25Policy('open'));

describe('repairing a real Thunderbird profile behind an ISP that blocks port 25', () => {
  let report: ClientDiagnosis | null = null;
  let before: Buffer = Buffer.alloc(0);
  let backupPath = '';
  let clonedKey = '';

  it('Thunderbird wrote the broken account itself', () => {
    expect(existsSync(THUNDERBIRD_BINARY), 'apt-get install thunderbird').toBe(true);
    const prefs = readFileSync(prefsPath, 'utf8');
    expect(prefs).toContain('user_pref("mail.smtpserver.smtp1.port", 25);');
    expect(prefs).toContain('user_pref("mail.identity.id2.smtpServer", "smtp1");');
  });

  it('check-client reads the account, probes it as configured and lists only what changes', async () => {
    const run = await mailwiz(
      ['check-client', '--thunderbird-profile', profile, '--account', EMAIL],
      lab.password,
    );
    expect(run.code, run.stderr).toBe(0);
    report = run.json?.['report'] as ClientDiagnosis;
    console.log(`[repair] checks ${JSON.stringify(report.checks.map((c) => [c.side, c.status, c.reason]))}`);
    const outgoing = report.checks.find((c) => c.side === 'outgoing');
    expect(outgoing).toMatchObject({ status: 'fails', reason: { code: 'PORT25_BLOCKED' } });
    expect(report.verdict).toBe('CHANGES_NEEDED');
    const summary = report.changes.map((c) => [c.side, c.field, c.from, c.to, c.reason.code]);
    console.log(`[repair] changes ${JSON.stringify(summary)}`);
    expect(summary).toEqual([
      ['incoming', 'port', 143, 993, 'NOT_ENCRYPTED'],
      ['incoming', 'security', 'none', 'tls', 'NOT_ENCRYPTED'],
      ['outgoing', 'port', 25, 465, 'PORT25_BLOCKED'],
      ['outgoing', 'security', 'none', 'tls', 'NOT_ENCRYPTED'],
      ['outgoing', 'auth', 'none', 'password', 'SUBMISSION_NEEDS_AUTH'],
      ['outgoing', 'username', null, EMAIL, 'SUBMISSION_NEEDS_AUTH'],
    ]);
    expect(report.changes[2]!.label.ja).toBe('送信 (SMTP) サーバー › ポート番号');
  });

  it('fix-client refuses while Thunderbird has the profile open, and writes nothing', async () => {
    const thunderbird = startThunderbird(profile, path.join(lab.dir, 'tb-repair-locked.log'));
    try {
      waitUntil('Thunderbird to lock the profile', () => {
        try {
          return lstatSync(path.join(profile, 'lock')).isSymbolicLink();
        } catch {
          return false;
        }
      }, 30_000); // prettier-ignore
      const bytes = readFileSync(prefsPath);
      const run = await mailwiz([
        'fix-client',
        '--thunderbird-profile',
        profile,
        '--account',
        EMAIL,
        '--apply',
      ]);
      expect(run.code, run.stdout + run.stderr).toBe(4);
      expect(run.json).toMatchObject({ error: { code: 'PROFILE_LOCKED' } });
      expect(readFileSync(prefsPath).equals(bytes)).toBe(true);
    } finally {
      thunderbird.stop();
    }
  });

  it('fix-client --apply backs up prefs.js and changes only this account, cloning the shared server', async () => {
    before = readFileSync(prefsPath);
    const run = await mailwiz(
      ['fix-client', '--thunderbird-profile', profile, '--account', EMAIL, '--apply'],
      lab.password,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.json?.['applied']).toBe(true);
    const fix = run.json?.['fix'] as ClientFixPreview;
    backupPath = String(run.json?.['backupPath']);
    clonedKey = fix.clonedSmtpKey ?? '';
    expect(clonedKey).toBe('smtp2');
    expect(readFileSync(backupPath).equals(before)).toBe(true);
    const after = readFileSync(prefsPath, 'utf8');
    expect(untouched(after, clonedKey)).toEqual(untouched(before.toString('utf8'), clonedKey));
    expect(after).toContain('user_pref("mail.smtpserver.smtp1.port", 25);');
    expect(after).toContain(`user_pref("mail.identity.id1.smtpServer", "${clonedKey}");`);
    expect(after).toContain(`user_pref("mail.smtpserver.${clonedKey}.port", 465);`);
    expect(after).not.toContain(lab.password);
  });

  it('real Thunderbird on the repaired profile logs in to IMAP over TLS and sends with AUTH', async () => {
    const dovecot = markLog(lab.logs.dovecotHost1);
    const postfix = markLog(lab.logs.postfixHost1);
    const proof = await proveAccount(lab, profile, EMAIL);
    console.log(`[repair] thunderbird ${JSON.stringify(proof)}`);
    if (proof.smtpStatus !== 0) console.log(`[repair] postfix log:\n${readSince(postfix)}`);
    expect(proof).toMatchObject({
      imapStatus: 0,
      smtpStatus: 0,
      smtpKey: clonedKey,
      smtpPort: 465,
      smtpSocketType: 3,
    });
    waitUntil(
      'Dovecot to log the login',
      () => /Login: user=<taro@corp\.test>/.test(readSince(dovecot)),
      10_000,
    );
    const login =
      readSince(dovecot)
        .split('\n')
        .find((line) => /imap-login: .*Login: user=<taro@corp\.test>/.test(line)) ?? '';
    console.log(`[repair] dovecot ${login}`);
    expect(login).toMatch(/lport=993\b/);
    expect(login).toMatch(/TLS/);
    const delivered = /to=<proof@sink\.test>.*status=sent/;
    waitUntil('Postfix to deliver the message', () => delivered.test(readSince(postfix)), 10_000);
    const log = readSince(postfix).split('\n');
    const auth = log.find((line) => /sasl_method=\w+, sasl_username=taro@corp\.test/.test(line)) ?? '';
    const queueId = /\]: ([0-9A-F]+): client=/.exec(auth)?.[1] ?? 'none';
    const sent = log.find((line) => line.includes(`${queueId}: to=<proof@sink.test>`)) ?? '';
    console.log(`[repair] postfix ${auth}\n[repair] postfix ${sent}`);
    // One queued message: received after AUTH (offered only on 465 and 587, never on 25), then sent.
    expect(auth).not.toBe('');
    expect(sent).toMatch(/status=sent/);
    expect(log.some((line) => /TLS connection established from unknown\[10\.77\.1\.2\]/.test(line))).toBe(
      true,
    );
  });

  it('undo restores the old prefs.js byte for byte', async () => {
    const run = await mailwiz(['fix-client', '--thunderbird-profile', profile, '--undo', backupPath]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(prefsPath).equals(before)).toBe(true);
    expect(report).not.toBeNull();
  });
});
