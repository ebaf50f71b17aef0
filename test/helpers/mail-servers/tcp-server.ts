// A raw TCP (or implicit-TLS) server on loopback, port 0, that hands each connection to a script.
// Records every byte each client sent, so tests can prove what did (not) cross the wire.
import net from 'node:net';
import tls from 'node:tls';

export interface ServerCert {
  /** Leaf + intermediates, PEM. */
  cert: string;
  key: string;
}

export interface TcpServerOptions {
  /** 127.0.0.1 by default; '::1' for IPv6 tests. */
  host?: string;
  /** Implicit TLS from the first byte. */
  tls?: ServerCert;
  onConnection: (socket: net.Socket, session: ClientSession) => void;
}

export interface ClientSession {
  /** Everything this client sent, latin1-decoded, including what it sent after STARTTLS. */
  received: string;
}

export interface RunningServer {
  host: string;
  port: number;
  sessions: ClientSession[];
  /** Everything all clients sent, joined. */
  allReceived(): string;
  close(): Promise<void>;
}

export async function startTcpServer(options: TcpServerOptions): Promise<RunningServer> {
  const sockets = new Set<net.Socket>();
  const sessions: ClientSession[] = [];
  const handle = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const session: ClientSession = { received: '' };
    sessions.push(session);
    socket.on('data', (chunk: Buffer) => {
      session.received += chunk.toString('latin1');
    });
    options.onConnection(socket, session);
  };
  const server = options.tls
    ? tls.createServer({ cert: options.tls.cert, key: options.tls.key }, handle)
    : net.createServer(handle);
  server.on('tlsClientError', () => undefined);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address() as net.AddressInfo;
  return {
    host,
    port: address.port,
    sessions,
    allReceived: () => sessions.map((session) => session.received).join(''),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Upgrades a server-side socket to TLS (after STARTTLS/STLS), keeping the transcript going. */
export function upgradeServerSocket(
  socket: net.Socket,
  cert: ServerCert,
  session: ClientSession,
): tls.TLSSocket {
  const secure = new tls.TLSSocket(socket, { isServer: true, cert: cert.cert, key: cert.key });
  secure.on('error', () => undefined);
  secure.on('data', (chunk: Buffer) => {
    session.received += chunk.toString('latin1');
  });
  return secure;
}

/** Splits incoming data into CRLF lines for simple line-based scripts. */
export function onLines(socket: net.Socket, handler: (line: string) => void): void {
  let buffer = '';
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('latin1');
    for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      handler(line);
    }
  });
}

/** Listens on a port, accepts nothing useful and closes immediately: refused-like "port in use by us". */
export async function unusedPort(host = '127.0.0.1'): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
