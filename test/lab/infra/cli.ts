// Runs the real MailWiz CLI on the office PC: `node bin/mailwiz.mjs diagnose EMAIL --json …` inside the
// office namespace, the password (if any) on stdin, and returns the parsed verdict with the wall time.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DiagnosisResult } from '../../../electron/shared/diagnosis-types.js';
import type { LabInfo } from './lab.js';
import { runInOffice } from './office.js';
import { repoFile } from './repo-paths.js';

export interface CliRun {
  exitCode: number | null;
  result: DiagnosisResult | null;
  stderr: string;
  stdout: string;
  /** Wall time of the whole CLI process, as a user waiting at the prompt experiences it. */
  ms: number;
}

export const CLI_ENTRY = 'bin/mailwiz.mjs';

/**
 * What the lab changes in the engine: no ISPDB and no public-IP service (both are on the real Internet,
 * which the lab never reaches for). Everything else — timeouts, resolver, trust — stays the product's.
 */
export const LAB_ENGINE_CONFIG = { ispdbBaseUrl: '', publicIpUrl: '' };

/** Null when the CLI can run; otherwise why not (the diagnosis engine is built in parallel to the lab). */
export function cliUnavailableReason(): string | null {
  return existsSync(repoFile(CLI_ENTRY)) ? null : `${CLI_ENTRY} does not exist yet`;
}

export interface DiagnoseOptions {
  password?: string;
  args?: string[];
  /** Engine settings handed over with --engine-config (written to a file in the lab directory). */
  engineConfig?: object;
  timeoutMs?: number;
}

let configCounter = 0;

export async function diagnoseInOffice(
  lab: LabInfo,
  email: string,
  options: DiagnoseOptions = {},
): Promise<CliRun> {
  const args = [repoFile(CLI_ENTRY), 'diagnose', email, '--json', '--no-public-ip', ...(options.args ?? [])];
  if (options.password !== undefined) args.push('--password-stdin');
  if (options.engineConfig) {
    const file = path.join(lab.dir, `engine-config-${process.pid}-${++configCounter}.json`);
    writeFileSync(file, JSON.stringify(options.engineConfig));
    args.push('--engine-config', file);
  }
  const run = await runInOffice(process.execPath, args, {
    caPath: lab.caPath,
    input: options.password !== undefined ? `${options.password}\n` : '',
    timeoutMs: options.timeoutMs ?? 90_000,
  });
  let result: DiagnosisResult | null;
  try {
    result = JSON.parse(run.stdout) as DiagnosisResult;
  } catch {
    result = null;
  }
  return { exitCode: run.code, result, stderr: run.stderr, stdout: run.stdout, ms: run.ms };
}
