// A logged-in session on a path the diagnosis already verified, for the test message: the probe engine's
// own session opening (connect, implicit TLS or STARTTLS, greeting, capabilities) and protocol drivers,
// held to the same rule as its login test: the password goes out only over TLS whose certificate proves
// the server's name. The session talks to the very address the verified login used.
import net from 'node:net';
import type { Capabilities, MailProtocol } from '../shared/probe-types.js';
import type { MailConnection } from './connection.js';
import { driverFor } from './drivers.js';
import { ProbeFailure, protocolError } from './failure.js';
import { normalizeHost } from './host.js';
import type { ProbeLimits } from './limits.js';
import { channelProtectsPassword, type LoginSession } from './login.js';
import { clientNameFor } from './probe-run.js';
import type { ProtocolDriver } from './protocol.js';
import { emptySessionFacts, openSession } from './session.js';

export interface SessionTarget {
  protocol: MailProtocol;
  /** The name the certificate must prove. */
  host: string;
  /** The address the verified login reached. */
  address: string;
  /** Port to connect to (physical). */
  port: number;
  security: 'tls' | 'starttls';
  username: string;
}

export interface SessionOptions {
  password: string;
  limits: ProbeLimits;
  signal: AbortSignal;
  trustedCa?: string[] | undefined;
}

export interface MailSession {
  connection: MailConnection;
  capabilities: Capabilities;
  /** Polite goodbye (bounded), then the socket is destroyed. Never throws. */
  close(): Promise<void>;
}

async function secureChannel(
  target: SessionTarget,
  options: SessionOptions,
): Promise<{ session: LoginSession; driver: ProtocolDriver }> {
  const family = net.isIP(target.address);
  if (family !== 4 && family !== 6) throw new ProbeFailure('dns-error', 'INVALID_HOST');
  const driver = driverFor(target.protocol, clientNameFor(undefined));
  const held: { connection: MailConnection | null } = { connection: null };
  const onAbort = () => held.connection?.abort(new ProbeFailure('cancelled', 'CANCELLED'));
  options.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const session = await openSession(
      {
        request: {
          protocol: target.protocol,
          host: target.host,
          port: target.port,
          security: target.security,
        },
        host: normalizeHost(target.host),
        limits: options.limits,
        driver,
        trustedCa: options.trustedCa,
        signal: options.signal,
        enter: () => undefined,
        adopt: (connection) => {
          held.connection = connection;
        },
      },
      [{ address: target.address, family }],
      emptySessionFacts(),
    );
    if (!channelProtectsPassword(session.tls)) throw new ProbeFailure('tls-error', 'TLS_HANDSHAKE_FAILED');
    return { session, driver };
  } catch (error) {
    held.connection?.destroy();
    throw error;
  } finally {
    options.signal.removeEventListener('abort', onAbort);
  }
}

/** Connects, secures and logs in with the user name the verification proved; throws a ProbeFailure. */
export async function openMailSession(target: SessionTarget, options: SessionOptions): Promise<MailSession> {
  const { session, driver } = await secureChannel(target, options);
  const { connection, capabilities } = session;
  const onAbort = () => connection.abort(new ProbeFailure('cancelled', 'CANCELLED'));
  options.signal.addEventListener('abort', onAbort, { once: true });
  const close = async () => {
    options.signal.removeEventListener('abort', onAbort);
    if (!connection.isClosed) await driver.quit(connection);
    connection.destroy();
  };
  try {
    const attempt = await driver.login(connection, {
      username: target.username,
      password: options.password,
      capabilities,
      encrypted: true,
    });
    if (attempt.outcome !== 'ok') throw protocolError('BAD_REPLY');
  } catch (error) {
    await close();
    throw error;
  }
  return { connection, capabilities, close };
}
