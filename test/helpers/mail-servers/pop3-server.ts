// A small POP3 server (raw sockets): CAPA, STLS, implicit TLS, USER/PASS, AUTH PLAIN, QUIT, and
// overridable replies for the hostile tests.
import { serveLines, type LineChannel } from './line-channel.js';
import { startTcpServer, type RunningServer, type ServerCert } from './tcp-server.js';

export interface Pop3ServerOptions {
  /** Listen address; 127.0.0.1 by default. */
  host?: string;
  cert?: ServerCert;
  implicitTls?: boolean;
  /** Offer STLS (requires cert). Default true when a cert is given and not implicit. */
  stls?: boolean;
  users?: Record<string, string>;
  /** CAPA not supported (old server): answers -ERR. */
  noCapa?: boolean;
  /** Raw bytes answering STLS instead of `+OK Begin TLS`. */
  stlsReply?: string;
  greeting?: string;
  /** Extra -ERR response code on failed PASS, e.g. 'AUTH' or 'SYS/TEMP'. */
  failureCode?: string;
}

export interface Pop3TestServer extends RunningServer {
  loginAttempts: number;
}

export async function startPop3Server(options: Pop3ServerOptions = {}): Promise<Pop3TestServer> {
  const state = { loginAttempts: 0 };
  const users = options.users ?? {};
  const stls = options.stls ?? (options.cert !== undefined && !options.implicitTls);
  const failure = () =>
    options.failureCode
      ? `-ERR [${options.failureCode}] Authentication failed\r\n`
      : '-ERR Authentication failed\r\n';
  const check = (user: string, pass: string) => {
    state.loginAttempts += 1;
    return users[user] !== undefined && users[user] === pass;
  };

  const onLine = (line: string, channel: LineChannel, session: { user: string | null }) => {
    const space = line.indexOf(' ');
    const command = (space === -1 ? line : line.slice(0, space)).toUpperCase();
    const argument = space === -1 ? '' : line.slice(space + 1);
    if (command === 'CAPA') {
      if (options.noCapa) return channel.write('-ERR unknown command\r\n');
      const lines = ['TOP', 'UIDL', 'PIPELINING', 'RESP-CODES', 'AUTH-RESP-CODE'];
      if (stls && !channel.secure) lines.push('STLS');
      if (channel.secure || !stls) lines.push('USER', 'SASL PLAIN');
      channel.write(`+OK Capability list follows\r\n${lines.join('\r\n')}\r\n.\r\n`);
    } else if (command === 'STLS' && stls && options.cert && !channel.secure) {
      if (options.stlsReply !== undefined) return channel.write(options.stlsReply);
      channel.write('+OK Begin TLS negotiation\r\n');
      channel.upgrade(options.cert);
    } else if (command === 'USER') {
      session.user = argument;
      channel.write('+OK\r\n');
    } else if (command === 'PASS') {
      channel.write(session.user !== null && check(session.user, argument) ? '+OK Logged in\r\n' : failure());
    } else if (command === 'AUTH' && argument.toUpperCase().startsWith('PLAIN ')) {
      const [, user = '', pass = ''] = Buffer.from(argument.slice(6), 'base64').toString('utf8').split('\0');
      channel.write(check(user, pass) ? '+OK Logged in\r\n' : failure());
    } else if (command === 'QUIT') {
      channel.end('+OK Bye\r\n');
    } else {
      channel.write('-ERR Unknown command\r\n');
    }
  };

  const server = await startTcpServer({
    host: options.host,
    tls: options.implicitTls ? options.cert : undefined,
    onConnection: (socket, session) => {
      const pop3Session = { user: null as string | null };
      const channel = serveLines(
        socket,
        session,
        (line, ch) => onLine(line, ch, pop3Session),
        options.implicitTls === true,
      );
      channel.write(options.greeting ?? '+OK Test POP3 ready\r\n');
    },
  });
  // A live getter: Object.assign would copy today's value.
  return Object.defineProperty(server, 'loginAttempts', {
    get: () => state.loginAttempts,
  }) as typeof server & {
    loginAttempts: number;
  };
}
