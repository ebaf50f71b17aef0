// Small client checks the lab runs inside the office namespace (tests themselves live outside it).
// Usage: node net-check.mjs tcp|tls|starttls-smtp|starttls-imap HOST PORT [TIMEOUT_MS] [SERVERNAME]
// Prints one JSON line: { result: 'ok'|'refused'|'timeout'|'error'|'starttls-refused', ms, detail }.
// tls modes verify against NODE_EXTRA_CA_CERTS (the lab CA) and report the peer certificate's names.
import net from 'node:net';
import tls from 'node:tls';

const [mode, host, portText, timeoutText = '3000', servername = host] = process.argv.slice(2);
const port = Number(portText);
const started = performance.now();

function finish(result, detail = {}) {
  console.log(JSON.stringify({ result, ms: Math.round(performance.now() - started), ...detail }));
  process.exit(0);
}

setTimeout(() => finish('timeout'), Number(timeoutText)).unref();

function upgrade(socket) {
  const secure = tls.connect({ socket, servername }, () => {
    const cert = secure.getPeerCertificate();
    finish('ok', { protocol: secure.getProtocol(), subjectaltname: cert.subjectaltname });
  });
  secure.on('error', (error) => finish('error', { code: error.code, message: error.message }));
}

let lastText = '';
let capabilities = '';

/** Walks a scripted dialogue: each step waits for its reply pattern, then acts. */
function converse(socket, steps) {
  let buffer = '';
  let step = 0;
  socket.on('data', (chunk) => {
    buffer += chunk.toString('latin1');
    const current = steps[step];
    if (current && current.until.test(buffer)) {
      lastText = buffer;
      buffer = '';
      step += 1;
      current.then(socket);
    }
  });
}

const socket = net.connect({ host, port });
socket.on('error', (error) =>
  finish(error.code === 'ECONNREFUSED' ? 'refused' : 'error', { code: error.code }),
);
socket.on('connect', () => {
  if (mode === 'tcp') return finish('ok');
  if (mode === 'tls') {
    socket.removeAllListeners('data');
    return upgrade(socket);
  }
  if (mode === 'starttls-smtp') {
    return converse(socket, [
      { until: /^220 .*\r\n/m, then: (s) => s.write('EHLO office.test\r\n') },
      {
        until: /^250 .*\r\n/m,
        then: (s) => {
          capabilities = lastText;
          s.write('STARTTLS\r\n');
        },
      },
      {
        until: /^\d{3} .*\r\n/m,
        then: (s) =>
          lastText.startsWith('220')
            ? upgrade(s)
            : finish('starttls-refused', { capabilities, reply: lastText.trim() }),
      },
    ]);
  }
  if (mode === 'starttls-imap') {
    return converse(socket, [
      { until: /^\* OK.*\r\n/m, then: (s) => s.write('a STARTTLS\r\n') },
      {
        until: /^a \w+.*\r\n/m,
        then: (s) =>
          /^a OK/m.test(lastText) ? upgrade(s) : finish('starttls-refused', { reply: lastText.trim() }),
      },
    ]);
  }
  return finish('error', { message: `unknown mode ${mode}` });
});
