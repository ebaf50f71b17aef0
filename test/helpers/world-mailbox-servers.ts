// IMAP and POP3 servers for the loopback world, on a given address and real port, with a mailbox the
// world's SMTP servers deliver into: greeting, capabilities, STARTTLS/STLS, LOGIN / AUTHENTICATE PLAIN /
// USER+PASS, then IMAP EXAMINE/SELECT + SEARCH HEADER and POP3 STAT + TOP, enough for the diagnosis and
// its test message. The hostile probe-engine servers in test/helpers/mail-servers listen on port 0 only
// and keep no mail, so they cannot stand in here; their line channel (STARTTLS upgrade) is reused.
import net from 'node:net';
import tls from 'node:tls';
import { serveLines, type LineChannel } from './mail-servers/line-channel.js';
import { trackConnections } from './loopback-world-sockets.js';

/** Raw RFC 5322 messages (CRLF line ends), oldest first. */
export type Mailbox = string[];

export interface MailboxAccount {
  password: string;
  mailbox: Mailbox;
}

export interface MailboxServerOptions {
  protocol: 'imap' | 'pop3';
  host: string;
  port: number;
  /** true = TLS from the first byte (993/995), false = cleartext with STARTTLS/STLS offered. */
  implicitTls: boolean;
  key: string;
  cert: string;
  /** Accepted user name → password and mailbox. */
  accounts: Record<string, MailboxAccount>;
}

export interface MailboxServer {
  close(): Promise<void>;
}

interface Session {
  /** The logged-in account, if any. */
  account?: MailboxAccount;
  /** POP3: the maildrop as it was at login (RFC 1939 keeps it fixed for the session). */
  snapshot?: Mailbox;
  pendingUser?: string;
  pendingAuthTag?: string;
}

function unquote(token: string): string {
  return token.startsWith('"') ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token;
}

function quotedArguments(rest: string): string[] {
  return (rest.match(/"(?:[^"\\]|\\.)*"|[^\s"]+/g) ?? []).map(unquote);
}

function plainCredentials(base64: string): [string, string] | null {
  const parts = Buffer.from(base64, 'base64').toString('utf8').split('\0');
  return parts.length === 3 ? [parts[1]!, parts[2]!] : null;
}

function headerBlock(message: string): string {
  const end = message.indexOf('\r\n\r\n');
  return end === -1 ? message : message.slice(0, end);
}

/** RFC 3501 SEARCH HEADER: case-insensitive substring of the unfolded field. */
function headerContains(message: string, field: string, value: string): boolean {
  const wanted = `${field.toLowerCase()}:`;
  return headerBlock(message)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')
    .some(
      (line) => line.toLowerCase().startsWith(wanted) && line.toLowerCase().includes(value.toLowerCase()),
    );
}

function login(options: MailboxServerOptions, session: Session, user: string, password: string): boolean {
  const account = options.accounts[user];
  if (account === undefined || account.password !== password) return false;
  session.account = account;
  session.snapshot = [...account.mailbox];
  return true;
}

function imapCapabilities(secure: boolean): string {
  return secure ? 'IMAP4rev1 AUTH=PLAIN' : 'IMAP4rev1 STARTTLS LOGINDISABLED';
}

function imapLine(line: string, channel: LineChannel, session: Session, options: MailboxServerOptions): void {
  const write = (text: string) => channel.write(`${text}\r\n`);
  const loginReply = (tag: string, ok: boolean) =>
    write(ok ? `${tag} OK LOGIN completed` : `${tag} NO [AUTHENTICATIONFAILED] Invalid credentials`);
  const plain = (tag: string, base64: string) => {
    const credentials = plainCredentials(base64);
    loginReply(tag, credentials !== null && login(options, session, ...credentials));
  };
  if (session.pendingAuthTag !== undefined) {
    const tag = session.pendingAuthTag;
    session.pendingAuthTag = undefined;
    return plain(tag, line);
  }
  const [tag = '*', rawCommand = '', ...restParts] = line.split(' ');
  const command = rawCommand.toUpperCase();
  const rest = restParts.join(' ');
  const mailbox = session.account?.mailbox;
  switch (command) {
    case 'CAPABILITY':
      write(`* CAPABILITY ${imapCapabilities(channel.secure)}`);
      return write(`${tag} OK CAPABILITY completed`);
    case 'NOOP':
      return write(`${tag} OK NOOP completed`);
    case 'STARTTLS':
      if (channel.secure) return write(`${tag} BAD already encrypted`);
      write(`${tag} OK Begin TLS negotiation now`);
      return channel.upgrade({ key: options.key, cert: options.cert });
    case 'LOGIN': {
      if (!channel.secure) return write(`${tag} NO [PRIVACYREQUIRED] LOGIN disabled`);
      const [user = '', password = ''] = quotedArguments(rest);
      return loginReply(tag, login(options, session, user, password));
    }
    case 'AUTHENTICATE': {
      const [mechanism = '', initial] = rest.split(' ');
      if (!channel.secure || mechanism.toUpperCase() !== 'PLAIN') return write(`${tag} NO unsupported`);
      if (initial !== undefined) return plain(tag, initial);
      session.pendingAuthTag = tag;
      return write('+ ');
    }
    case 'SELECT':
    case 'EXAMINE':
      if (mailbox === undefined) return write(`${tag} NO not logged in`);
      if (unquote(rest).toUpperCase() !== 'INBOX') return write(`${tag} NO [NONEXISTENT] no such mailbox`);
      write(`* ${mailbox.length} EXISTS`);
      write('* 0 RECENT');
      write('* OK [UIDVALIDITY 1] UIDs valid');
      return write(`${tag} OK [${command === 'EXAMINE' ? 'READ-ONLY' : 'READ-WRITE'}] ${command} completed`);
    case 'SEARCH': {
      const [key = '', field = '', value = ''] = quotedArguments(rest);
      if (mailbox === undefined || key.toUpperCase() !== 'HEADER') return write(`${tag} BAD unsupported`);
      const hits = mailbox.flatMap((message, index) =>
        headerContains(message, field, value) ? [index + 1] : [],
      );
      write(`* SEARCH${hits.map((hit) => ` ${hit}`).join('')}`);
      return write(`${tag} OK SEARCH completed`);
    }
    case 'LOGOUT':
      return channel.end(`* BYE logging out\r\n${tag} OK LOGOUT completed\r\n`);
    default:
      return write(`${tag} BAD unknown command`);
  }
}

function pop3Line(line: string, channel: LineChannel, session: Session, options: MailboxServerOptions): void {
  const write = (text: string) => channel.write(`${text}\r\n`);
  const [rawCommand = '', ...restParts] = line.split(' ');
  const command = rawCommand.toUpperCase();
  const argument = restParts.join(' ');
  const drop = session.snapshot;
  switch (command) {
    case 'CAPA':
      return write(
        ['+OK Capability list follows', 'USER', 'TOP', ...(channel.secure ? [] : ['STLS']), '.'].join('\r\n'),
      );
    case 'STLS':
      if (channel.secure) return write('-ERR already encrypted');
      write('+OK Begin TLS negotiation');
      return channel.upgrade({ key: options.key, cert: options.cert });
    case 'USER':
      if (!channel.secure) return write('-ERR [SYS/PERM] use STLS first');
      session.pendingUser = argument;
      return write('+OK');
    case 'PASS':
      return write(
        session.pendingUser !== undefined && login(options, session, session.pendingUser, argument)
          ? '+OK logged in'
          : '-ERR [AUTH] invalid credentials',
      );
    case 'STAT':
      if (drop === undefined) return write('-ERR not logged in');
      return write(`+OK ${drop.length} ${drop.reduce((total, message) => total + message.length, 0)}`);
    case 'TOP': {
      const message = drop?.[Number(restParts[0]) - 1];
      if (message === undefined) return write('-ERR no such message');
      const lines = headerBlock(message).split('\r\n');
      return write(
        ['+OK', ...lines.map((text) => (text.startsWith('.') ? `.${text}` : text)), '', '.'].join('\r\n'),
      );
    }
    case 'QUIT':
      return channel.end('+OK bye\r\n');
    default:
      return write('-ERR unknown command');
  }
}

export async function startMailboxServer(options: MailboxServerOptions): Promise<MailboxServer> {
  const onConnection = (socket: net.Socket) => {
    socket.on('error', () => socket.destroy());
    const session: Session = {};
    const handler = options.protocol === 'imap' ? imapLine : pop3Line;
    const channel = serveLines(
      socket,
      { received: '' },
      (line, current) => handler(line, current, session, options),
      options.implicitTls,
    );
    channel.write(
      options.protocol === 'imap'
        ? `* OK [CAPABILITY ${imapCapabilities(options.implicitTls)}] MailWiz test IMAP ready\r\n`
        : '+OK MailWiz test POP3 ready\r\n',
    );
  };
  const server = options.implicitTls
    ? tls.createServer({ key: options.key, cert: options.cert }, onConnection)
    : net.createServer(onConnection);
  server.on('tlsClientError', () => undefined);
  const connections = trackConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return { close: () => connections.closeNow() };
}
