// Runs programs on the office PC (inside the office namespace) the way a user's machine would: system
// resolver via the namespace's resolv.conf, the lab CA trusted through NODE_EXTRA_CA_CERTS.
import { spawn } from 'node:child_process';
import { NS } from './addresses.js';
import { REPO_ROOT, repoFile } from './repo-paths.js';

export interface OfficeRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the child process, start to exit. */
  ms: number;
}

export function runInOffice(
  command: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; caPath: string; timeoutMs?: number },
): Promise<OfficeRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('ip', ['netns', 'exec', NS.office, command, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_EXTRA_CA_CERTS: options.caPath, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
    child.stdin.end(options.input ?? '');
  });
}

export interface NetCheck {
  result: 'ok' | 'refused' | 'timeout' | 'error' | 'starttls-refused';
  ms: number;
  protocol?: string;
  subjectaltname?: string;
  capabilities?: string;
  reply?: string;
  code?: string;
}

export type NetCheckMode = 'tcp' | 'tls' | 'starttls-smtp' | 'starttls-imap';

export async function netCheck(
  caPath: string,
  mode: NetCheckMode,
  host: string,
  port: number,
  timeoutMs = 3000,
): Promise<NetCheck> {
  const run = await runInOffice(
    process.execPath,
    [repoFile('test/lab/clients/net-check.mjs'), mode, host, String(port), String(timeoutMs)],
    { caPath },
  );
  try {
    return JSON.parse(run.stdout) as NetCheck;
  } catch {
    throw new Error(`net-check ${mode} ${host}:${port} printed no result: ${run.stderr}`);
  }
}

export async function nodeEval<T>(caPath: string, moduleSource: string): Promise<T> {
  const run = await runInOffice(process.execPath, ['--input-type=module', '-e', moduleSource], { caPath });
  if (run.code !== 0) throw new Error(`office script failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/**
 * Dovecot's anvil keeps an auth penalty per client IP after failed logins (2 s, doubling, up to 15 s)
 * until one login from that IP succeeds. After a scenario that fails logins on purpose, one good login
 * clears it, so the next scenario's time is its own.
 */
export async function clearAuthPenalty(caPath: string, password: string): Promise<void> {
  const run = await runInOffice(
    process.execPath,
    [repoFile('test/lab/clients/imap-login.mjs'), 'mail.corp.test', '993', 'taro@corp.test'],
    { caPath, input: password, timeoutMs: 30_000 },
  );
  if (!run.stdout.includes('"ok"'))
    throw new Error(`could not clear Dovecot's auth penalty: ${run.stdout}${run.stderr}`);
}
