// SMTP replies (RFC 5321 §4.2): `250-first`, `250-...`, `250 last`. Pure line parsing plus a bounded
// reader that assembles one reply; anything malformed is a coded ProbeFailure, never an exception.
import { protocolError } from './failure.js';
import type { LineSource, ReadTimeoutCode, ReplyLimits } from './line-source.js';

export interface SmtpLine {
  code: number;
  /** True for `250-` continuation lines. */
  more: boolean;
  text: string;
}

export interface SmtpReply {
  code: number;
  /** RFC 3463 enhanced status code from the first line, e.g. '5.7.30'. */
  enhanced: string | null;
  /** Text of each line after the code (server text: for parsing only, never shown as trusted). */
  lines: string[];
}

const SMTP_LINE = /^([2-5][0-9][0-9])(?:([ -])(.*))?$/s;
const ENHANCED = /^([245]\.[0-9]{1,3}\.[0-9]{1,3})(?:\s|$)/;

export function parseSmtpLine(line: string): SmtpLine | null {
  const match = SMTP_LINE.exec(line);
  if (!match) return null;
  return { code: Number(match[1]), more: match[2] === '-', text: match[3] ?? '' };
}

export function enhancedCodeOf(text: string): string | null {
  return ENHANCED.exec(text)?.[1] ?? null;
}

/** `550 5.7.30`, `535`: the reply without any server text. */
export function replySummary(reply: SmtpReply): string {
  return reply.enhanced ? `${reply.code} ${reply.enhanced}` : String(reply.code);
}

export async function readSmtpReply(
  source: LineSource,
  limits: ReplyLimits,
  deadlineAt: number,
  timeoutCode: ReadTimeoutCode = 'COMMAND_TIMEOUT',
): Promise<SmtpReply> {
  const lines: string[] = [];
  let code: number | null = null;
  for (;;) {
    if (lines.length >= limits.maxLinesPerReply) throw protocolError('REPLY_TOO_LONG', code);
    const parsed = parseSmtpLine(await source.readLine(deadlineAt, timeoutCode));
    if (!parsed) throw protocolError('BAD_REPLY', code);
    if (code !== null && parsed.code !== code) throw protocolError('BAD_REPLY', code);
    code = parsed.code;
    lines.push(parsed.text);
    if (!parsed.more) return { code, enhanced: enhancedCodeOf(lines[0] ?? ''), lines };
  }
}
