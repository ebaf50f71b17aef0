// Runs inside the lab's office namespace (bench/lab-cases.bench.ts starts it through runOfficeScript):
// the fastest way any client can learn that taro@corp.test's password is wrong. It already knows the
// server, port and user name, so it makes one IMAP login over implicit TLS with the product's probe()
// (DNS, TCP, TLS, greeting, LOGIN) and waits out Dovecot's hold of the rejection. It starts at a random
// point of the wall-clock second, like MailWiz's runs, and prints one JSON line. Password on stdin.
import { readFileSync } from 'node:fs';
import { probe } from '../../electron/probe/index.js';

const password = readFileSync(0, 'utf8').trim();
await new Promise((resolve) => setTimeout(resolve, Math.random() * 1_000));
const result = await probe({
  protocol: 'imap',
  host: 'mail.corp.test',
  port: 993,
  security: 'tls',
  credentials: { usernames: ['taro@corp.test'], password },
});
console.log(JSON.stringify({ outcome: result.outcome, auth: result.auth?.outcome, ms: result.ms.total }));
