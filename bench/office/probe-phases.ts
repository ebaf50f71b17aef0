// Runs inside the lab's office namespace (bench/lab-verdict.bench.ts starts it through
// runOfficeScript): the product's own probe() against the bench.test mail server on 465 and 993 with the
// login, as a client that already knows the answer would, twice each, printing one JSON line per probe
// with its phase times. The password comes on stdin, never on the command line.
import { readFileSync } from 'node:fs';
import { probe } from '../../electron/probe/index.js';

const password = readFileSync(0, 'utf8').trim();
const targets = [
  { protocol: 'smtp', port: 465 },
  { protocol: 'imap', port: 993 },
] as const;

for (let round = 0; round < 2; round += 1) {
  for (const { protocol, port } of targets) {
    const result = await probe({
      protocol,
      host: 'mail.bench.test',
      port,
      security: 'tls',
      credentials: { usernames: ['ben@bench.test'], password },
    });
    console.log(
      JSON.stringify({ protocol, outcome: result.outcome, auth: result.auth?.outcome, ms: result.ms }),
    );
  }
}
