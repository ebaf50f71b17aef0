// The steps of one probe in order: resolve, open the session (connect, TLS, greeting, capabilities,
// STARTTLS), login, quit. It fills a ProbeState as it goes, so whatever was learned before a failure is
// still reported.
import type { AuthReport, ProbeCredentials } from '../shared/probe-types.js';
import net from 'node:net';
import type { MailConnection } from './connection.js';
import { ProbeFailure } from './failure.js';
import { normalizeHost, type NormalizedHost } from './host.js';
import { DEFAULT_CLIENT_NAME } from './limits.js';
import { loginUsernames, type LoginSession } from './login.js';
import { driverFor } from './drivers.js';
import { dnsFailure, type ResolvedAddress, type Resolver } from './resolve.js';
import {
  emptySessionFacts,
  openSession,
  type ProbeEnvironment,
  type SessionContext,
  type SessionFacts,
} from './session.js';
import { closePolitely, openSpareSession, type SpareSession } from './spare-session.js';
import { claimLogin } from './login-claim.js';
import { raceLogin, type RaceMemory } from './username-race.js';

export interface ProbeState extends SessionFacts {
  auth: AuthReport | null;
  connection: MailConnection | null;
}

export interface RunContext extends ProbeEnvironment {
  resolver: Resolver;
  state: ProbeState;
  /** Shared by the probes of one run: what the race learned per server address. */
  raceMemory?: RaceMemory | undefined;
}

export function emptyState(): ProbeState {
  return { ...emptySessionFacts(), auth: null, connection: null };
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
  const { request, state } = context;
  context.enter('dns');
  const host = normalizeHost(request.host);
  if (!isValidPort(request.port)) throw new ProbeFailure('dns-error', 'INVALID_HOST', { phase: 'dns' });
  const addresses = await resolveAddresses(host, context);

  const driver = driverFor(request.protocol, clientNameFor(request.clientName));
  // Two user names race (username-race.ts): the second session opens as soon as the first is up.
  const racing = request.credentials !== undefined && loginUsernames(request.credentials).length > 1;
  let spare: SpareSession | null = null;
  let rttMs = 0;
  const session: SessionContext = {
    ...context,
    host,
    driver,
    adopt: (connection) => {
      state.connection = connection;
    },
    onConnected: (address, connectMs) => {
      rttMs = connectMs;
      if (racing && spare === null) spare = openSpareSession(session, address);
    },
  };
  try {
    const opened = await openSession(session, addresses, state);
    if (request.credentials) {
      context.enter('auth');
      if (state.preauth) state.auth = { outcome: 'no-mechanism', username: null, attempts: [] };
      else {
        const handedOver: SpareSession | null = spare;
        spare = null;
        await logIn(context, session, opened, request.credentials, handedOver, rttMs);
      }
    }
    context.enter('quit');
    // The goodbye is sent now and its answer read in the background: the result does not wait a
    // round trip for "221 Bye" (the probe's own finally must not cut it, so it is handed over).
    const done = state.connection;
    state.connection = null;
    if (done) closePolitely(driver, Promise.resolve({ connection: done }));
  } finally {
    (spare as SpareSession | null)?.release();
  }
}

/**
 * The login the run allows now (login-claim.ts), raced over two user names (username-race.ts). The
 * spare session is handed over, and closed politely in the background whatever happens.
 */
async function logIn(
  context: RunContext,
  session: SessionContext,
  opened: LoginSession,
  credentials: ProbeCredentials,
  spare: SpareSession | null,
  rttMs: number,
): Promise<void> {
  const { state } = context;
  const { driver } = session;
  const claim = await claimLogin(credentials, context.signal, context.limits.commandTimeoutMs);
  if (claim.usernames.length === 0) {
    // Not sent: another login on this server settled the question (or the run has no attempts left).
    claim.settle(null, false);
    spare?.release();
    return;
  }
  try {
    const raced = await raceLogin(driver, opened, {
      credentials: { usernames: [...claim.usernames], password: credentials.password },
      allowPlaintextAuth: context.request.allowPlaintextAuth === true,
      spare: claim.usernames.length > 1 && spare !== null ? spare.session : Promise.resolve(null),
      // The spare already was the second session; only without one may the login reconnect.
      ...(spare === null ? { reopen: () => reopenForLogin(session, state) } : {}),
      rttMs,
      ...(context.raceMemory && state.address
        ? { memory: { memory: context.raceMemory, serverKey: state.address } }
        : {}),
    });
    claim.settle(raced.report, false);
    state.auth = raced.report;
    state.connection = raced.session.connection;
    closePolitely(driver, raced.other, raced.otherPending);
    if (claim.usernames.length < 2) spare?.release();
  } catch (error) {
    claim.settle(null, true);
    spare?.release();
    throw error;
  }
}

/**
 * A fresh session to the address that answered, in the same security mode and under the same phase
 * deadlines, for a server that hangs up after a failed login. Phases are not re-entered: the time
 * counts as login time. The facts of the first session stay the ones reported.
 */
async function reopenForLogin(session: SessionContext, state: ProbeState): Promise<LoginSession | null> {
  if (state.address === null || state.family === null) return null;
  state.connection?.destroy();
  const facts = emptySessionFacts();
  try {
    const reopened = await openSession(
      { ...session, enter: () => undefined },
      [{ address: state.address, family: state.family }],
      facts,
    );
    return facts.preauth ? null : reopened;
  } catch (error) {
    // Half-open and in an unknown state: no polite goodbye, just close.
    state.connection?.destroy();
    throw error;
  }
}

/** Failures after which the session is still in a sane state, so a polite goodbye makes sense. */
export function allowsPoliteQuit(failure: ProbeFailure): boolean {
  return (
    failure.code === 'STARTTLS_UNAVAILABLE' ||
    (failure.code === 'STARTTLS_REFUSED' && failure.replyCode !== null)
  );
}
