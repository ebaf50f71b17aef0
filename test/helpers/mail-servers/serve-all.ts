// Starts one of each kind of test mail server on loopback and prints their ports (and the test CA) as
// one JSON line, then runs until stdin closes. Used by the probe benchmark to keep server CPU out of
// the measured process. Usage: node build/scripts/run-ts.mjs test/helpers/mail-servers/serve-all.ts
import { createTestCa } from '../test-ca.js';
import { startImapServer } from './imap-server.js';
import { startPop3Server } from './pop3-server.js';
import { startSmtpServer } from './smtp-server.js';

const ca = createTestCa();
const leaf = ca.issue({ dnsNames: ['mail.test'] });
const cert = { cert: leaf.chainPem, key: leaf.keyPem };
const users = { 'bench@example.test': 'bench-password' };
const servers = {
  smtpPlain: await startSmtpServer({ authMethods: [] }),
  smtpStarttls: await startSmtpServer({ cert, users }),
  smtpImplicit: await startSmtpServer({ cert, implicitTls: true, users }),
  imapStarttls: await startImapServer({ cert, users }),
  imapImplicit: await startImapServer({ cert, implicitTls: true, users }),
  pop3Plain: await startPop3Server({ users }),
  pop3Implicit: await startPop3Server({ cert, implicitTls: true, users }),
};
const ports = Object.fromEntries(Object.entries(servers).map(([name, server]) => [name, server.port]));
process.stdout.write(JSON.stringify({ ports, caPem: ca.certPem }) + '\n');

process.stdin.resume();
process.stdin.on('end', async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()));
  ca.cleanup();
  process.exit(0);
});
