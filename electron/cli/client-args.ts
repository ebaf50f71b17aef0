// Command-line parsing for `check-client` and `fix-client`. Unknown flags are an input error (exit 2).
import { parseArgs } from 'node:util';
import type { DiagnosisConfig } from '../diagnosis/index.js';
import { cliLanguage, SHARED_OPTIONS } from './args.js';
import type { Lang } from './messages.js';

export interface ClientCliOptions {
  command: 'check-client' | 'fix-client';
  profile: string | undefined;
  account: string | undefined;
  passwordStdin: boolean;
  apply: boolean;
  undo: string | undefined;
  json: boolean;
  lang: Lang;
  publicIp: boolean;
  timeoutMs: number | undefined;
  engineConfig: string | undefined;
}

export const CLIENT_EXIT = { ok: 0, badInput: 2, noVerified: 3, refused: 4 } as const;

/** A parsed command with what it needs to run. */
export interface ClientRun {
  options: ClientCliOptions;
  password: string | undefined;
  config: DiagnosisConfig | undefined;
}

export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}

export type ParsedClientCli =
  { ok: true; options: ClientCliOptions } | { ok: false; reason: string; json: boolean; lang: Lang };

export function parseClientCli(argv: string[], env: NodeJS.ProcessEnv = process.env): ParsedClientCli {
  const json = argv.includes('--json');
  const { lang, invalid: invalidLang } = cliLanguage(argv, env);
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...SHARED_OPTIONS,
        'thunderbird-profile': { type: 'string' },
        account: { type: 'string' },
        apply: { type: 'boolean' },
        undo: { type: 'string' },
      },
    }));
  } catch (error) {
    return { ok: false, reason: (error as Error).message, json, lang };
  }
  if (invalidLang) return { ok: false, reason: '--lang must be ja or en', json, lang };
  const [command, ...extra] = positionals;
  if (command !== 'check-client' && command !== 'fix-client')
    return { ok: false, reason: `unknown command: ${command ?? ''}`, json, lang };
  if (extra.length > 0) return { ok: false, reason: `unexpected argument: ${extra[0]}`, json, lang };
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const options: ClientCliOptions = {
    command,
    profile: str('thunderbird-profile'),
    account: str('account'),
    passwordStdin: values['password-stdin'] === true,
    apply: values['apply'] === true,
    undo: str('undo'),
    json,
    lang,
    publicIp: values['no-public-ip'] !== true,
    timeoutMs: undefined,
    engineConfig: str('engine-config'),
  };
  if (values['timeout-ms'] !== undefined) {
    const ms = Number(values['timeout-ms']);
    if (!Number.isInteger(ms) || ms < 1000 || ms > 300_000)
      return { ok: false, reason: '--timeout-ms must be an integer from 1000 to 300000', json, lang };
    options.timeoutMs = ms;
  }
  if (command === 'check-client' && (options.apply || options.undo !== undefined))
    return { ok: false, reason: '--apply and --undo belong to fix-client', json, lang };
  if (command === 'fix-client') {
    if (options.profile === undefined)
      return { ok: false, reason: 'fix-client needs --thunderbird-profile DIR', json, lang };
    if (options.undo !== undefined && (options.account !== undefined || options.apply))
      return { ok: false, reason: '--undo takes no --account or --apply', json, lang };
    if (options.undo === undefined && options.account === undefined)
      return { ok: false, reason: 'fix-client needs --account EMAIL (or --undo BACKUP)', json, lang };
  }
  return { ok: true, options };
}
