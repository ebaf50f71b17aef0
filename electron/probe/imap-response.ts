// IMAP responses (RFC 9051 §7): untagged `* ...`, tagged `a1 OK [CODE] ...`, continuation `+ ...`.
// Only what a probe needs is parsed; literals inside a response are read with a size cap.
import { protocolError } from './failure.js';
import type { LineSource, ReadTimeoutCode, ReplyLimits } from './line-source.js';

export type ImapStatus = 'OK' | 'NO' | 'BAD' | 'PREAUTH' | 'BYE';

export type ImapLine =
  | { kind: 'continuation'; text: string }
  | { kind: 'untagged'; status: ImapStatus | null; name: string; code: string | null; rest: string }
  | { kind: 'tagged'; tag: string; status: 'OK' | 'NO' | 'BAD'; code: string | null; rest: string };

export interface ImapResponse {
  status: 'OK' | 'NO' | 'BAD';
  /** Response code of the tagged line, e.g. 'AUTHENTICATIONFAILED', or null. */
  code: string | null;
  untagged: Extract<ImapLine, { kind: 'untagged' }>[];
}

const STATUSES = new Set(['OK', 'NO', 'BAD', 'PREAUTH', 'BYE']);
const TAG = /^[\x21-\x7e]+$/;
const LITERAL = /\{([0-9]{1,10})\+?\}$/;

/** `[CODE args] text` → code 'CODE' (uppercased) and the text inside the brackets for CAPABILITY. */
function splitCode(text: string): { code: string | null; codeArgs: string; rest: string } {
  if (!text.startsWith('[')) return { code: null, codeArgs: '', rest: text };
  const close = text.indexOf(']');
  if (close === -1) return { code: null, codeArgs: '', rest: text };
  const inside = text.slice(1, close).trim();
  const space = inside.indexOf(' ');
  const code = (space === -1 ? inside : inside.slice(0, space)).toUpperCase();
  return {
    code: code || null,
    codeArgs: space === -1 ? '' : inside.slice(space + 1),
    rest: text.slice(close + 1).trim(),
  };
}

export function parseImapLine(line: string): ImapLine | null {
  if (line === '+' || line.startsWith('+ ')) return { kind: 'continuation', text: line.slice(2) };
  const space = line.indexOf(' ');
  if (space <= 0) return null;
  const tag = line.slice(0, space);
  const afterTag = line.slice(space + 1);
  const wordEnd = afterTag.indexOf(' ');
  const word = (wordEnd === -1 ? afterTag : afterTag.slice(0, wordEnd)).toUpperCase();
  const text = wordEnd === -1 ? '' : afterTag.slice(wordEnd + 1);
  if (tag === '*') {
    if (STATUSES.has(word)) {
      const { code, codeArgs, rest } = splitCode(text);
      return { kind: 'untagged', status: word as ImapStatus, name: word, code, rest: code ? codeArgs : rest };
    }
    return word ? { kind: 'untagged', status: null, name: word, code: null, rest: text } : null;
  }
  if (!TAG.test(tag) || (word !== 'OK' && word !== 'NO' && word !== 'BAD')) return null;
  const { code, rest } = splitCode(text);
  return { kind: 'tagged', tag, status: word, code, rest };
}

/** The atoms of a capability list, uppercased; junk bytes and absurd tokens dropped. */
export function parseCapabilityAtoms(text: string): string[] {
  return text
    .split(/\s+/)
    .map((atom) => atom.toUpperCase())
    .filter((atom) => /^[\x21-\x7e]{1,64}$/.test(atom));
}

/** Reads one full line, following `{n}` literals (capped) so the response stays one logical line. */
export async function readImapLogicalLine(
  source: LineSource,
  limits: ReplyLimits,
  deadlineAt: number,
  timeoutCode: ReadTimeoutCode,
): Promise<string> {
  let line = await source.readLine(deadlineAt, timeoutCode);
  let literals = 0;
  for (let match = LITERAL.exec(line); match; match = LITERAL.exec(line)) {
    const size = Number(match[1]);
    literals += 1;
    if (size > limits.maxLiteralBytes || literals > limits.maxLinesPerReply)
      throw protocolError('REPLY_TOO_LONG');
    const literal = await source.readBytes(size, deadlineAt, timeoutCode);
    line =
      line.slice(0, match.index) + JSON.stringify(literal) + (await source.readLine(deadlineAt, timeoutCode));
  }
  return line;
}

/** Reads untagged lines until the tagged completion of `tag`. */
export async function readImapResponse(
  source: LineSource,
  tag: string,
  limits: ReplyLimits,
  deadlineAt: number,
  timeoutCode: ReadTimeoutCode = 'COMMAND_TIMEOUT',
): Promise<ImapResponse> {
  const untagged: ImapResponse['untagged'] = [];
  for (let count = 0; count < limits.maxLinesPerReply; count += 1) {
    const parsed = parseImapLine(await readImapLogicalLine(source, limits, deadlineAt, timeoutCode));
    if (!parsed) throw protocolError('BAD_REPLY');
    if (parsed.kind === 'untagged') untagged.push(parsed);
    else if (parsed.kind === 'tagged') {
      if (parsed.tag !== tag) throw protocolError('BAD_REPLY');
      return { status: parsed.status, code: parsed.code, untagged };
    } else throw protocolError('BAD_REPLY');
  }
  throw protocolError('REPLY_TOO_LONG');
}
