// A small IMAP server (raw sockets) with the behaviours a probe must handle: STARTTLS, implicit TLS,
// PREAUTH, LOGINDISABLED before TLS, LOGIN and AUTHENTICATE PLAIN, and overridable replies.
import {
  decodeSaslPlain,
  startLineServer,
  type LineServerConnection,
  type LineTestServer,
} from './line-channel.js';
import type { ServerCert } from './tcp-server.js';

export interface ImapServerOptions {
  /** Listen address; 127.0.0.1 by default. */
  host?: string;
  cert?: ServerCert;
  /** Implicit TLS (993-style); requires cert. */
  implicitTls?: boolean;
  /** Offer STARTTLS (requires cert). Default true when a cert is given and not implicit. */
  starttls?: boolean;
  preauth?: boolean;
  /** LOGINDISABLED (and no AUTH=) until TLS. Default true when STARTTLS is offered. */
  loginDisabledBeforeTls?: boolean;
  users?: Record<string, string>;
  /** Raw bytes answering STARTTLS instead of `tag OK Begin TLS`; `{tag}` is replaced. */
  starttlsReply?: string;
  /** Raw greeting instead of `* OK ...`. */
  greeting?: string;
  /** Capability atoms to announce instead of the computed list (both before and after TLS). */
  capabilities?: (secure: boolean) => string[];
  /** Code for failed logins; default AUTHENTICATIONFAILED. */
  failureCode?: string;
}

export type ImapTestServer = LineTestServer;

function capabilityList(options: ImapServerOptions, secure: boolean): string[] {
  if (options.capabilities) return options.capabilities(secure);
  const atoms = ['IMAP4rev1', 'IDLE', 'SASL-IR'];
  const starttls = options.starttls ?? (options.cert !== undefined && !options.implicitTls);
  if (!secure && starttls) atoms.push('STARTTLS');
  const disabled = !secure && (options.loginDisabledBeforeTls ?? starttls);
  atoms.push(...(disabled ? ['LOGINDISABLED'] : ['AUTH=PLAIN']));
  return atoms;
}

/** An AUTHENTICATE PLAIN waiting for its continuation line. */
interface ImapSession {
  authTag: string | null;
}

function unquote(value: string): string {
  return value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}

export function startImapServer(options: ImapServerOptions = {}): Promise<ImapTestServer> {
  const loginReply = (tag: string, ok: boolean) =>
    ok
      ? `${tag} OK Logged in\r\n`
      : `${tag} NO [${options.failureCode ?? 'AUTHENTICATIONFAILED'}] Authentication failed\r\n`;

  const onLine = (line: string, { channel, session, checkLogin }: LineServerConnection<ImapSession>) => {
    if (session.authTag) {
      channel.write(loginReply(session.authTag, checkLogin(...decodeSaslPlain(line))));
      session.authTag = null;
      return;
    }
    const [tag = '', rawCommand = '', ...args] = line.split(' ');
    const command = rawCommand.toUpperCase();
    if (command === 'CAPABILITY') {
      channel.write(
        `* CAPABILITY ${capabilityList(options, channel.secure).join(' ')}\r\n${tag} OK done\r\n`,
      );
    } else if (command === 'STARTTLS' && options.cert && !channel.secure) {
      if (options.starttlsReply !== undefined) {
        channel.write(options.starttlsReply.replaceAll('{tag}', tag));
        return;
      }
      channel.write(`${tag} OK Begin TLS negotiation now\r\n`);
      channel.upgrade(options.cert);
    } else if (command === 'LOGIN') {
      const match = /^(\S+|"(?:[^"\\]|\\.)*") (\S+|"(?:[^"\\]|\\.)*")$/.exec(args.join(' '));
      channel.write(loginReply(tag, match !== null && checkLogin(unquote(match[1]!), unquote(match[2]!))));
    } else if (command === 'AUTHENTICATE' && args[0]?.toUpperCase() === 'PLAIN') {
      if (args[1]) {
        channel.write(loginReply(tag, checkLogin(...decodeSaslPlain(args[1]))));
      } else {
        session.authTag = tag;
        channel.write('+ \r\n');
      }
    } else if (command === 'LOGOUT') {
      channel.end(`* BYE Logging out\r\n${tag} OK Logout completed\r\n`);
    } else if (command === 'NOOP') {
      channel.write(`${tag} OK NOOP completed\r\n`);
    } else {
      channel.write(`${tag} BAD Unknown command\r\n`);
    }
  };

  return startLineServer<ImapSession>({
    host: options.host,
    cert: options.cert,
    implicitTls: options.implicitTls,
    users: options.users,
    newSession: () => ({ authTag: null }),
    greeting: (channel) =>
      options.greeting ??
      (options.preauth
        ? '* PREAUTH [CAPABILITY IMAP4rev1] Logged in as anonymous\r\n'
        : `* OK [CAPABILITY ${capabilityList(options, channel.secure).join(' ')}] Test IMAP ready\r\n`),
    onLine,
  });
}
