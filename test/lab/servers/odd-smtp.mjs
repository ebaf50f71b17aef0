// smtp-server instances for the lab's odd servers, run inside a namespace by the lab:
//   submission-587: 25 and submission on 587 (STARTTLS before AUTH), but no 465 — the classic setup.
//   mx-relay: an inbound-only MX on 25 (no AUTH, no submission ports), the kind of host `smtp.<domain>`
//             often is, so a guessing client wastes its time there.
// Usage: node odd-smtp.mjs CONFIG.json   (prints "ready" when listening)
import { readFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const tls = config.certPath ? { cert: readFileSync(config.certPath), key: readFileSync(config.keyPath) } : {};
const relayOnly = config.kind === 'mx-relay';

function log(line) {
  console.log(`${new Date().toISOString()} ${config.kind} ${line}`);
}

function createServer() {
  const server = new SMTPServer({
    ...tls,
    name: config.hostname,
    banner: 'lab',
    secure: false,
    authOptional: relayOnly,
    disabledCommands: relayOnly ? ['AUTH'] : [],
    hideSTARTTLS: !config.certPath,
    logger: false,
    onConnect(session, callback) {
      log(`connect from ${session.remoteAddress}`);
      callback();
    },
    onAuth(auth, session, callback) {
      // Logged so tests can count attempts; the password itself never is.
      log(`auth user=${auth.username} method=${auth.method} tls=${Boolean(session.secure)}`);
      if (config.users.includes(auth.username) && auth.password === config.password)
        return callback(null, { user: auth.username });
      return callback(new Error('Authentication failed'));
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  server.on('error', (error) => log(`error ${error.message}`));
  return server;
}

let pending = config.ports.length;
for (const port of config.ports) {
  createServer().listen(port, config.listen, () => {
    log(`listening ${config.listen}:${port}`);
    if (--pending === 0) console.log('ready');
  });
}
