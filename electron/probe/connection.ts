// One mail session's transport: the current socket (plain, then maybe TLS), a bounded line reader fed
// from it, and the STARTTLS hand-over. Cancellation destroys the socket and fails the pending read.
import type net from 'node:net';
import type tls from 'node:tls';
import type { ProbeErrorCode } from '../shared/probe-types.js';
import { ProbeFailure, socketFailure } from './failure.js';
import type { ProbeLimits } from './limits.js';
import { LineReader } from './line-reader.js';

type TimeoutCode = Extract<ProbeErrorCode, 'GREETING_TIMEOUT' | 'COMMAND_TIMEOUT'>;

export class MailConnection {
  private reader: LineReader;
  private detachSocket: () => void = () => undefined;
  private closed = false;

  constructor(
    private socket: net.Socket | tls.TLSSocket,
    readonly limits: ProbeLimits,
  ) {
    this.reader = new LineReader(limits);
    this.attach(socket);
  }

  get isClosed(): boolean {
    return this.closed || this.socket.destroyed;
  }

  get tlsSocket(): tls.TLSSocket | null {
    return 'encrypted' in this.socket ? (this.socket as tls.TLSSocket) : null;
  }

  /** Anything the server sent that we have not read yet: after a STARTTLS go-ahead, an injection. */
  get bufferedBytes(): number {
    return this.reader.bufferedBytes;
  }

  /** Bytes received since the last TLS hand-over: tells whether the server answered at all. */
  get receivedBytes(): number {
    return this.reader.totalBytes;
  }

  commandDeadline(): number {
    return performance.now() + this.limits.commandTimeoutMs;
  }

  readLine(deadlineAt: number, timeoutCode: TimeoutCode = 'COMMAND_TIMEOUT'): Promise<string> {
    return this.reader.readLine(deadlineAt, timeoutCode);
  }

  readBytes(
    count: number,
    deadlineAt: number,
    timeoutCode: TimeoutCode = 'COMMAND_TIMEOUT',
  ): Promise<string> {
    return this.reader.readBytes(count, deadlineAt, timeoutCode);
  }

  /** Writes one command line; CRLF is added here. */
  send(line: string): void {
    if (this.isClosed) throw new ProbeFailure('protocol-error', 'CONNECTION_CLOSED');
    // A user name with CR/LF would smuggle a second command: refuse instead of sending.
    if (/[\r\n\0]/.test(line)) throw new ProbeFailure('protocol-error', 'BAD_REPLY');
    this.socket.write(`${line}\r\n`, 'utf8');
  }

  /**
   * Gives the raw socket to a TLS wrapper and reads from the wrapper afterwards. A fresh reader means
   * nothing received before TLS can leak into what we read over TLS.
   */
  handOver(wrap: (socket: net.Socket) => Promise<tls.TLSSocket>): Promise<tls.TLSSocket> {
    this.detachSocket();
    this.reader = new LineReader(this.limits);
    return wrap(this.socket as net.Socket).then((secure) => {
      this.socket = secure;
      this.attach(secure);
      return secure;
    });
  }

  /** Cancellation or a fatal error: the pending read fails with this reason. */
  abort(reason: ProbeFailure): void {
    this.reader.fail(reason);
    this.destroy();
  }

  /** A session closing in the background must not keep the process alive. */
  unref(): void {
    this.socket.unref();
  }

  destroy(): void {
    this.closed = true;
    this.detachSocket();
    this.socket.destroy();
  }

  private attach(socket: net.Socket): void {
    const reader = this.reader;
    const onData = (chunk: Buffer) => {
      reader.push(chunk);
      if (reader.totalBytes > this.limits.maxSessionBytes) this.destroy();
    };
    const onEnd = () => reader.end();
    const onError = (error: unknown) => reader.fail(socketFailure(error));
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('close', onEnd);
    socket.on('error', onError);
    this.detachSocket = () => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
      socket.off('error', onError);
      // A late error after we stop listening must not become an uncaught exception.
      socket.on('error', () => undefined);
    };
  }
}
