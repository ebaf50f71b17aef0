// Logs in to IMAP over implicit TLS once and reports the server's answer (used to prove the lab's
// Dovecot accepts the lab users). Runs inside the office namespace; password on stdin.
// Usage: node imap-login.mjs HOST PORT USER < password   → { result: 'ok'|'no'|'error', reply }
import { readFileSync } from 'node:fs';
import tls from 'node:tls';

const [host, port, user] = process.argv.slice(2);
const password = readFileSync(0, 'utf8').trim();
const quote = (text) => `"${text.replace(/["\\]/g, '\\$&')}"`;
const socket = tls.connect({ host, port: Number(port), servername: host });
let buffer = '';
let sent = false;
socket.setTimeout(10_000, () => done('error', 'timeout'));
socket.on('error', (error) => done('error', error.code));
socket.on('data', (chunk) => {
  buffer += chunk.toString('utf8');
  if (!sent && /^\* OK/m.test(buffer)) {
    sent = true;
    socket.write(`a LOGIN ${quote(user)} ${quote(password)}\r\n`);
  }
  const tagged = /^a (OK|NO|BAD)(.*)\r\n/m.exec(buffer);
  if (tagged) done(tagged[1] === 'OK' ? 'ok' : 'no', tagged[0].trim());
});

function done(result, reply) {
  console.log(JSON.stringify({ result, reply }));
  socket.destroy();
  process.exit(0);
}
