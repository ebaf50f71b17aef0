// Bounded line reader, independent of sockets so property tests can feed it any bytes. It holds at most
// maxSessionBytes in total, refuses a line longer than maxLineBytes as soon as that many bytes arrive
// without a line feed, and every read has an absolute deadline. Lines are decoded as latin1 so any byte
// sequence maps 1:1 to a string and decoding can never throw.
import type { ProbeErrorCode } from '../shared/probe-types.js';
import { ProbeFailure } from './failure.js';

export interface ReaderLimits {
  maxLineBytes: number;
  maxSessionBytes: number;
}

type TimeoutCode = Extract<ProbeErrorCode, 'GREETING_TIMEOUT' | 'COMMAND_TIMEOUT'>;

interface Waiter {
  want: 'line' | number;
  resolve: (value: string) => void;
  reject: (error: ProbeFailure) => void;
  timer: ReturnType<typeof setTimeout>;
}

const LF = 0x0a;
const CR = 0x0d;

export class LineReader {
  private pending: Buffer = Buffer.alloc(0);
  private received = 0;
  private failure: ProbeFailure | null = null;
  private waiter: Waiter | null = null;

  constructor(private readonly limits: ReaderLimits) {}

  /** Bytes received and not yet consumed: after a STARTTLS go-ahead this must be zero. */
  get bufferedBytes(): number {
    return this.pending.length;
  }

  get totalBytes(): number {
    return this.received;
  }

  push(chunk: Buffer): void {
    if (this.failure) return;
    this.received += chunk.length;
    if (this.received > this.limits.maxSessionBytes) {
      this.fail(new ProbeFailure('protocol-error', 'SESSION_TOO_LARGE'));
      return;
    }
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.serve();
  }

  /** The peer closed its side: pending reads fail, buffered complete lines stay readable. */
  end(): void {
    this.fail(new ProbeFailure('protocol-error', 'CONNECTION_CLOSED'));
  }

  /** First failure wins; later ones (a close after a reset) are ignored. */
  fail(error: ProbeFailure): void {
    if (this.failure) return;
    this.failure = error;
    this.serve();
  }

  /** Next line without its CRLF (a bare LF is accepted too). */
  readLine(deadlineAt: number, timeoutCode: TimeoutCode): Promise<string> {
    return this.wait('line', deadlineAt, timeoutCode);
  }

  /** Exactly n bytes (an IMAP literal), latin1-decoded. */
  readBytes(count: number, deadlineAt: number, timeoutCode: TimeoutCode): Promise<string> {
    return this.wait(count, deadlineAt, timeoutCode);
  }

  private wait(want: 'line' | number, deadlineAt: number, timeoutCode: TimeoutCode): Promise<string> {
    if (this.waiter) return Promise.reject(new ProbeFailure('protocol-error', 'BAD_REPLY'));
    return new Promise<string>((resolve, reject) => {
      const delay = Math.max(0, deadlineAt - performance.now());
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new ProbeFailure('timeout', timeoutCode));
      }, delay);
      this.waiter = { want, resolve, reject, timer };
      this.serve();
    });
  }

  private serve(): void {
    const waiter = this.waiter;
    if (!waiter) return;
    const taken = waiter.want === 'line' ? this.takeLine() : this.takeBytes(waiter.want);
    if (taken instanceof ProbeFailure) {
      this.settle(waiter);
      waiter.reject(taken);
    } else if (taken !== null) {
      this.settle(waiter);
      waiter.resolve(taken);
    } else if (this.failure) {
      this.settle(waiter);
      waiter.reject(this.failure);
    }
  }

  private settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.waiter = null;
  }

  private takeLine(): string | ProbeFailure | null {
    const searchLength = Math.min(this.pending.length, this.limits.maxLineBytes);
    const end = this.pending.subarray(0, searchLength).indexOf(LF);
    if (end === -1) {
      return this.pending.length >= this.limits.maxLineBytes ? this.failWith('LINE_TOO_LONG') : null;
    }
    const contentEnd = end > 0 && this.pending[end - 1] === CR ? end - 1 : end;
    const line = this.pending.toString('latin1', 0, contentEnd);
    this.pending = this.pending.subarray(end + 1);
    return line;
  }

  private takeBytes(count: number): string | null {
    if (this.pending.length < count) return null;
    const bytes = this.pending.toString('latin1', 0, count);
    this.pending = this.pending.subarray(count);
    return bytes;
  }

  private failWith(code: ProbeErrorCode): ProbeFailure {
    const failure = new ProbeFailure('protocol-error', code);
    this.failure ??= failure;
    this.pending = Buffer.alloc(0);
    return failure;
  }
}
