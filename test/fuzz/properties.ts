// Properties of the probe's reply parsers, shared by the unit suite (few runs) and `npm run fuzz`
// (millions): any byte sequence yields a result or a coded ProbeFailure, never another exception,
// never more buffered memory than the session cap; valid replies round-trip.
import fc from 'fast-check';
import { imapCapabilities, pop3Capabilities, smtpCapabilities } from '../../electron/probe/capabilities.js';
import { ProbeFailure } from '../../electron/probe/failure.js';
import { parseCapabilityAtoms, parseImapLine, readImapResponse } from '../../electron/probe/imap-response.js';
import { LineReader } from '../../electron/probe/line-reader.js';
import { parsePop3Status, readPop3Lines, readPop3Status } from '../../electron/probe/pop3-response.js';
import { parseSmtpLine, readSmtpReply } from '../../electron/probe/smtp-reply.js';

const LIMITS = { maxLineBytes: 512, maxSessionBytes: 16 * 1024, maxLinesPerReply: 32, maxLiteralBytes: 256 };
const FAR_DEADLINE = () => performance.now() + 60_000;
const CODES = new Set([
  'LINE_TOO_LONG', 'REPLY_TOO_LONG', 'SESSION_TOO_LARGE', 'BAD_REPLY', 'CONNECTION_CLOSED', 'COMMAND_TIMEOUT',
]); // prettier-ignore

/** Byte soup biased towards protocol-looking input: CRLF, digits, `250-`, `* `, `{12}`, `+OK`, dots. */
const protocolBytes = fc.array(
  fc.oneof(
    fc.uint8Array({ maxLength: 64 }),
    fc.constantFrom(
      ...[
        '\r\n',
        '\n',
        '250-',
        '250 ',
        '220 ',
        '* ',
        'p1 OK ',
        'p1 NO [AUTHENTICATIONFAILED] ',
        '+ ',
        '{5}\r\n',
        '{99999999}\r\n',
        '+OK ',
        '-ERR [AUTH] ',
        '.\r\n',
        '..',
        'STARTTLS',
        'AUTH PLAIN',
        '\0',
        '\xff',
      ].map((text) => Buffer.from(text, 'latin1')),
    ),
  ),
  { maxLength: 40 },
);

async function feedAndRead(
  chunks: Uint8Array[],
  read: (reader: LineReader) => Promise<unknown>,
): Promise<void> {
  const reader = new LineReader(LIMITS);
  for (const chunk of chunks) reader.push(Buffer.from(chunk));
  reader.end();
  try {
    await read(reader);
  } catch (error) {
    if (!(error instanceof ProbeFailure) || !CODES.has(error.code)) throw error;
  }
  if (reader.bufferedBytes > LIMITS.maxSessionBytes) throw new Error('reader kept more than the session cap');
}

export const syncProperties = {
  lineParsersAreTotal: fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (line) => {
    const smtp = parseSmtpLine(line);
    if (smtp && (smtp.code < 200 || smtp.code > 599)) return false;
    parseImapLine(line);
    parsePop3Status(line);
    const atoms = parseCapabilityAtoms(line);
    return atoms.every((atom) => /^[\x21-\x7e]{1,64}$/.test(atom));
  }),
  capabilityBuildersAreTotal: fc.property(
    fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 20 }),
    (lines) => {
      for (const capabilities of [
        smtpCapabilities(lines),
        imapCapabilities(lines),
        pop3Capabilities(lines),
      ]) {
        if (capabilities.size !== null && !Number.isSafeInteger(capabilities.size)) return false;
        if (!capabilities.names.every((name) => /^[\x21-\x7e]{1,64}$/.test(name))) return false;
      }
      return true;
    },
  ),
  smtpReplyRoundTrip: fc.property(
    fc.integer({ min: 200, max: 599 }),
    fc.array(fc.stringMatching(/^[\x20-\x7e]{0,60}$/), { minLength: 1, maxLength: 10 }),
    (code, lines) =>
      lines.every((text, index) => {
        const parsed = parseSmtpLine(`${code}${index < lines.length - 1 ? '-' : ' '}${text}`);
        return (
          parsed !== null &&
          parsed.code === code &&
          parsed.text === text &&
          parsed.more === index < lines.length - 1
        );
      }),
  ),
  imapCapabilityRoundTrip: fc.property(
    fc.array(fc.stringMatching(/^[A-Za-z0-9=.+-]{1,20}$/), { maxLength: 30 }),
    (atoms) => {
      const line = parseImapLine(`* CAPABILITY ${atoms.join(' ')}`);
      if (!line || line.kind !== 'untagged') return false;
      return (
        JSON.stringify(parseCapabilityAtoms(line.rest)) ===
        JSON.stringify(atoms.map((atom) => atom.toUpperCase()))
      );
    },
  ),
};

export const asyncProperties = {
  smtpReaderNeverThrowsUncoded: fc.asyncProperty(protocolBytes, (chunks) =>
    feedAndRead(chunks, (reader) => readSmtpReply(reader, LIMITS, FAR_DEADLINE())),
  ),
  imapReaderNeverThrowsUncoded: fc.asyncProperty(protocolBytes, (chunks) =>
    feedAndRead(chunks, (reader) => readImapResponse(reader, 'p1', LIMITS, FAR_DEADLINE())),
  ),
  pop3ReaderNeverThrowsUncoded: fc.asyncProperty(protocolBytes, (chunks) =>
    feedAndRead(chunks, async (reader) => {
      await readPop3Status(reader, FAR_DEADLINE());
      return readPop3Lines(reader, LIMITS, FAR_DEADLINE());
    }),
  ),
  pop3DotStuffingRoundTrip: fc.asyncProperty(
    fc.array(fc.stringMatching(/^[\x20-\x7e]{0,40}$/), { maxLength: 20 }),
    fc.integer({ min: 1, max: 7 }),
    async (lines, chunkSize) => {
      const wire = Buffer.from(
        lines.map((line) => (line.startsWith('.') ? `.${line}` : line) + '\r\n').join('') + '.\r\n',
      );
      const reader = new LineReader(LIMITS);
      for (let offset = 0; offset < wire.length; offset += chunkSize)
        reader.push(wire.subarray(offset, offset + chunkSize));
      const read = await readPop3Lines(reader, LIMITS, FAR_DEADLINE());
      return JSON.stringify(read) === JSON.stringify(lines);
    },
  ),
};

export type PropertyName = keyof typeof syncProperties | keyof typeof asyncProperties;
