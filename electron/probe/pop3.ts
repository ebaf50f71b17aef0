// POP3 dialogue for a probe: +OK greeting, CAPA, STLS, AUTH/USER+PASS, QUIT.
import type { AuthAttempt, AuthOutcome } from '../shared/probe-types.js';
import { pop3Capabilities } from './capabilities.js';
import type { MailConnection } from './connection.js';
import { ProbeFailure, protocolError } from './failure.js';
import { requireStartTlsGoAhead, type Greeting, type LoginInput, type ProtocolDriver } from './protocol.js';
import { parsePop3Status, readPop3Lines, readPop3Status, type Pop3Status } from './pop3-response.js';
import { cramMd5Response, plainInitialResponse } from './sasl.js';

/** RFC 2449 / RFC 3206 response codes on -ERR. */
export function classifyPop3Login(status: Pop3Status): AuthOutcome {
  if (status.ok) return 'ok';
  switch (status.code) {
    case 'SYS/TEMP':
    case 'IN-USE':
      return 'temporary-failure';
    case 'SYS/PERM':
      return 'error';
    default:
      return 'failed';
  }
}

function replyOf(status: Pop3Status): string {
  return status.ok ? '+OK' : status.code ? `-ERR [${status.code}]` : '-ERR';
}

async function command(connection: MailConnection, line: string) {
  connection.send(line);
  return readPop3Status(connection, connection.commandDeadline());
}

type Pop3LoginMethod = 'USER' | 'PLAIN' | 'CRAM-MD5';

/** USER/PASS is the universal POP3 login; in cleartext (consent only) CRAM-MD5 keeps the password off the wire. */
function chooseLoginMethod(input: LoginInput): Pop3LoginMethod | null {
  const { names, authMechanisms } = input.capabilities;
  const userPass = names.includes('USER') || names.length === 0;
  const cram = authMechanisms.includes('CRAM-MD5');
  if (!input.encrypted && cram) return 'CRAM-MD5';
  if (userPass) return 'USER';
  if (authMechanisms.includes('PLAIN')) return 'PLAIN';
  return cram ? 'CRAM-MD5' : null;
}

async function cramMd5Login(connection: MailConnection, input: LoginInput): Promise<Pop3Status> {
  connection.send('AUTH CRAM-MD5');
  const challenge = await connection.readLine(connection.commandDeadline());
  if (!challenge.startsWith('+ ')) {
    const status = parsePop3Status(challenge);
    if (!status) throw protocolError('BAD_REPLY');
    return status;
  }
  return command(connection, cramMd5Response(input.username, input.password, challenge.slice(2)) ?? '*');
}

async function userPassLogin(connection: MailConnection, input: LoginInput): Promise<Pop3Status> {
  const user = await command(connection, `USER ${input.username}`);
  return user.ok ? command(connection, `PASS ${input.password}`) : user;
}

export function createPop3Driver(): ProtocolDriver {
  return {
    async readGreeting(connection): Promise<Greeting> {
      const deadline = performance.now() + connection.limits.greetingTimeoutMs;
      let status: Pop3Status;
      try {
        status = await readPop3Status(connection, deadline, 'GREETING_TIMEOUT');
      } catch (error) {
        if (error instanceof ProbeFailure && error.code === 'BAD_REPLY')
          throw protocolError('NOT_A_MAIL_SERVER');
        throw error;
      }
      if (!status.ok) throw protocolError('GREETING_REJECTED');
      return { preauth: false, capabilities: null };
    },

    async readCapabilities(connection) {
      const status = await command(connection, 'CAPA');
      if (!status.ok) return pop3Capabilities(null);
      return pop3Capabilities(
        await readPop3Lines(connection, connection.limits, connection.commandDeadline()),
      );
    },

    requestStartTls: (connection) =>
      requireStartTlsGoAhead(async () => ({
        goAhead: (await command(connection, 'STLS')).ok,
        replyCode: null,
      })),

    async login(connection, input): Promise<AuthAttempt> {
      const { username } = input;
      const method = chooseLoginMethod(input);
      if (!method) return { username, mechanism: 'NONE', outcome: 'no-mechanism', reply: null };
      const status =
        method === 'USER'
          ? await userPassLogin(connection, input)
          : method === 'PLAIN'
            ? await command(connection, `AUTH PLAIN ${plainInitialResponse(username, input.password)}`)
            : await cramMd5Login(connection, input);
      return { username, mechanism: method, outcome: classifyPop3Login(status), reply: replyOf(status) };
    },

    async quit(connection) {
      try {
        connection.send('QUIT');
        await readPop3Status(connection, performance.now() + connection.limits.quitTimeoutMs);
      } catch {
        // Courtesy only.
      }
    },
  };
}
