// Line-oriented server side of one connection that can switch to TLS mid-stream (STARTTLS/STLS), and
// the server frame the small IMAP and POP3 test servers share.
import type net from 'node:net';
import type tls from 'node:tls';
import {
  startTcpServer,
  upgradeServerSocket,
  type ClientSession,
  type RunningServer,
  type ServerCert,
} from './tcp-server.js';

export interface LineChannel {
  write(text: string): void;
  /** Writes then closes. */
  end(text?: string): void;
  /** Hands the socket to TLS; later lines are read from (and written to) the TLS layer. */
  upgrade(cert: ServerCert): void;
  readonly secure: boolean;
}

export function serveLines(
  socket: net.Socket,
  session: ClientSession,
  onLine: (line: string, channel: LineChannel) => void,
  initiallySecure = false,
): LineChannel {
  let current: net.Socket | tls.TLSSocket = socket;
  let buffer = '';
  let secure = initiallySecure;
  const listen = (stream: net.Socket) => {
    stream.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n')) {
        const line = buffer.slice(0, end).replace(/\r$/, '');
        buffer = buffer.slice(end + 1);
        onLine(line, channel);
        if (stream !== current) return; // upgraded: the rest belongs to TLS
      }
    });
  };
  const channel: LineChannel = {
    write: (text) => {
      if (!current.destroyed) current.write(text, 'latin1');
    },
    end: (text) => {
      if (!current.destroyed) current.end(text ?? '', 'latin1');
    },
    upgrade: (cert) => {
      socket.removeAllListeners('data');
      buffer = '';
      current = upgradeServerSocket(socket, cert, session);
      secure = true;
      listen(current);
    },
    get secure() {
      return secure;
    },
  };
  listen(socket);
  return channel;
}

export interface LineServerOptions<Session> {
  /** Listen address; 127.0.0.1 by default. */
  host?: string;
  cert?: ServerCert;
  /** TLS from the first byte (993/995-style); requires cert. */
  implicitTls?: boolean;
  /** Accepted user name → password. */
  users?: Record<string, string>;
  /** Per-connection protocol state (pending AUTH, USER given, ...). */
  newSession: () => Session;
  greeting: (channel: LineChannel) => string;
  onLine: (line: string, connection: LineServerConnection<Session>) => void;
}

export interface LineServerConnection<Session> {
  channel: LineChannel;
  session: Session;
  /** Checks a user name and password, counting the attempt. */
  checkLogin: (user: string, password: string) => boolean;
}

export interface LineTestServer extends RunningServer {
  /** Logins checked so far, across all connections. */
  readonly loginAttempts: number;
}

/** A line-based mail server (IMAP, POP3) on loopback port 0 that counts login attempts. */
export async function startLineServer<Session>(options: LineServerOptions<Session>): Promise<LineTestServer> {
  let loginAttempts = 0;
  const users = options.users ?? {};
  const checkLogin = (user: string, password: string) => {
    loginAttempts += 1;
    return users[user] !== undefined && users[user] === password;
  };
  const implicitTls = options.implicitTls === true;
  const server = await startTcpServer({
    host: options.host,
    tls: implicitTls ? options.cert : undefined,
    onConnection: (socket, clientSession) => {
      const session = options.newSession();
      const channel = serveLines(
        socket,
        clientSession,
        (line, current) => options.onLine(line, { channel: current, session, checkLogin }),
        implicitTls,
      );
      channel.write(options.greeting(channel));
    },
  });
  // A live getter: copying the count now would freeze it.
  return Object.defineProperty(server, 'loginAttempts', { get: () => loginAttempts }) as LineTestServer;
}

/** SASL PLAIN (RFC 4616) `authzid\0user\0password`, base64: the user name and password. */
export function decodeSaslPlain(base64: string): [string, string] {
  const [, user = '', password = ''] = Buffer.from(base64, 'base64').toString('utf8').split('\0');
  return [user, password];
}
