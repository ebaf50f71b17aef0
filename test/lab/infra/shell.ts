// Synchronous process helpers for the lab. Synchronous on purpose: teardown must also work from an
// 'exit' handler or a signal handler, where nothing asynchronous runs any more.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export function run(
  command: string,
  args: string[],
  options: { input?: string; allowFail?: boolean } = {},
): string {
  try {
    return execFileSync(command, args, {
      input: options.input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 30_000,
    });
  } catch (error) {
    if (options.allowFail) return '';
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`lab: ${command} ${args.join(' ')} failed: ${stderr.trim() || String(error)}`, {
      cause: error,
    });
  }
}

export function inNamespace(
  ns: string,
  command: string,
  args: string[],
  options: { allowFail?: boolean } = {},
): string {
  return run('ip', ['netns', 'exec', ns, command, ...args], options);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
export function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** True while the process runs; a zombie (exited, not yet reaped by a busy parent) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/**
 * Starts a long-running program inside a namespace, detached into its own process group and logging
 * to a file. `ip netns exec` execs the program, so the returned pid is the program's own.
 */
export function spawnInNamespace(
  ns: string,
  command: string,
  args: string[],
  options: { logFile: string; env?: NodeJS.ProcessEnv; cwd?: string },
): number {
  const log = openSync(options.logFile, 'a');
  try {
    const child = spawn('ip', ['netns', 'exec', ns, command, ...args], {
      detached: true,
      stdio: ['ignore', log, log],
      env: options.env ?? process.env,
      cwd: options.cwd,
    });
    child.unref();
    if (child.pid === undefined) throw new Error(`lab: could not start ${command} in ${ns}`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

/** Polls a synchronous condition; throws with the description when it never holds. */
export function waitUntil(description: string, condition: () => boolean, timeoutMs = 15_000): void {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`lab: timed out waiting for ${description}`);
    sleepSync(50);
  }
}
