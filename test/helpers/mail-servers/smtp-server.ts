// smtp-server (npm) instances on loopback port 0 in the shapes real providers use: 25-style plain,
// 587 with STARTTLS and AUTH only after TLS, 465 implicit TLS; AUTH PLAIN/LOGIN/CRAM-MD5.
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type net from 'node:net';
import type { ServerCert } from './tcp-server.js';

export interface SmtpServerOptions {
  /** Listen address; 127.0.0.1 by default ('::' for every loopback address, IPv4 and IPv6). */
  host?: string;
  cert?: ServerCert;
  /** 465-style implicit TLS. */
  implicitTls?: boolean;
  /** Offer STARTTLS (needs cert). Default true when a cert is given and not implicit. */
  starttls?: boolean;
  /** AUTH mechanisms; empty = no AUTH (an MX on port 25). */
  authMethods?: string[];
  users?: Record<string, string>;
  /** Let AUTH run without TLS (a badly configured server). */
  allowInsecureAuth?: boolean;
  /** Reply to a failed AUTH instead of 535, e.g. [550, '5.7.30 Basic authentication is not supported']. */
  authFailure?: { code: number; message: string };
  /** Holds every rejection back this long, like Dovecot's auth_failure_delay; successes answer at once. */
  failureDelayMs?: number;
  size?: number;
  /** Loopback address to listen on (default 127.0.0.1). */
  listenHost?: string;
  /** Server-side evidence for tests that count: every accepted connection and every AUTH attempt. */
  onConnect?: () => void;
  onAuth?: (username: string) => void;
}

export interface SmtpTestServer {
  host: string;
  port: number;
  authAttempts: number;
  /** User names the server was asked to authenticate (passwords are not kept). */
  authUsernames: string[];
  close(): Promise<void>;
}

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<SmtpTestServer> {
  const users = options.users ?? {};
  const state = { authAttempts: 0, authUsernames: [] as string[] };
  const starttls = options.starttls ?? (options.cert !== undefined && !options.implicitTls);
  const authMethods = options.authMethods ?? ['PLAIN', 'LOGIN', 'CRAM-MD5'];
  const disabledCommands = [...(starttls ? [] : ['STARTTLS']), ...(authMethods.length === 0 ? ['AUTH'] : [])];
  const serverOptions: SMTPServerOptions = {
    secure: options.implicitTls === true,
    key: options.cert?.key,
    cert: options.cert?.cert,
    name: 'mx.test',
    banner: 'Test ESMTP',
    logger: false,
    // Reverse DNS would send a query off loopback (and delays each greeting ~100 ms).
    disableReverseLookup: true,
    disabledCommands,
    authMethods,
    allowInsecureAuth: options.allowInsecureAuth === true,
    authOptional: true,
    size: options.size ?? 10 * 1024 * 1024,
    onConnect(_session, callback) {
      options.onConnect?.();
      callback();
    },
    onAuth(auth, _session, callback) {
      state.authAttempts += 1;
      options.onAuth?.(auth.username ?? '');
      if (auth.username) state.authUsernames.push(auth.username);
      const expected = auth.username ? users[auth.username] : undefined;
      const ok =
        expected !== undefined &&
        (auth.method === 'CRAM-MD5' ? auth.validatePassword(expected) : auth.password === expected);
      if (ok) return callback(null, { user: auth.username });
      const failure = options.authFailure;
      const error = Object.assign(new Error(failure?.message ?? 'Invalid username or password'), {
        responseCode: failure?.code ?? 535,
      });
      if (options.failureDelayMs === undefined) return callback(error);
      setTimeout(() => callback(error), options.failureDelayMs);
    },
  };
  const server = new SMTPServer(serverOptions);
  server.on('error', () => undefined);
  const host = options.listenHost ?? '127.0.0.1';
  const inner = (server as unknown as { server: net.Server }).server;
  // Closing must not wait for a client that keeps its connection open.
  const sockets = new Set<net.Socket>();
  inner.on('connection', (socket: net.Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = inner.address() as net.AddressInfo;
  return Object.defineProperties(
    {
      host,
      port: address.port,
      close: () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          server.close(() => resolve());
        }),
    },
    {
      authAttempts: { get: () => state.authAttempts, enumerable: true },
      authUsernames: { get: () => state.authUsernames, enumerable: true },
    },
  ) as SmtpTestServer;
}
