// The steps of one probe in order: resolve, connect, TLS, greeting, capabilities, STARTTLS, login, quit.
// It fills a ProbeState as it goes, so whatever was learned before a failure is still reported.
import type { AuthReport, Capabilities, ProbePhase, ProbeRequest, TlsFacts } from '../shared/probe-types.js';
import net from 'node:net';
import { connectHappyEyeballs } from './connect.js';
import { MailConnection } from './connection.js';
import { ProbeFailure, protocolError } from './failure.js';
import { normalizeHost, type NormalizedHost } from './host.js';
import { DEFAULT_CLIENT_NAME, type ProbeLimits } from './limits.js';
import { runLoginTest } from './login.js';
import { driverFor } from './drivers.js';
import { dnsFailure, type ResolvedAddress, type Resolver } from './resolve.js';
import { startTls } from './tls-connect.js';
import { collectTlsFacts } from './tls-facts.js';

export interface ProbeState {
  address: string | null;
  family: 4 | 6 | null;
  greeted: boolean;
  preauth: boolean;
  capabilities: Capabilities | null;
  tls: TlsFacts | null;
  auth: AuthReport | null;
  connection: MailConnection | null;
}

export interface RunContext {
  request: ProbeRequest;
  limits: ProbeLimits;
  resolver: Resolver;
  trustedCa: string[] | undefined;
  signal: AbortSignal;
  enter: (phase: ProbePhase) => void;
  state: ProbeState;
}

export function emptyState(): ProbeState {
  return {
    address: null,
    family: null,
    greeted: false,
    preauth: false,
    capabilities: null,
    tls: null,
    auth: null,
    connection: null,
  };
}

/** Races outside code (a resolver hook) against a deadline and cancellation. */
function withDeadline<T>(
  promise: Promise<T>,
  ms: number,
  signal: AbortSignal,
  onTimeout: () => ProbeFailure,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
    onAbort = () => reject(new ProbeFailure('cancelled', 'CANCELLED'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, stopped]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  });
}

async function resolveAddresses(host: NormalizedHost, context: RunContext): Promise<ResolvedAddress[]> {
  if (host.ipFamily !== 0) return [{ address: host.name, family: host.ipFamily }];
  try {
    const answers = await withDeadline(
      context.resolver(host.name),
      context.limits.dnsTimeoutMs,
      context.signal,
      () => new ProbeFailure('dns-error', 'DNS_FAILED', { systemCode: 'ETIMEOUT', phase: 'dns' }),
    );
    // A resolver hook is outside code: keep only well-formed answers.
    const usable = (Array.isArray(answers) ? answers : []).filter(
      (answer) => (answer.family === 4 || answer.family === 6) && net.isIP(answer.address) === answer.family,
    );
    if (usable.length === 0) throw new ProbeFailure('dns-error', 'DNS_NODATA', { phase: 'dns' });
    return usable;
  } catch (error) {
    throw dnsFailure(error);
  }
}

/** EHLO argument: a domain or an address literal, else the neutral default (never a space or CRLF). */
export function clientNameFor(requested: string | undefined): string {
  if (
    requested &&
    /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])$/.test(requested)
  ) {
    return requested;
  }
  return DEFAULT_CLIENT_NAME;
}

function isValidPort(port: number): boolean {
  return Number.isInteger(port) && port > 0 && port < 65_536;
}

export async function runProbe(context: RunContext): Promise<void> {
  const { request, limits, state } = context;
  context.enter('dns');
  const host = normalizeHost(request.host);
  if (!isValidPort(request.port)) throw new ProbeFailure('dns-error', 'INVALID_HOST', { phase: 'dns' });
  const addresses = await resolveAddresses(host, context);

  context.enter('connect');
  const connected = await connectHappyEyeballs(addresses, {
    port: request.port,
    timeoutMs: limits.connectTimeoutMs,
    attemptDelayMs: limits.happyEyeballsDelayMs,
    signal: context.signal,
  });
  state.address = connected.address;
  state.family = connected.family;

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
    state.tls = collectTlsFacts(secure, host, limits.maxChainLength);
    socket = secure;
  }
  const connection = new MailConnection(socket, limits);
  state.connection = connection;
  const driver = driverFor(request.protocol, clientNameFor(request.clientName));

  context.enter('greeting');
  const greeting = await driver.readGreeting(connection);
  state.greeted = true;
  state.preauth = greeting.preauth && state.tls === null;

  context.enter('capabilities');
  const plainCapabilities = await driver.readCapabilities(connection, greeting.capabilities);
  state.capabilities = plainCapabilities;

  if (request.security === 'starttls') {
    if (greeting.preauth || !plainCapabilities.starttls) throw protocolError('STARTTLS_UNAVAILABLE');
    context.enter('starttls');
    await driver.requestStartTls(connection);
    // Anything already buffered after the go-ahead was sent in cleartext by someone: never read it.
    if (connection.bufferedBytes > 0) throw protocolError('STARTTLS_INJECTION');
    context.enter('tls');
    const secure = await connection.handOver((raw) => startTls(raw, tlsOptions));
    state.tls = collectTlsFacts(secure, host, limits.maxChainLength);
    context.enter('capabilities');
    // RFC 3207 §4.2: forget everything learned before TLS and ask again.
    const secured = await driver.readCapabilities(connection, null);
    state.capabilities = {
      ...secured,
      starttls: true,
      tampered: plainCapabilities.tampered || secured.tampered,
    };
  }

  if (request.credentials) {
    context.enter('auth');
    state.auth = state.preauth
      ? { outcome: 'no-mechanism', username: null, attempts: [] }
      : await runLoginTest(driver, connection, {
          credentials: request.credentials,
          capabilities: state.capabilities,
          tls: state.tls,
          allowPlaintextAuth: request.allowPlaintextAuth === true,
        });
  }

  context.enter('quit');
  await driver.quit(connection);
}

/** Failures after which the session is still in a sane state, so a polite goodbye makes sense. */
export function allowsPoliteQuit(failure: ProbeFailure): boolean {
  return (
    failure.code === 'STARTTLS_UNAVAILABLE' ||
    (failure.code === 'STARTTLS_REFUSED' && failure.replyCode !== null)
  );
}
