// Runs the real `mailwiz` bin (bin/mailwiz.mjs, bundled on demand) in a child process.
import { spawn } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve('bin/mailwiz.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `mailwiz diagnose ARGS`. */
export function cli(args: string[], stdin = ''): Promise<CliRun> {
  return mailwiz(['diagnose', ...args], stdin);
}

/** `mailwiz ARGS` (any command). */
export function mailwiz(args: string[], stdin = ''): Promise<CliRun> {
  return new Promise((resolve) => {
    // No LANG from the developer's shell: tests choose the language explicitly.
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, LANG: 'C', LC_ALL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
