// The baseline MailWiz is measured against: nodemailer verify() tried one candidate after another in
// Thunderbird's guess order, stopping at the first success — what a client that guesses sequentially
// pays when a port is silently dropped. Runs inside the office namespace.
// Usage: node sequential-verify.mjs CONFIG_JSON < password
//   CONFIG_JSON: { user, candidates: [{ host, port, security: 'tls'|'starttls'|'none' }], timeoutMs: number|null }
//   timeoutMs null keeps nodemailer's own defaults (connection 2 min, greeting 30 s, socket 10 min).
// Prints { elapsedMs, winner, attempts: [{ host, port, security, ok, ms, code }] }.
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
let winner = null;
for (const candidate of config.candidates) {
  const attemptStarted = performance.now();
  const transport = nodemailer.createTransport({
    host: candidate.host,
    port: candidate.port,
    secure: candidate.security === 'tls',
    requireTLS: candidate.security === 'starttls',
    ignoreTLS: candidate.security === 'none',
    auth: { user: config.user, pass: password },
    ...timeouts,
  });
  try {
    await transport.verify();
    winner = candidate;
  } catch (error) {
    attempts.push({
      ...candidate,
      ok: false,
      ms: Math.round(performance.now() - attemptStarted),
      code: error.code ?? 'ERROR',
    });
  } finally {
    transport.close();
  }
  if (winner) {
    attempts.push({ ...candidate, ok: true, ms: Math.round(performance.now() - attemptStarted), code: null });
    break;
  }
}
console.log(JSON.stringify({ elapsedMs: Math.round(performance.now() - started), winner, attempts }));
