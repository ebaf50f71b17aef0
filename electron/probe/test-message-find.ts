// Looking for the test message in the inbox. IMAP: EXAMINE INBOX (read-only: no flags change) and
// SEARCH HEADER Subject, repeated on the same session (new mail shows up on the next command).
// POP3: a maildrop is a snapshot taken at login, so every look is a fresh session: STAT, then TOP n 0 on
// the newest few messages, checking their Subject header.
import { protocolError } from './failure.js';
import { readImapResponse, type ImapResponse } from './imap-response.js';
import { readPop3Lines, readPop3Status } from './pop3-response.js';
import type { MailSession } from './mail-session.js';

/** Newest messages looked at per POP3 check: the test message was just delivered. */
const POP3_NEWEST_CHECKED = 20;

export interface InboxLook {
  /** True when the message is there; may be called repeatedly. */
  look(): Promise<boolean>;
  close(): Promise<void>;
}

export async function imapInbox(session: MailSession, token: string): Promise<InboxLook> {
  const { connection } = session;
  let counter = 0;
  const command = async (text: string): Promise<ImapResponse> => {
    const tag = `m${++counter}`;
    connection.send(`${tag} ${text}`);
    return readImapResponse(connection, tag, connection.limits, connection.commandDeadline());
  };
  try {
    const examined = await command('EXAMINE INBOX');
    if (examined.status !== 'OK') throw protocolError('BAD_REPLY');
  } catch (error) {
    await session.close();
    throw error;
  }
  return {
    async look() {
      // The token is [a-z0-9-] only, so it needs no quoting beyond the quotes.
      const found = await command(`SEARCH HEADER Subject "${token}"`);
      if (found.status !== 'OK') throw protocolError('BAD_REPLY');
      return found.untagged.some((line) => line.name === 'SEARCH' && /\d/.test(line.rest));
    },
    close: () => session.close(),
  };
}

/** Unfolds a header block and tells whether its Subject contains the token. */
export function subjectHasToken(headerLines: string[], token: string): boolean {
  const unfolded = headerLines.join('\r\n').replace(/\r\n[ \t]+/g, ' ');
  return unfolded.split('\r\n').some((line) => /^subject:/i.test(line) && line.includes(token));
}

export async function pop3Holds(session: MailSession, token: string): Promise<boolean> {
  const { connection } = session;
  const status = async (line: string) => {
    connection.send(line);
    const reply = await readPop3Status(connection, connection.commandDeadline());
    if (!reply.ok) throw protocolError('BAD_REPLY');
    return reply.line;
  };
  const count = Number(/^\+OK\s+(\d+)/i.exec(await status('STAT'))?.[1] ?? 0);
  for (let index = count; index > Math.max(0, count - POP3_NEWEST_CHECKED); index -= 1) {
    await status(`TOP ${index} 0`);
    const header = await readPop3Lines(connection, connection.limits, connection.commandDeadline());
    if (subjectHasToken(header, token)) return true;
  }
  return false;
}
