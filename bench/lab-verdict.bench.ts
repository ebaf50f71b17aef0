// Time to a verified verdict in the network lab, on an office line behind an ISP that silently drops
// port 25 (OP25B) with 50 ms added each way by the NFQUEUE delayer (RTT ≈ 100 ms). The domain bench.test
// is built so that guessing hurts the way it does in the field: its MX smtp.bench.test is an inbound-only
// relay (25 open, 465/587 closed), the mail server is mail.bench.test.
// Figures per run: MailWiz (`mailwiz diagnose --json` with the password, engine time from its JSON and
// the CLI's wall time), the physical limit (round trips the winning probes need × the measured RTT), and
// two baselines measured in the same run: nodemailer verify() tried sequentially in Thunderbird's guess
// order (smtp./mail./bare × 465 SSL, 587 STARTTLS, 25 STARTTLS, 587 plain, 25 plain) with nodemailer's
// default timeouts (2 min connect: each dropped port-25 try costs that) and with 10 s timeouts.
// BENCH_QUICK=1 skips the default-timeout baseline (about four minutes per run).
// Needs root and the lab's apt packages; the lab is started once for all runs and removed in teardown().
import type {
  DiagnosisResult,
  IncomingSetting,
  OutgoingSetting,
} from '../electron/shared/diagnosis-types.js';
import { diagnoseInOffice, LAB_ENGINE_CONFIG } from '../test/lab/infra/cli.js';
import type { LabInfo } from '../test/lab/infra/lab.js';
import type { BenchFigure } from './bench-types.js';
import {
  ensureLab,
  measureRtt,
  ONE_WAY_DELAY_MS,
  runOfficeScript,
  stopBenchLab,
  thunderbirdBaseline,
  THUNDERBIRD_TIMEOUT_MS,
} from './lab-support.js';

const EMAIL = 'ben@bench.test';
const DOMAIN = 'bench.test';

export const NOTES =
  'Network lab, office behind an ISP that drops port 25, 50 ms added each way (NFQUEUE). bench.test: MX ' +
  'smtp.bench.test accepts only port 25, the mail server is mail.bench.test. MailWiz = engine time from ' +
  '`mailwiz diagnose --json` with the password (both servers verified). Physical limit = round trips to ' +
  'verify the chosen settings (DNS, TCP, TLS, greeting, then EHLO+AUTH for SMTP / LOGIN for IMAP) × measured ' +
  "RTT. Baselines: nodemailer verify() one after another in Thunderbird's guess order (smtp./mail./bare × " +
  '465 SSL, 587 STARTTLS, 25 STARTTLS, 587 plain, 25 plain), stopping at the first success; the two dropped ' +
  'port-25 tries cost 2 × 10 s or 2 × 120 s (nodemailer default). Where the round trips go: ' +
  "`smtp_probe_rtts` / `imap_probe_rtts` = the chosen probes' own time (each carries its login, its " +
  'goodbye is answered in the background) in measured RTTs, against 5 (TCP, TLS, greeting, EHLO, AUTH) and ' +
  '4 (TCP, TLS, greeting, LOGIN) round trips; `outside_probes_ms` = engine time outside the slower probe ' +
  '(the first DNS wave, about one RTT, then settling and the verdict). `lab.phase.*` = each phase of ' +
  "the product's probe() run from the office PC as a client that already knows the answer (DNS, then " +
  '465 or 993 with the login), in RTTs; `known_answer_ms` is that 465 probe in all, the fastest any client ' +
  "can verify this server. Postfix's greeting on 465 takes about 2.4 RTT instead of 1: Postfix writes its " +
  "220 right after the TLS 1.3 session tickets, and Nagle's algorithm on the server holds it until the " +
  "client's delayed ACK of the tickets (Linux: about 40 ms) has come back (with TLS 1.2 the same happens " +
  "after the server's Finished). The client may not speak before the greeting (RFC 5321 §3.1; Postfix " +
  "rejects early talkers), so those 1.4 RTT are the server's. Dovecot's greeting on 993 comes one RTT " +
  'after the handshake, with the capabilities in it. EHLO and AUTH are not pipelined: RFC 2920 requires ' +
  'EHLO to end a pipelined group, and Postfix 3.9+ (smtpd_forbid_unauth_pipelining) disconnects clients ' +
  'that do not.';

export function teardown(): void {
  stopBenchLab();
}

/**
 * Round trips a client that knows only the address needs to prove a setting, each request/response one
 * RTT: DNS 1, TCP 1, TLS 1.3 1, the server's greeting 1 (it speaks only once the handshake is done), then
 * the protocol's commands — SMTP: EHLO, AUTH (STARTTLS adds EHLO, STARTTLS and the handshake before
 * them); IMAP: LOGIN; POP3: USER, PASS.
 */
export function roundTripsToVerify(
  setting: OutgoingSetting | IncomingSetting,
  protocol: 'smtp' | 'imap' | 'pop3',
): number {
  const connect = 3; // DNS, TCP, greeting
  const tls = setting.security === 'none' ? 0 : 1;
  const upgrade = setting.security === 'starttls' ? (protocol === 'smtp' ? 2 : 1) : 0; // (EHLO +) STARTTLS
  const login = { smtp: 2, imap: 1, pop3: 2 }[protocol];
  return connect + tls + upgrade + login;
}

async function sequentialBaseline(current: LabInfo, timeoutMs: number | null): Promise<number> {
  const run = await thunderbirdBaseline(current, DOMAIN, {
    user: EMAIL,
    password: current.password,
    timeoutMs,
  });
  if (!run.winner) throw new Error(`the baseline found no working server: ${JSON.stringify(run)}`);
  return run.elapsedMs;
}

/**
 * Where the round trips go: the chosen probes' own time in RTTs (each carries its login), and the
 * engine time outside the slower of them (DNS before the probes, settling and the verdict after).
 */
function breakdown(result: DiagnosisResult, rtt: number, mailwizMs: number): BenchFigure[] {
  const chosen = (setting: OutgoingSetting | IncomingSetting | null) =>
    result.probes.find(
      (probe) =>
        setting !== null &&
        probe.host === setting.host &&
        probe.port === setting.port &&
        probe.security === setting.security &&
        probe.result === 'ok',
    )?.ms ?? 0;
  const smtpMs = chosen(result.outgoing);
  const imapMs = chosen(result.incoming);
  return [
    { name: 'lab.verdict.smtp_probe_rtts', value: smtpMs / rtt, unit: 'x' },
    { name: 'lab.verdict.imap_probe_rtts', value: imapMs / rtt, unit: 'x' },
    { name: 'lab.verdict.outside_probes_ms', value: mailwizMs - Math.max(smtpMs, imapMs), unit: 'ms' },
  ];
}

const PHASES = ['dns', 'connect', 'tls', 'greeting', 'capabilities', 'auth'] as const;

interface PhaseLine {
  protocol: 'smtp' | 'imap';
  outcome: string;
  auth?: string;
  ms: Partial<Record<(typeof PHASES)[number] | 'total', number>>;
}

/** The probe of a client that knows the answer, phase by phase (the second of two, caches warm). */
async function knownAnswerFigures(current: LabInfo, rtt: number, mailwizMs: number): Promise<BenchFigure[]> {
  const lines = await runOfficeScript<PhaseLine>(current, 'probe-phases', `${current.password}\n`);
  const figures: BenchFigure[] = [];
  for (const protocol of ['smtp', 'imap'] as const) {
    const last = lines.filter((line) => line.protocol === protocol).at(-1);
    if (last?.outcome !== 'ok' || last.auth !== 'ok')
      throw new Error(`the known-answer ${protocol} probe did not log in: ${JSON.stringify(lines)}`);
    const port = protocol === 'smtp' ? 465 : 993;
    for (const phase of PHASES)
      figures.push({
        name: `lab.phase.${protocol}${port}.${phase}_rtts`,
        value: (last.ms[phase] ?? 0) / rtt,
        unit: 'x',
      });
    if (protocol === 'smtp') {
      const knownMs = last.ms.total ?? 0;
      figures.push(
        { name: 'lab.verdict.known_answer_ms', value: knownMs, unit: 'ms' },
        { name: 'lab.verdict.mailwiz_vs_known_answer', value: mailwizMs / knownMs, unit: 'x' },
      );
    }
  }
  return figures;
}

export default async function labVerdictBench(): Promise<BenchFigure[]> {
  const current = ensureLab();
  const rtt = await measureRtt(current);
  const run = await diagnoseInOffice(current, EMAIL, {
    password: current.password,
    engineConfig: LAB_ENGINE_CONFIG,
  });
  const { outgoing, incoming } = run.result ?? {};
  if (!outgoing?.verified || !incoming?.verified) {
    throw new Error(
      `MailWiz did not reach a verified verdict: exit ${run.exitCode} ${run.stdout.slice(0, 400)} ${run.stderr.slice(-400)}`,
    );
  }
  const mailwizMs = run.result?.elapsedMs ?? run.ms;
  const trips = Math.max(
    roundTripsToVerify(outgoing, 'smtp'),
    roundTripsToVerify(incoming, incoming.protocol),
  );
  const limitMs = trips * rtt;
  const [tenSecondMs, defaultMs] = await Promise.all([
    sequentialBaseline(current, THUNDERBIRD_TIMEOUT_MS),
    process.env['BENCH_QUICK'] === '1' ? Promise.resolve(null) : sequentialBaseline(current, null),
  ]);
  const figures: BenchFigure[] = [
    { name: 'lab.rtt_ms', value: rtt, unit: 'ms', target: `≈ ${2 * ONE_WAY_DELAY_MS} ms (50 ms each way)` },
    { name: 'lab.verdict.physical_limit_ms', value: limitMs, unit: 'ms' },
    {
      name: 'lab.verdict.mailwiz_ms',
      value: mailwizMs,
      unit: 'ms',
      target: `≤ ${Math.round(2 * limitMs + 300)} ms (2 × limit + 300)`,
    },
    { name: 'lab.verdict.mailwiz_cli_wall_ms', value: run.ms, unit: 'ms' },
    { name: 'lab.verdict.mailwiz_vs_limit', value: mailwizMs / limitMs, unit: 'x', target: '≤ 1.3 x' },
    ...breakdown(run.result!, rtt, mailwizMs),
    ...(await knownAnswerFigures(current, rtt, mailwizMs)),
    { name: 'lab.baseline.tb_order_10s_timeouts_ms', value: tenSecondMs, unit: 'ms' },
    {
      name: 'lab.verdict.speedup_vs_10s_baseline',
      value: tenSecondMs / mailwizMs,
      unit: 'x',
      target: '≥ 10 x',
    },
  ];
  if (defaultMs !== null) {
    figures.push(
      { name: 'lab.baseline.tb_order_default_timeouts_ms', value: defaultMs, unit: 'ms' },
      { name: 'lab.verdict.speedup_vs_default_baseline', value: defaultMs / mailwizMs, unit: 'x' },
    );
  }
  return figures;
}
