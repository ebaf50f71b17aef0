// IMAP dialogue for a probe: greeting (OK/PREAUTH/BYE), CAPABILITY, STARTTLS, LOGIN/AUTHENTICATE, LOGOUT.
import type { AuthAttempt, AuthOutcome, Capabilities } from '../shared/probe-types.js';
import { imapCapabilities } from './capabilities.js';
import type { MailConnection } from './connection.js';
import { protocolError } from './failure.js';
import {
  parseCapabilityAtoms,
  parseImapLine,
  readImapLogicalLine,
  readImapResponse,
  type ImapResponse,
} from './imap-response.js';
import { requireStartTlsGoAhead, type Greeting, type LoginInput, type ProtocolDriver } from './protocol.js';
import { cramMd5Response, plainInitialResponse } from './sasl.js';

/** RFC 5530 response codes on a NO to LOGIN/AUTHENTICATE. */
export function classifyImapLogin(response: Pick<ImapResponse, 'status' | 'code'>): AuthOutcome {
  if (response.status === 'OK') return 'ok';
  if (response.status === 'BAD') return 'error';
  switch (response.code) {
    case 'UNAVAILABLE':
      return 'temporary-failure';
    case 'PRIVACYREQUIRED':
      return 'encryption-required';
    default:
      return 'failed';
  }
}

function loginReply(response: Pick<ImapResponse, 'status' | 'code'>): string {
  return response.code ? `${response.status} [${response.code}]` : response.status;
}

/** IMAP quoted string; null when the value cannot be quoted (CR, LF, NUL). */
export function imapQuote(value: string): string | null {
  if (/[\r\n\0]/.test(value)) return null;
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

type ImapLoginMethod = 'AUTHENTICATE PLAIN' | 'LOGIN' | 'AUTHENTICATE CRAM-MD5';

/** Over TLS: PLAIN (any bytes, base64) before LOGIN; in cleartext (consent only) CRAM-MD5 first. */
function chooseLoginMethod(capabilities: Capabilities, encrypted: boolean): ImapLoginMethod | null {
  const available: ImapLoginMethod[] = [];
  if (capabilities.authMechanisms.includes('PLAIN')) available.push('AUTHENTICATE PLAIN');
  if (!capabilities.loginDisabled) available.push('LOGIN');
  if (capabilities.authMechanisms.includes('CRAM-MD5')) available.push('AUTHENTICATE CRAM-MD5');
  if (!encrypted && available.includes('AUTHENTICATE CRAM-MD5')) return 'AUTHENTICATE CRAM-MD5';
  return available[0] ?? null;
}

export function createImapDriver(): ProtocolDriver {
  let tagCounter = 0;
  const nextTag = () => `p${++tagCounter}`;

  async function command(connection: MailConnection, text: string): Promise<ImapResponse> {
    const tag = nextTag();
    connection.send(`${tag} ${text}`);
    return readImapResponse(connection, tag, connection.limits, connection.commandDeadline());
  }

  /** AUTHENTICATE with continuation requests; answers each `+` from `respond`, '*' cancels. */
  async function authenticate(
    connection: MailConnection,
    mechanism: string,
    respond: (challenge: string) => string,
  ): Promise<ImapResponse> {
    const tag = nextTag();
    const deadline = connection.commandDeadline();
    connection.send(`${tag} AUTHENTICATE ${mechanism}`);
    for (let round = 0; round < 3; round += 1) {
      const line = parseImapLine(
        await readImapLogicalLine(connection, connection.limits, deadline, 'COMMAND_TIMEOUT'),
      );
      if (!line) throw protocolError('BAD_REPLY');
      if (line.kind === 'tagged' && line.tag === tag)
        return { status: line.status, code: line.code, untagged: [] };
      if (line.kind === 'continuation') connection.send(respond(line.text));
    }
    connection.send('*');
    return readImapResponse(connection, tag, connection.limits, deadline);
  }

  return {
    async readGreeting(connection): Promise<Greeting> {
      const deadline = performance.now() + connection.limits.greetingTimeoutMs;
      const line = parseImapLine(
        await readImapLogicalLine(connection, connection.limits, deadline, 'GREETING_TIMEOUT'),
      );
      if (!line || line.kind !== 'untagged' || line.status === null) throw protocolError('NOT_A_MAIL_SERVER');
      if (line.status === 'BYE' || line.status === 'NO' || line.status === 'BAD')
        throw protocolError('GREETING_REJECTED');
      const capabilities =
        line.code === 'CAPABILITY' ? imapCapabilities(parseCapabilityAtoms(line.rest)) : null;
      return { preauth: line.status === 'PREAUTH', capabilities };
    },

    async readCapabilities(connection, announced) {
      if (announced) return announced;
      const response = await command(connection, 'CAPABILITY');
      if (response.status !== 'OK') throw protocolError('BAD_REPLY');
      const atoms = response.untagged
        .filter((line) => line.name === 'CAPABILITY')
        .flatMap((line) => parseCapabilityAtoms(line.rest));
      if (atoms.length === 0) throw protocolError('BAD_REPLY');
      return imapCapabilities(atoms);
    },

    requestStartTls: (connection) =>
      requireStartTlsGoAhead(async () => {
        const response = await command(connection, 'STARTTLS');
        return { goAhead: response.status === 'OK', replyCode: null };
      }),

    async login(connection, input: LoginInput): Promise<AuthAttempt> {
      const { username, password } = input;
      const method = chooseLoginMethod(input.capabilities, input.encrypted);
      if (!method) return { username, mechanism: 'NONE', outcome: 'no-mechanism', reply: null };
      let response: ImapResponse;
      if (method === 'LOGIN') {
        const user = imapQuote(username);
        const pass = imapQuote(password);
        if (!user || !pass) return { username, mechanism: method, outcome: 'error', reply: null };
        response = await command(connection, `LOGIN ${user} ${pass}`);
      } else if (method === 'AUTHENTICATE PLAIN') {
        const initial = plainInitialResponse(username, password);
        response = input.capabilities.names.includes('SASL-IR')
          ? await command(connection, `AUTHENTICATE PLAIN ${initial}`)
          : await authenticate(connection, 'PLAIN', () => initial);
      } else {
        response = await authenticate(
          connection,
          'CRAM-MD5',
          (challenge) => cramMd5Response(username, password, challenge) ?? '*',
        );
      }
      return {
        username,
        mechanism: method,
        outcome: classifyImapLogin(response),
        reply: loginReply(response),
      };
    },

    async quit(connection) {
      try {
        const tag = nextTag();
        connection.send(`${tag} LOGOUT`);
        await readImapResponse(
          connection,
          tag,
          connection.limits,
          performance.now() + connection.limits.quitTimeoutMs,
        );
      } catch {
        // Courtesy only.
      }
    },
  };
}
