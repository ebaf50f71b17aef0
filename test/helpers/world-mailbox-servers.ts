// Minimal IMAP and POP3 servers for the loopback world: greeting, capabilities, STARTTLS/STLS, LOGIN or
// USER/PASS, logout. Just enough for discovery and login verification; the probe engine's own hostile
// servers live in test/helpers/mail-servers.
import net from 'node:net';
import tls from 'node:tls';

export interface MailboxServerOptions {
  protocol: 'imap' | 'pop3';
  host: string;
  port: number;
  /** true = TLS from the first byte (993/995), false = cleartext with STARTTLS/STLS offered. */
  implicitTls: boolean;
  key: string;
  cert: string;
  /** Accepted user name → password. */
  accounts: Record<string, string>;
}

export interface MailboxServer {
  close(): Promise<void>;
}

function unquote(token: string): string {
  return token.startsWith('"') ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token;
}

function loginArguments(rest: string): [string, string] | null {
  const tokens = rest.match(/"(?:[^"\\]|\\.)*"|[^\s"]+/g);
  if (tokens === null || tokens.length !== 2) return null;
  return [unquote(tokens[0]!), unquote(tokens[1]!)];
}

type Session = { socket: net.Socket; encrypted: boolean; user?: string; pendingAuthTag?: string };

function plainCredentials(base64: string): [string, string] | null {
  const parts = Buffer.from(base64, 'base64').toString('utf8').split('\0');
  return parts.length === 3 ? [parts[1]!, parts[2]!] : null;
}

function imapLine(session: Session, line: string, options: MailboxServerOptions, upgrade: () => void): void {
  if (session.pendingAuthTag !== undefined) {
    const tag = session.pendingAuthTag;
    session.pendingAuthTag = undefined;
    return imapPlainResult(session, tag, line, options);
  }
  const [tag = '*', rawCommand = '', ...restParts] = line.split(' ');
  const command = rawCommand.toUpperCase();
  const rest = restParts.join(' ');
  const write = (text: string): void => {
    session.socket.write(`${text}\r\n`);
  };
  const caps = session.encrypted ? 'IMAP4rev1 AUTH=PLAIN' : 'IMAP4rev1 STARTTLS LOGINDISABLED';
  switch (command) {
    case 'CAPABILITY':
      write(`* CAPABILITY ${caps}`);
      write(`${tag} OK CAPABILITY completed`);
      return;
    case 'NOOP':
      write(`${tag} OK NOOP completed`);
      return;
    case 'STARTTLS':
      if (session.encrypted) return write(`${tag} BAD already encrypted`);
      write(`${tag} OK Begin TLS negotiation now`);
      upgrade();
      return;
    case 'LOGIN': {
      if (!session.encrypted) return write(`${tag} NO [PRIVACYREQUIRED] LOGIN disabled`);
      const args = loginArguments(rest);
      if (args !== null && options.accounts[args[0]] === args[1])
        return write(`${tag} OK [CAPABILITY ${caps}] LOGIN completed`);
      return write(`${tag} NO [AUTHENTICATIONFAILED] Invalid credentials`);
    }
    case 'AUTHENTICATE': {
      const [mechanism = '', initial] = rest.split(' ');
      if (!session.encrypted || mechanism.toUpperCase() !== 'PLAIN') return write(`${tag} NO unsupported`);
      if (initial === undefined) {
        session.pendingAuthTag = tag;
        return write('+ ');
      }
      return imapPlainResult(session, tag, initial, options);
    }
    case 'LOGOUT':
      write('* BYE logging out');
      write(`${tag} OK LOGOUT completed`);
      session.socket.end();
      return;
    default:
      write(`${tag} BAD unknown command`);
  }
}

function imapPlainResult(session: Session, tag: string, base64: string, options: MailboxServerOptions): void {
  const credentials = plainCredentials(base64);
  const ok = credentials !== null && options.accounts[credentials[0]] === credentials[1];
  session.socket.write(
    ok ? `${tag} OK AUTHENTICATE completed\r\n` : `${tag} NO [AUTHENTICATIONFAILED] Invalid credentials\r\n`,
  );
}

function pop3Line(session: Session, line: string, options: MailboxServerOptions, upgrade: () => void): void {
  const [rawCommand = '', ...restParts] = line.split(' ');
  const command = rawCommand.toUpperCase();
  const argument = restParts.join(' ');
  const write = (text: string): void => {
    session.socket.write(`${text}\r\n`);
  };
  switch (command) {
    case 'CAPA':
      write('+OK Capability list follows');
      write('USER');
      if (!session.encrypted) write('STLS');
      write('.');
      return;
    case 'STLS':
      if (session.encrypted) return write('-ERR already encrypted');
      write('+OK Begin TLS negotiation');
      upgrade();
      return;
    case 'USER':
      if (!session.encrypted) return write('-ERR [SYS/PERM] use STLS first');
      session.user = argument;
      return write('+OK');
    case 'PASS':
      if (session.user !== undefined && options.accounts[session.user] === argument)
        return write('+OK logged in');
      return write('-ERR [AUTH] invalid credentials');
    case 'QUIT':
      write('+OK bye');
      session.socket.end();
      return;
    default:
      write('-ERR unknown command');
  }
}

function serve(socket: net.Socket, encrypted: boolean, options: MailboxServerOptions, greet: boolean): void {
  const session: Session = { socket, encrypted };
  let buffer = '';
  let upgraded = false;
  const secureContext = tls.createSecureContext({ key: options.key, cert: options.cert });
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('latin1');
    if (buffer.length > 64 * 1024) socket.destroy();
    let index: number;
    while ((index = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      const upgrade = () => {
        upgraded = true;
        socket.removeListener('data', onData);
        const secure = new tls.TLSSocket(socket, { isServer: true, secureContext });
        secure.on('error', () => secure.destroy());
        serve(secure, true, options, false);
      };
      (options.protocol === 'imap' ? imapLine : pop3Line)(session, line, options, upgrade);
      if (upgraded || socket.destroyed) return;
    }
  };
  socket.on('data', onData);
  socket.on('error', () => socket.destroy());
  if (!greet) return;
  const capabilities = encrypted ? 'IMAP4rev1 AUTH=PLAIN' : 'IMAP4rev1 STARTTLS LOGINDISABLED';
  socket.write(
    options.protocol === 'imap'
      ? `* OK [CAPABILITY ${capabilities}] MailWiz test IMAP ready\r\n`
      : '+OK MailWiz test POP3 ready\r\n',
  );
}

export async function startMailboxServer(options: MailboxServerOptions): Promise<MailboxServer> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = options.implicitTls
    ? tls.createServer({ key: options.key, cert: options.cert }, (socket) => {
        track(socket);
        serve(socket, true, options, true);
      })
    : net.createServer((socket) => {
        track(socket);
        serve(socket, false, options, true);
      });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
