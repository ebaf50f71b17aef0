// SMTP dialogue for a probe: greeting, EHLO (HELO fallback), STARTTLS, AUTH, QUIT.
import type { AuthAttempt, AuthOutcome } from '../shared/probe-types.js';
import type { MailConnection } from './connection.js';
import { capabilitiesAfterHelo, smtpCapabilities } from './capabilities.js';
import { ProbeFailure, protocolError } from './failure.js';
import { requireStartTlsGoAhead, type Greeting, type LoginInput, type ProtocolDriver } from './protocol.js';
import { base64, chooseMechanism, cramMd5Response, plainInitialResponse } from './sasl.js';
import { readSmtpReply, replySummary, type SmtpReply } from './smtp-reply.js';

/** RFC 4954 and Microsoft 365 replies to AUTH. */
export function classifySmtpAuthReply(reply: SmtpReply): AuthOutcome {
  if (reply.code === 235) return 'ok';
  // Microsoft: 535 5.7.139 and 550 5.7.30 both mean "basic authentication is disabled".
  if (reply.enhanced === '5.7.139' || reply.enhanced === '5.7.30') return 'basic-auth-disabled';
  switch (reply.code) {
    case 535:
      return 'failed';
    case 530:
      return 'auth-required';
    case 534:
      return 'mechanism-too-weak';
    case 538:
      return 'encryption-required';
    case 504:
      return 'no-mechanism';
    default:
      return reply.code >= 400 && reply.code < 500 ? 'temporary-failure' : 'error';
  }
}

async function command(connection: MailConnection, line: string): Promise<SmtpReply> {
  connection.send(line);
  return readSmtpReply(connection, connection.limits, connection.commandDeadline());
}

/** Runs the SASL exchange; returns the final reply, or null when the server broke the exchange. */
async function authenticate(
  connection: MailConnection,
  mechanism: string,
  input: LoginInput,
): Promise<SmtpReply | null> {
  const { username, password } = input;
  if (mechanism === 'PLAIN')
    return command(connection, `AUTH PLAIN ${plainInitialResponse(username, password)}`);
  const first = await command(connection, `AUTH ${mechanism}`);
  if (first.code !== 334) return first;
  if (mechanism === 'LOGIN') {
    const second = await command(connection, base64(username));
    return second.code === 334 ? command(connection, base64(password)) : second;
  }
  const response = cramMd5Response(username, password, first.lines[0] ?? '');
  if (response === null) {
    await command(connection, '*'); // RFC 4954: cancel the exchange
    return null;
  }
  return command(connection, response);
}

export function createSmtpDriver(clientName: string): ProtocolDriver {
  return {
    async readGreeting(connection): Promise<Greeting> {
      const deadline = performance.now() + connection.limits.greetingTimeoutMs;
      let reply: SmtpReply;
      try {
        reply = await readSmtpReply(connection, connection.limits, deadline, 'GREETING_TIMEOUT');
      } catch (error) {
        // The very first line is not SMTP at all: something else listens on this port.
        if (error instanceof ProbeFailure && error.code === 'BAD_REPLY' && error.replyCode === null) {
          throw protocolError('NOT_A_MAIL_SERVER');
        }
        throw error;
      }
      if (reply.code === 220) return { preauth: false, capabilities: null };
      if (reply.code === 421 || reply.code >= 500) throw protocolError('GREETING_REJECTED', reply.code);
      throw protocolError('BAD_REPLY', reply.code);
    },

    async readCapabilities(connection) {
      const ehlo = await command(connection, `EHLO ${clientName}`);
      if (ehlo.code === 250) return smtpCapabilities(ehlo.lines);
      // Only a "command not understood" family of answers means "old server, try HELO".
      if (ehlo.code < 500 || ehlo.code > 504) throw protocolError('BAD_REPLY', ehlo.code);
      const helo = await command(connection, `HELO ${clientName}`);
      if (helo.code !== 250) throw protocolError('BAD_REPLY', helo.code);
      return capabilitiesAfterHelo();
    },

    requestStartTls: (connection) =>
      requireStartTlsGoAhead(async () => {
        const reply = await command(connection, 'STARTTLS');
        return { goAhead: reply.code === 220, replyCode: reply.code };
      }),

    async login(connection, input): Promise<AuthAttempt> {
      const mechanism = chooseMechanism(input.capabilities.authMechanisms, input.encrypted);
      if (!mechanism)
        return { username: input.username, mechanism: 'NONE', outcome: 'no-mechanism', reply: null };
      const reply = await authenticate(connection, mechanism, input);
      if (!reply) return { username: input.username, mechanism, outcome: 'error', reply: null };
      return {
        username: input.username,
        mechanism,
        outcome: classifySmtpAuthReply(reply),
        reply: replySummary(reply),
      };
    },

    async quit(connection) {
      try {
        connection.send('QUIT');
        await readSmtpReply(
          connection,
          connection.limits,
          performance.now() + connection.limits.quitTimeoutMs,
        );
      } catch {
        // The goodbye is a courtesy; the connection is closed by the caller either way.
      }
    },
  };
}
