// A small POP3 server (raw sockets): CAPA, STLS, implicit TLS, USER/PASS, AUTH PLAIN, QUIT, and
// overridable replies for the hostile tests.
import {
  decodeSaslPlain,
  startLineServer,
  type LineServerConnection,
  type LineTestServer,
} from './line-channel.js';
import type { ServerCert } from './tcp-server.js';

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
  /** Hang up right after a failed login, as many servers do (RFC 1939 lets them). */
  closeAfterFailedLogin?: boolean;
}

export type Pop3TestServer = LineTestServer;

/** USER given, waiting for PASS. */
interface Pop3Session {
  user: string | null;
}

export function startPop3Server(options: Pop3ServerOptions = {}): Promise<Pop3TestServer> {
  const stls = options.stls ?? (options.cert !== undefined && !options.implicitTls);
  const failure = options.failureCode
    ? `-ERR [${options.failureCode}] Authentication failed\r\n`
    : '-ERR Authentication failed\r\n';
  const answerLogin = ({ channel }: LineServerConnection<Pop3Session>, ok: boolean) => {
    if (ok) channel.write('+OK Logged in\r\n');
    else if (options.closeAfterFailedLogin) channel.end(failure);
    else channel.write(failure);
  };

  const onLine = (line: string, connection: LineServerConnection<Pop3Session>) => {
    const { channel, session, checkLogin } = connection;
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
      answerLogin(connection, session.user !== null && checkLogin(session.user, argument));
    } else if (command === 'AUTH' && argument.toUpperCase().startsWith('PLAIN ')) {
      answerLogin(connection, checkLogin(...decodeSaslPlain(argument.slice(6))));
    } else if (command === 'QUIT') {
      channel.end('+OK Bye\r\n');
    } else {
      channel.write('-ERR Unknown command\r\n');
    }
  };

  return startLineServer<Pop3Session>({
    host: options.host,
    cert: options.cert,
    implicitTls: options.implicitTls,
    users: options.users,
    newSession: () => ({ user: null }),
    greeting: () => options.greeting ?? '+OK Test POP3 ready\r\n',
    onLine,
  });
}
