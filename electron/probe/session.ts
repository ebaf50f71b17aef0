// Opening one mail session to an address we already resolved: connect, implicit TLS or STARTTLS,
// greeting and capabilities (asked again after TLS). Used for the probe itself and, with the same
// phase deadlines, to reconnect when a server hangs up after a failed login.
import type { Capabilities, ProbePhase, ProbeRequest, TlsFacts } from '../shared/probe-types.js';
import { connectHappyEyeballs } from './connect.js';
import { MailConnection } from './connection.js';
import { protocolError } from './failure.js';
import type { NormalizedHost } from './host.js';
import type { LoginSession } from './login.js';
import type { ProbeLimits } from './limits.js';
import type { ProtocolDriver } from './protocol.js';
import type { ResolvedAddress } from './resolve.js';
import { startTls } from './tls-connect.js';
import { collectTlsFacts } from './tls-facts.js';

/** What a session taught us so far; filled step by step so a failure still reports what came before. */
export interface SessionFacts {
  address: string | null;
  family: 4 | 6 | null;
  greeted: boolean;
  preauth: boolean;
  capabilities: Capabilities | null;
  tls: TlsFacts | null;
}

/** What every step of one probe works with. */
export interface ProbeEnvironment {
  request: ProbeRequest;
  limits: ProbeLimits;
  trustedCa: string[] | undefined;
  signal: AbortSignal;
  enter: (phase: ProbePhase) => void;
}

export interface SessionContext extends ProbeEnvironment {
  host: NormalizedHost;
  driver: ProtocolDriver;
  /** Receives the connection as soon as it exists, so cancellation can reach its pending read. */
  adopt: (connection: MailConnection) => void;
  /** The TCP connection is up: which address answered, and the handshake time (one round trip). */
  onConnected?: ((address: ResolvedAddress, connectMs: number) => void) | undefined;
}

export function emptySessionFacts(): SessionFacts {
  return { address: null, family: null, greeted: false, preauth: false, capabilities: null, tls: null };
}

export async function openSession(
  context: SessionContext,
  addresses: ResolvedAddress[],
  facts: SessionFacts,
): Promise<LoginSession> {
  const { request, limits, host, driver } = context;
  context.enter('connect');
  const connectStarted = performance.now();
  const connected = await connectHappyEyeballs(addresses, {
    port: request.port,
    timeoutMs: limits.connectTimeoutMs,
    attemptDelayMs: limits.happyEyeballsDelayMs,
    signal: context.signal,
  });
  facts.address = connected.address;
  facts.family = connected.family;
  context.onConnected?.(
    { address: connected.address, family: connected.family },
    performance.now() - connectStarted,
  );

  const tlsOptions = {
    host,
    timeoutMs: limits.tlsHandshakeTimeoutMs,
    trustedCa: context.trustedCa,
    signal: context.signal,
  };
  let socket = connected.socket;
  if (request.security === 'tls') {
    context.enter('tls');
    const secure = await startTls(connected.socket, tlsOptions);
    facts.tls = collectTlsFacts(secure, host, limits.maxChainLength);
    socket = secure;
  }
  const connection = new MailConnection(socket, limits);
  context.adopt(connection);

  context.enter('greeting');
  const greeting = await driver.readGreeting(connection);
  facts.greeted = true;
  facts.preauth = greeting.preauth && facts.tls === null;

  context.enter('capabilities');
  const plainCapabilities = await driver.readCapabilities(connection, greeting.capabilities);
  facts.capabilities = plainCapabilities;

  if (request.security !== 'starttls') return { connection, capabilities: plainCapabilities, tls: facts.tls };
  if (greeting.preauth || !plainCapabilities.starttls) throw protocolError('STARTTLS_UNAVAILABLE');
  context.enter('starttls');
  await driver.requestStartTls(connection);
  // Anything already buffered after the go-ahead was sent in cleartext by someone: never read it.
  if (connection.bufferedBytes > 0) throw protocolError('STARTTLS_INJECTION');
  context.enter('tls');
  const secure = await connection.handOver((raw) => startTls(raw, tlsOptions));
  const tlsFacts = collectTlsFacts(secure, host, limits.maxChainLength);
  facts.tls = tlsFacts;
  context.enter('capabilities');
  // RFC 3207 §4.2: forget everything learned before TLS and ask again.
  const secured = await driver.readCapabilities(connection, null);
  const capabilities = {
    ...secured,
    starttls: true,
    tampered: plainCapabilities.tampered || secured.tampered,
  };
  facts.capabilities = capabilities;
  return { connection, capabilities, tls: tlsFacts };
}
