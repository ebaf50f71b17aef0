// What reply readers need from a transport; MailConnection and the bare LineReader (fuzz tests) both fit.
import type { ProbeErrorCode } from '../shared/probe-types.js';

export type ReadTimeoutCode = Extract<ProbeErrorCode, 'GREETING_TIMEOUT' | 'COMMAND_TIMEOUT'>;

export interface LineSource {
  readLine(deadlineAt: number, timeoutCode: ReadTimeoutCode): Promise<string>;
  readBytes(count: number, deadlineAt: number, timeoutCode: ReadTimeoutCode): Promise<string>;
}

export interface ReplyLimits {
  maxLinesPerReply: number;
  maxLiteralBytes: number;
}
