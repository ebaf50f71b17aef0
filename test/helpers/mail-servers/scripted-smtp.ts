// An SMTP server whose every reply is scripted: for STARTTLS attacks (injection, stripping, tampering)
// and odd reply codes at each step. It upgrades to TLS only when told to.
import { serveLines, type LineChannel } from './line-channel.js';
import { startTcpServer, type RunningServer, type ServerCert } from './tcp-server.js';

export interface ScriptedSmtpOptions {
  cert?: ServerCert;
  implicitTls?: boolean;
  /** Raw greeting; default `220 mx.test ESMTP\r\n`. */
  greeting?: string;
  /** Holds the greeting back this long, as servers that delay their banner against spam do. */
  greetingDelayMs?: number;
  /** EHLO keywords before TLS (after the name line). */
  ehloBeforeTls?: string[];
  /** EHLO keywords after TLS. */
  ehloAfterTls?: string[];
  /** Raw reply to EHLO, overriding the keyword lists. */
  ehloReply?: string;
  /** Raw reply to HELO. */
  heloReply?: string;
  /** Raw bytes in ONE write in reply to STARTTLS; default `220 Ready to start TLS\r\n`. */
  starttlsReply?: string;
  /** Upgrade to TLS after the STARTTLS reply (default true when cert is given). */
  upgradeOnStarttls?: boolean;
  /** Raw reply to AUTH (first line). */
  authReply?: string;
}

function ehlo(keywords: string[]): string {
  const lines = ['mx.test greets you', ...keywords];
  return lines.map((line, index) => `250${index === lines.length - 1 ? ' ' : '-'}${line}\r\n`).join('');
}

export async function startScriptedSmtp(options: ScriptedSmtpOptions): Promise<RunningServer> {
  const onLine = (line: string, channel: LineChannel) => {
    const command = line.split(' ')[0]?.toUpperCase() ?? '';
    switch (command) {
      case 'EHLO':
        return channel.write(
          options.ehloReply ??
            ehlo(
              channel.secure
                ? (options.ehloAfterTls ?? ['AUTH PLAIN LOGIN'])
                : (options.ehloBeforeTls ?? ['STARTTLS']),
            ),
        );
      case 'HELO':
        return channel.write(options.heloReply ?? '250 mx.test\r\n');
      case 'STARTTLS':
        channel.write(options.starttlsReply ?? '220 Ready to start TLS\r\n');
        if (options.cert && (options.upgradeOnStarttls ?? true)) channel.upgrade(options.cert);
        return;
      case 'AUTH':
        return channel.write(options.authReply ?? '535 5.7.8 Authentication failed\r\n');
      case 'QUIT':
        return channel.end('221 2.0.0 Bye\r\n');
      default:
        return channel.write('502 5.5.2 Command not recognized\r\n');
    }
  };
  return startTcpServer({
    tls: options.implicitTls ? options.cert : undefined,
    onConnection: (socket, session) => {
      const channel = serveLines(socket, session, onLine, options.implicitTls === true);
      const greet = () => {
        if (!socket.destroyed) channel.write(options.greeting ?? '220 mx.test ESMTP\r\n');
      };
      if (options.greetingDelayMs === undefined) greet();
      else setTimeout(greet, options.greetingDelayMs);
    },
  });
}
