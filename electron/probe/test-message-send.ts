// The test message itself and its one SMTP transaction (MAIL, RCPT, DATA) over a logged-in session.
// The message names no one but the user, asks for no auto-replies (RFC 3834) and carries a random token
// in its Subject and Message-ID so the inbox search finds exactly this message.
import { randomBytes } from 'node:crypto';
import { protocolError } from './failure.js';
import { readSmtpReply } from './smtp-reply.js';
import type { MailSession } from './mail-session.js';

export interface TestMessage {
  token: string;
  /** Header and body lines, without CRLF and not yet dot-stuffed. */
  lines: string[];
}

const BODY_LINES = [
  'This message was sent by MailWiz to check that your mail settings can send and receive.',
  'You can delete it.',
  '',
  'MailWiz（メール設定ウィザード）が送受信の確認のために送ったテストメールです。削除してかまいません。',
];

function base64Lines(text: string): string[] {
  return (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  );
}

/** RFC 5322 date-time in UTC. */
function mailDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

export function composeTestMessage(address: string, domain: string, now = new Date()): TestMessage {
  const token = `mailwiz-test-${randomBytes(8).toString('hex')}`;
  const subjectJa = `=?UTF-8?B?${Buffer.from('（メール設定の確認）', 'utf8').toString('base64')}?=`;
  return {
    token,
    lines: [
      `From: <${address}>`,
      `To: <${address}>`,
      `Subject: MailWiz test message ${token} ${subjectJa}`,
      `Date: ${mailDate(now)}`,
      `Message-ID: <${token}@${domain}>`,
      'Auto-Submitted: auto-generated',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      ...base64Lines(BODY_LINES.join('\r\n') + '\r\n'),
    ],
  };
}

const NON_ASCII = /[^\x20-\x7e]/;

/** One transaction; any reply other than the expected one stops it (nothing is retried). */
export async function sendTestMessage(
  session: MailSession,
  address: string,
  message: TestMessage,
): Promise<void> {
  const { connection } = session;
  const step = async (line: string, accepted: number[]) => {
    connection.send(line);
    const reply = await readSmtpReply(connection, connection.limits, connection.commandDeadline());
    if (!accepted.includes(reply.code)) throw protocolError('BAD_REPLY', reply.code);
  };
  // RFC 6531: a non-ASCII local part needs SMTPUTF8, and a server without it cannot take the address.
  const utf8 = NON_ASCII.test(address);
  if (utf8 && !session.capabilities.names.includes('SMTPUTF8')) throw protocolError('BAD_REPLY');
  await step(`MAIL FROM:<${address}>${utf8 ? ' SMTPUTF8' : ''}`, [250]);
  await step(`RCPT TO:<${address}>`, [250, 251]);
  await step('DATA', [354]);
  for (const line of message.lines) connection.send(line.startsWith('.') ? `.${line}` : line);
  await step('.', [250]);
}
