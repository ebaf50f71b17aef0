// `mailwiz check-client` and `mailwiz fix-client`: shared plumbing (password from stdin, engine config,
// errors as one JSON object or one translated line) and the dispatch to the two commands.
// Exit: 0 done, 2 bad input (unknown profile, account or flag), 3 no verified settings for the account,
// 4 refused (Thunderbird is running, or prefs.js changed meanwhile).
import { readFileSync } from 'node:fs';
import { ClientError } from '../clients/index.js';
import type { DiagnosisConfig } from '../diagnosis/index.js';
import { runCheckClient } from './check-client.js';
import { CLIENT_EXIT, parseClientCli, writeJson, type ClientRun } from './client-args.js';
import { clientErrorText, ct } from './client-messages.js';
import { runFixClient } from './fix-client.js';
import type { Lang } from './messages.js';
import { readPassword } from './stdin-password.js';

const REFUSALS = new Set(['PROFILE_LOCKED', 'PROFILE_LOCK_UNKNOWN', 'PREFS_CHANGED']);

export function isClientCommand(argv: string[]): boolean {
  return argv[0] === 'check-client' || argv[0] === 'fix-client';
}

function fail(json: boolean, lang: Lang, code: string, message: string, detail = {}): void {
  if (json) writeJson({ error: { code, ...detail, message } });
  else process.stderr.write(`mailwiz: ${message}\n`);
}

export async function runClientCommand(argv: string[]): Promise<number> {
  const parsed = parseClientCli(argv);
  if (!parsed.ok) {
    fail(parsed.json, parsed.lang, 'INVALID_INPUT', `${parsed.reason}\n${ct(parsed.lang, 'usage')}`);
    return CLIENT_EXIT.badInput;
  }
  const { options } = parsed;
  let config: DiagnosisConfig | undefined;
  if (options.engineConfig !== undefined) {
    try {
      config = JSON.parse(readFileSync(options.engineConfig, 'utf8')) as DiagnosisConfig;
    } catch {
      fail(options.json, options.lang, 'INVALID_INPUT', `cannot read engine config ${options.engineConfig}`);
      return CLIENT_EXIT.badInput;
    }
  }
  const password = options.passwordStdin ? await readPassword() : undefined;
  const run: ClientRun = { options, password, config };
  try {
    return options.command === 'check-client' ? await runCheckClient(run) : await runFixClient(run);
  } catch (error) {
    if (!(error instanceof ClientError)) throw error;
    fail(options.json, options.lang, error.code, clientErrorText(options.lang, error.code), error.detail);
    return REFUSALS.has(error.code) ? CLIENT_EXIT.refused : CLIENT_EXIT.badInput;
  }
}
