// What the lab benchmarks share: one lab per bench module (started on first use, removed in teardown),
// the line's measured RTT, and the baseline that follows Thunderbird's guess order and timeouts.
import path from 'node:path';
import { bundleTs } from '../build/scripts/bundle-ts.mjs';
import { ADDR } from '../test/lab/infra/addresses.js';
import { setOfficeDelay, setPort25Policy } from '../test/lab/infra/isp.js';
import { startLab, stopLab, type LabInfo } from '../test/lab/infra/lab.js';
import { netCheck, runInOffice } from '../test/lab/infra/office.js';
import { labPrerequisiteProblem } from '../test/lab/infra/prerequisites.js';
import { repoFile } from '../test/lab/infra/repo-paths.js';

export const ONE_WAY_DELAY_MS = 50;
/** Thunderbird's mailnews.auto_config.guess.timeout. */
export const THUNDERBIRD_TIMEOUT_MS = 10_000;

let lab: LabInfo | null = null;

export function ensureLab(): LabInfo {
  if (lab) return lab;
  const problem = labPrerequisiteProblem();
  if (problem) throw new Error(`the network lab cannot run here: ${problem}`);
  lab = startLab();
  setPort25Policy('drop');
  setOfficeDelay(lab.dir, ONE_WAY_DELAY_MS);
  return lab;
}

export function stopBenchLab(): void {
  if (lab) stopLab(lab);
  lab = null;
}

/** One TCP handshake is one round trip; the best of three is the line's RTT. */
export async function measureRtt(current: LabInfo): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i += 1)
    samples.push((await netCheck(current.caPath, 'tcp', ADDR.host1Main, 465)).ms);
  return Math.min(...samples);
}

export interface GuessCandidate {
  host: string;
  port: number;
  security: string;
}

/** Thunderbird's guess order for outgoing servers (comm-central guessConfig: hosts × SSL, STARTTLS, plain). */
export function thunderbirdGuessOrder(domain: string): GuessCandidate[] {
  const combos = [
    { port: 465, security: 'tls' },
    { port: 587, security: 'starttls' },
    { port: 25, security: 'starttls' },
    { port: 587, security: 'none' },
    { port: 25, security: 'none' },
  ];
  return [`smtp.${domain}`, `mail.${domain}`, domain].flatMap((host) =>
    combos.map((combo) => ({ host, ...combo })),
  );
}

export interface BaselineOptions {
  user: string;
  password: string;
  timeoutMs: number | null;
  /** Retry a rejected full address with the local part, then stop (Thunderbird's ConfigVerifier). */
  localPartRetry?: boolean;
  /** All guesses at once (Thunderbird's HostDetector) instead of one after another. */
  parallel?: boolean;
}

export interface BaselineRun {
  elapsedMs: number;
  winner: GuessCandidate | null;
  rejected: boolean;
}

/** nodemailer verify() over the guesses (test/lab/clients/sequential-verify.mjs), in the office. */
export async function thunderbirdBaseline(
  current: LabInfo,
  domain: string,
  options: BaselineOptions,
): Promise<BaselineRun> {
  const { password, ...rest } = options;
  const config = { ...rest, candidates: thunderbirdGuessOrder(domain) };
  const run = await runInOffice(
    process.execPath,
    [repoFile('test/lab/clients/sequential-verify.mjs'), JSON.stringify(config)],
    { caPath: current.caPath, input: password, timeoutMs: 20 * 60_000 },
  );
  try {
    return JSON.parse(run.stdout) as BaselineRun;
  } catch {
    throw new Error(`the baseline printed no result: ${run.stdout.slice(0, 300)} ${run.stderr.slice(-300)}`);
  }
}

/**
 * Bundles a script from bench/office/ (the product's code included) and runs it on the office PC; its
 * stdout lines that are JSON objects are returned. bench/run.mjs runs from the repository root.
 */
export async function runOfficeScript<T>(current: LabInfo, name: string, input: string): Promise<T[]> {
  const outfile = await bundleTs(
    path.resolve(`bench/office/${name}.ts`),
    path.resolve(`node_modules/.cache/mailwiz-bench/office-${name}.mjs`),
  );
  const run = await runInOffice(process.execPath, [outfile], { caPath: current.caPath, input });
  if (run.code !== 0) throw new Error(`office script ${name} failed: ${run.stderr.slice(-400)}`);
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as T);
}
