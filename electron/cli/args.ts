// Command-line parsing for `mailwiz diagnose`. Unknown flags are an input error (exit 2), never ignored.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { normalizeHost } from '../probe/index.js';
import { isLang, type Lang } from '../shared/languages.js';

export interface CliOptions {
  command: 'diagnose' | 'help';
  email: string;
  json: boolean;
  passwordStdin: boolean;
  username: string | undefined;
  timeoutMs: number | undefined;
  publicIp: boolean;
  /** Send one message to the user's own address and look for it in the inbox (needs the password). */
  sendTestMessage: boolean;
  /** Hosts outside the trust rule the person allows to receive the password (--trust-host, repeatable). */
  trustHosts: string[];
  lang: Lang;
  /** Hidden, for tests and the lab: a DiagnosisConfig JSON file. */
  engineConfig: string | undefined;
}

export type ParsedCli =
  { ok: true; options: CliOptions } | { ok: false; reason: string; json: boolean; lang: Lang };

export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const fromEnv = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  if (fromEnv !== '') return /^ja/i.test(fromEnv) ? 'ja' : 'en';
  return /^ja/i.test(Intl.DateTimeFormat().resolvedOptions().locale) ? 'ja' : 'en';
}

/**
 * The output language, read before the rest of the arguments so that even a parse error is reported in
 * it: `--lang ja|en` (or `--lang=`), else the locale. `invalid` when --lang names another language.
 * Every mailwiz command parses it here.
 */
export function cliLanguage(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): { lang: Lang; invalid: boolean } {
  const langIndex = argv.indexOf('--lang');
  const langArg =
    langIndex >= 0 ? argv[langIndex + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice(7);
  return {
    lang: isLang(langArg) ? langArg : defaultLang(env),
    invalid: langArg !== undefined && !isLang(langArg),
  };
}

/** The flags every mailwiz command takes (diagnose here, check-client / fix-client in client-args.ts). */
export const SHARED_OPTIONS = {
  json: { type: 'boolean' },
  'password-stdin': { type: 'boolean' },
  'timeout-ms': { type: 'string' },
  'no-public-ip': { type: 'boolean' },
  lang: { type: 'string' },
  'engine-config': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): ParsedCli {
  const json = argv.includes('--json');
  const { lang, invalid: invalidLang } = cliLanguage(argv, env);
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...SHARED_OPTIONS,
        username: { type: 'string' },
        'send-test-message': { type: 'boolean' },
        'trust-host': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, reason: (error as Error).message, json, lang };
  }
  if (invalidLang) return { ok: false, reason: '--lang must be ja or en', json, lang };
  const [command = 'help', email = '', ...extra] = positionals;
  if (values['help'] === true || command === 'help') {
    return {
      ok: true,
      options: {
        command: 'help',
        email: '',
        json,
        passwordStdin: false,
        username: undefined,
        timeoutMs: undefined,
        publicIp: true,
        sendTestMessage: false,
        trustHosts: [],
        lang,
        engineConfig: undefined,
      },
    };
  }
  if (command !== 'diagnose') return { ok: false, reason: `unknown command: ${command}`, json, lang };
  if (extra.length > 0) return { ok: false, reason: `unexpected argument: ${extra[0]}`, json, lang };
  let timeoutMs: number | undefined;
  if (values['timeout-ms'] !== undefined) {
    timeoutMs = Number(values['timeout-ms']);
    if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 600_000)
      return { ok: false, reason: '--timeout-ms must be an integer from 100 to 600000', json, lang };
  }
  const sendTestMessage = values['send-test-message'] === true;
  if (sendTestMessage && values['password-stdin'] !== true)
    return { ok: false, reason: '--send-test-message needs --password-stdin', json, lang };
  const trustHosts = trustedHostList(values['trust-host']);
  if (typeof trustHosts === 'string') return { ok: false, reason: trustHosts, json, lang };
  return {
    ok: true,
    options: {
      command: 'diagnose',
      email,
      json,
      passwordStdin: values['password-stdin'] === true,
      username: typeof values['username'] === 'string' ? values['username'] : undefined,
      timeoutMs,
      publicIp: values['no-public-ip'] !== true,
      sendTestMessage,
      trustHosts,
      lang,
      engineConfig: typeof values['engine-config'] === 'string' ? values['engine-config'] : undefined,
    },
  };
}

const MAX_TRUSTED_HOSTS = 20;

/** --trust-host values as A-label host names, or the reason they are not acceptable. */
function trustedHostList(raw: string | boolean | string[] | undefined): string[] | string {
  const given = Array.isArray(raw) ? raw : [];
  if (given.length > MAX_TRUSTED_HOSTS) return `--trust-host may be given at most ${MAX_TRUSTED_HOSTS} times`;
  const hosts: string[] = [];
  for (const value of given) {
    try {
      const host = normalizeHost(value);
      if (host.ipFamily !== 0) return `--trust-host needs a host name, not an address: ${value}`;
      hosts.push(host.name);
    } catch {
      return `--trust-host: not a valid host name: ${value}`;
    }
  }
  return [...new Set(hosts)];
}
