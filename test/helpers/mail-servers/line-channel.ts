// Line-oriented server side of one connection that can switch to TLS mid-stream (STARTTLS/STLS).
import type net from 'node:net';
import type tls from 'node:tls';
import { upgradeServerSocket, type ClientSession, type ServerCert } from './tcp-server.js';

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
