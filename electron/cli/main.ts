// `mailwiz diagnose EMAIL [--json] [--password-stdin] [--username U] [--timeout-ms N] [--no-public-ip]
// [--send-test-message] [--trust-host HOST]... [--lang ja|en]`. Human output by default, progress on stderr; --json prints
// exactly one JSON object (the DiagnosisResult; on invalid input the same shape plus `error`).
// Exit: 0 outgoing setting found, 3 none found, 2 invalid input. The password is read from stdin only
// and never printed.
import { readFileSync } from 'node:fs';
import { domainToASCII } from 'node:url';
import { diagnose, type DiagnosisConfig } from '../diagnosis/index.js';
import { emptyDiagnosisResult, type DiagnosisRequest } from '../shared/diagnosis-types.js';
import { parseEmailAddress, type EmailProblem } from '../shared/email-address.js';
import { parseCli, defaultLang, type CliOptions } from './args.js';
import { isClientCommand, runClientCommand } from './client-command.js';
import { helpText, problemText, t, type Lang } from './messages.js';
import { progressLine, renderHuman, trustHint, withheldHosts } from './render.js';
import { readPassword } from './stdin-password.js';
import { askTrust } from './trust-question.js';

const EXIT_FOUND = 0;
const EXIT_BAD_INPUT = 2;
const EXIT_NOT_FOUND = 3;

function badInput(
  json: boolean,
  lang: Lang,
  email: string,
  code: string,
  detail: string,
  problem?: EmailProblem,
): number {
  if (json) {
    const error = { code, ...(problem ? { problem } : {}), message: detail };
    process.stdout.write(JSON.stringify({ ...emptyDiagnosisResult(email), error }) + '\n');
  } else {
    process.stderr.write(`mailwiz: ${detail}\n`);
  }
  return EXIT_BAD_INPUT;
}

function loadEngineConfig(file: string): DiagnosisConfig {
  return JSON.parse(readFileSync(file, 'utf8')) as DiagnosisConfig;
}

async function runDiagnose(options: CliOptions): Promise<number> {
  const { lang, json } = options;
  const parsed = parseEmailAddress(options.email, domainToASCII);
  if (!parsed.ok) {
    const code = parsed.problem === 'INVALID_IDN' ? 'INVALID_IDN' : 'INVALID_EMAIL';
    return badInput(
      json,
      lang,
      options.email,
      code,
      `${t(lang, 'invalidInput')}: ${problemText(lang, parsed.problem)}`,
      parsed.problem,
    );
  }
  let config: DiagnosisConfig | undefined;
  if (options.engineConfig !== undefined) {
    try {
      config = loadEngineConfig(options.engineConfig);
    } catch {
      return badInput(
        json,
        lang,
        options.email,
        'INVALID_INPUT',
        `cannot read engine config ${options.engineConfig}`,
      );
    }
  }
  const request: DiagnosisRequest = { email: options.email, publicIpLookup: options.publicIp, lang };
  if (options.passwordStdin) request.password = await readPassword();
  if (options.username !== undefined) request.username = options.username;
  if (options.timeoutMs !== undefined) request.timeoutMs = options.timeoutMs;
  if (options.sendTestMessage) request.sendTestMessage = true;
  if (options.trustHosts.length > 0) request.trustedHosts = options.trustHosts;

  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const run = (req: DiagnosisRequest) =>
    diagnose(req, {
      signal: controller.signal,
      config,
      onEvent: json
        ? undefined
        : (event) => {
            const line = progressLine(lang, event);
            if (line !== null) process.stderr.write(line + '\n');
          },
    });
  let result = await run(request);
  process.stdout.write(json ? JSON.stringify(result) + '\n' : '\n' + renderHuman(result, lang));
  if (!json && request.password !== undefined) {
    const hosts = withheldHosts(result);
    // Consent at the terminal checks again with those hosts trusted; without one, the hint says how.
    if (hosts.length > 0 && (await askTrust(hosts, lang))) {
      result = await run({ ...request, trustedHosts: [...(request.trustedHosts ?? []), ...hosts] });
      process.stdout.write('\n' + renderHuman(result, lang));
    } else {
      const hint = trustHint(result, lang);
      if (hint !== null) process.stderr.write(hint + '\n');
    }
  }
  return result.outgoing !== null ? EXIT_FOUND : EXIT_NOT_FOUND;
}

export async function main(argv: string[]): Promise<number> {
  if (isClientCommand(argv)) return runClientCommand(argv);
  const parsed = parseCli(argv);
  if (!parsed.ok) return badInput(parsed.json, parsed.lang, '', 'INVALID_INPUT', parsed.reason);
  if (parsed.options.command === 'help') {
    process.stdout.write(helpText(parsed.options.lang ?? defaultLang()));
    return 0;
  }
  return runDiagnose(parsed.options);
}

const exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  // Stable code only: an internal error must not leak request data (a password) into the output.
  process.stderr.write(
    `mailwiz: internal error (${(error as { code?: string } | null)?.code ?? (error as Error | null)?.name ?? 'unknown'})\n`,
  );
  return 1;
});
process.exitCode = exitCode;
