// POP3 responses (RFC 1939, RFC 2449): `+OK ...`, `-ERR [RESP-CODE] ...`, multi-line ending in `.`.
import { protocolError } from './failure.js';
import type { LineSource, ReadTimeoutCode, ReplyLimits } from './line-source.js';

export interface Pop3Status {
  ok: boolean;
  /** RFC 2449/3206 response code, e.g. 'AUTH', 'SYS/TEMP', 'IN-USE'. */
  code: string | null;
}

const STATUS = /^(\+OK|-ERR)(?:\s+(?:\[([\x21-\x5c\x5e-\x7e]{1,40})\])?|$)/i;

export function parsePop3Status(line: string): Pop3Status | null {
  const match = STATUS.exec(line);
  if (!match) return null;
  return { ok: match[1]!.toUpperCase() === '+OK', code: match[2]?.toUpperCase() ?? null };
}

export async function readPop3Status(
  source: LineSource,
  deadlineAt: number,
  timeoutCode: ReadTimeoutCode = 'COMMAND_TIMEOUT',
): Promise<Pop3Status & { line: string }> {
  const line = await source.readLine(deadlineAt, timeoutCode);
  const status = parsePop3Status(line);
  if (!status) throw protocolError('BAD_REPLY');
  return { ...status, line };
}

/** Body of a multi-line response after its +OK line: lines until `.`, dot-stuffing removed. */
export async function readPop3Lines(
  source: LineSource,
  limits: ReplyLimits,
  deadlineAt: number,
): Promise<string[]> {
  const lines: string[] = [];
  for (;;) {
    const line = await source.readLine(deadlineAt, 'COMMAND_TIMEOUT');
    if (line === '.') return lines;
    if (lines.length >= limits.maxLinesPerReply) throw protocolError('REPLY_TOO_LONG');
    lines.push(line.startsWith('.') ? line.slice(1) : line);
  }
}
