// What each mail protocol module provides to the shared session flow (greeting, capabilities,
// STARTTLS, login, goodbye). One small module per protocol implements it.
import type { AuthAttempt, Capabilities } from '../shared/probe-types.js';
import type { MailConnection } from './connection.js';
import { ProbeFailure, protocolError } from './failure.js';

export interface Greeting {
  /** IMAP `* PREAUTH`: already logged in, no STARTTLS possible. */
  preauth: boolean;
  /** Capabilities announced in the greeting itself (IMAP `[CAPABILITY ...]`), if any. */
  capabilities: Capabilities | null;
}

export interface LoginInput {
  username: string;
  password: string;
  capabilities: Capabilities;
  /** The channel is TLS (implicit or after STARTTLS). */
  encrypted: boolean;
}

export interface ProtocolDriver {
  readGreeting(connection: MailConnection): Promise<Greeting>;
  /** Asks the server; `announced` may save the round trip when it came over the same channel. */
  readCapabilities(connection: MailConnection, announced: Capabilities | null): Promise<Capabilities>;
  /** Sends STARTTLS/STLS and returns once the server said go ahead; throws STARTTLS_REFUSED otherwise. */
  requestStartTls(connection: MailConnection): Promise<void>;
  /** One login attempt; never throws for a rejected login, only for transport failures. */
  login(connection: MailConnection, input: LoginInput): Promise<AuthAttempt>;
  /** QUIT/LOGOUT within the quit deadline; never throws. */
  quit(connection: MailConnection): Promise<void>;
}

/**
 * Sends STARTTLS/STLS through `ask` and returns only on the go-ahead. Any other answer, even one we
 * cannot parse, means the channel stays cleartext: STARTTLS_REFUSED, with the SMTP code if any.
 */
export async function requireStartTlsGoAhead(
  ask: () => Promise<{ goAhead: boolean; replyCode: number | null }>,
): Promise<void> {
  let answer: { goAhead: boolean; replyCode: number | null };
  try {
    answer = await ask();
  } catch (error) {
    if (error instanceof ProbeFailure && error.code === 'BAD_REPLY')
      throw protocolError('STARTTLS_REFUSED', error.replyCode);
    throw error;
  }
  if (!answer.goAhead) throw protocolError('STARTTLS_REFUSED', answer.replyCode);
}
