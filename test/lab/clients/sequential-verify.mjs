// The baseline MailWiz is measured against: nodemailer verify() tried in Thunderbird's guess order,
// stopping at the first success — what a client that guesses sequentially pays when a port is silently
// dropped. Runs inside the office namespace.
// Usage: node sequential-verify.mjs CONFIG_JSON < password
//   CONFIG_JSON: { user, candidates: [{ host, port, security: 'tls'|'starttls'|'none' }], timeoutMs: number|null,
//                  localPartRetry?: boolean, parallel?: boolean }
//   timeoutMs null keeps nodemailer's own defaults (connection 2 min, greeting 30 s, socket 10 min).
//   localPartRetry: a login rejected for the full address is tried once more with the local part, on
//     the same candidate, and a login rejected for both ends the run without a winner (Thunderbird's
//     ConfigVerifier does this: it reports the failed login instead of trying other servers).
//   parallel: every candidate at once, the winner is the first in order that worked once all before it
//     failed (Thunderbird's HostDetector tries its guesses in parallel, each with a 10 s timeout).
// Prints { elapsedMs, winner, rejected, attempts: [{ host, port, security, user, ok, ms, code }] }.
import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';

const config = JSON.parse(process.argv[2]);
const password = readFileSync(0, 'utf8').trim();
const timeouts =
  config.timeoutMs === null
    ? {}
    : {
        connectionTimeout: config.timeoutMs,
        greetingTimeout: config.timeoutMs,
        socketTimeout: config.timeoutMs,
      };

const started = performance.now();
const attempts = [];

async function verifyAs(candidate, user) {
  const attemptStarted = performance.now();
  const transport = nodemailer.createTransport({
    host: candidate.host,
    port: candidate.port,
    secure: candidate.security === 'tls',
    requireTLS: candidate.security === 'starttls',
    ignoreTLS: candidate.security === 'none',
    auth: { user, pass: password },
    ...timeouts,
  });
  let code = null;
  try {
    await transport.verify();
  } catch (error) {
    code = error.code ?? 'ERROR';
  } finally {
    transport.close();
  }
  attempts.push({
    ...candidate,
    user,
    ok: code === null,
    ms: Math.round(performance.now() - attemptStarted),
    code,
  });
  return code;
}

let rejected = false;

async function verify(candidate) {
  let code = await verifyAs(candidate, config.user);
  if (code !== 'EAUTH' || !config.localPartRetry) return code === null;
  if (config.user.includes('@')) code = await verifyAs(candidate, config.user.split('@')[0]);
  if (code === 'EAUTH') rejected = true;
  return code === null;
}

let winner = null;
if (config.parallel) {
  const outcomes = config.candidates.map((candidate) => verify(candidate));
  for (const [index, outcome] of outcomes.entries()) {
    if (await outcome) {
      winner = config.candidates[index];
      break;
    }
  }
} else {
  for (const candidate of config.candidates) {
    if (rejected) break;
    if (await verify(candidate)) {
      winner = candidate;
      break;
    }
  }
}
const elapsedMs = Math.round(performance.now() - started);
console.log(JSON.stringify({ elapsedMs, winner, rejected, attempts }));
// Parallel mode may leave losers' timers running; the answer is in.
process.exit(0);
