// Login verification on the chosen servers: at most two user names per server (the probe enforces the
// cap too), full address first unless the provider says the local part. Never on a path without TLS
// unless the user allowed that server explicitly; never on a path with a certificate problem.
// With a password, the implicit-TLS probe of each server already carries the login (the probe only sends
// it over TLS whose certificate proves the name): when that probe becomes the chosen path, its report is
// the verification and no second connection is opened.
import { IMPLICIT_TLS_PORTS } from '../discovery/ports.js';
// Failed attempts are counted per server (names with overlapping addresses are one) and per run in
// attempt-budget.ts; every login here asks it first and reports back what the server saw.
import type { DiagnosisRequest } from '../shared/diagnosis-types.js';
import type { ProbeCredentials, ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import { createAttemptBudget, type AttemptBudget, type AttemptReservation } from './attempt-budget.js';
import type { CredentialGate } from './credential-gate.js';
import { usernameCandidates } from '../discovery/username-template.js';
import type { PlannedProbe } from './plan.js';
import { directionOf, type Direction, type WorkingPath } from './ranking.js';
import { runOne, type RunProbesDeps } from './run-probes.js';

export function usernamesToTry(
  plan: Pick<PlannedProbe, 'usernameStyle' | 'usernameTemplate'>,
  email: { address: string; localPart: string },
  requested: string | undefined,
): string[] {
  if (requested !== undefined && requested !== '') return [requested];
  return usernameCandidates(plan, email).slice(0, 2);
}

/** The server's addresses as the budget knows them (the plan's own, or its sorted key). */
function budgetKey(plan: PlannedProbe, budget: AttemptBudget): string {
  return budget.serverKey(plan.addresses.length > 0 ? plan.addresses : plan.addressKey.split(','));
}

/** A user name that already worked on this server goes first, so it costs no failed attempt here. */
function workingFirst(names: string[], working: string | null): string[] {
  if (working === null || !names.includes(working)) return names;
  return [working, ...names.filter((name) => name !== working)];
}

function plaintextAllowed(path: WorkingPath, request: DiagnosisRequest): boolean {
  return (request.allowPlaintextAuthHosts ?? []).includes(path.observed.plan.host);
}

/** Whether a login on this path would send the password at all. */
export function loginAllowed(path: WorkingPath | null, request: DiagnosisRequest): path is WorkingPath {
  if (path === null || request.password === undefined || request.password === '') return false;
  return path.tier === 0 || (path.tier === 2 && plaintextAllowed(path, request));
}

export async function verifyLogin(
  path: WorkingPath | null,
  request: DiagnosisRequest,
  email: { address: string; localPart: string },
  deps: RunProbesDeps,
  budget: AttemptBudget,
): Promise<ProbeResult | null> {
  if (!loginAllowed(path, request) || request.password === undefined) return null;
  const plan = path.observed.plan;
  const key = budgetKey(plan, budget);
  // An account-name login without the name: nothing to try (the address would only be a guess).
  const candidates = usernamesToTry(plan, email, request.username);
  if (candidates.length === 0) return null;
  const reservation = await budget.reserveWhenSettled(key, candidates.length, deps.signal);
  if (reservation.granted === 0) return null;
  const usernames = workingFirst(candidates, budget.workingUsername(key)).slice(0, reservation.granted);
  const probeRequest: Omit<ProbeRequest, 'port'> = {
    protocol: plan.protocol,
    host: plan.host,
    security: path.security,
    credentials: { usernames, password: request.password },
  };
  if (plaintextAllowed(path, request)) probeRequest.allowPlaintextAuth = true;
  try {
    const result = await runOne(
      { ...plan, id: `${plan.id}-login`, security: path.security },
      probeRequest,
      deps,
      deps.signal,
    );
    reservation.settle(result.auth, result.failedPhase === 'auth');
    return result;
  } catch (error) {
    reservation.settle(null, true);
    throw error;
  }
}

/** Which probes carry the login, and what they reported (live-probes asks and reports back). */
export interface ProbeCredentialPolicy {
  /** A wave is about to start: learn which of its names share a server before any asks for credentials. */
  prepare?(plans: PlannedProbe[]): void;
  credentialsFor(plan: PlannedProbe): ProbeCredentials | undefined;
  /** A probe ended (result null when it could not even run). */
  observe(plan: PlannedProbe, result: ProbeResult | null): void;
}

export interface LoginGate extends ProbeCredentialPolicy {
  /** A direction's path can no longer be beaten: log in now, alongside the other direction's probes. */
  early(direction: Direction, path: WorkingPath | null): void;
  /** The login for the chosen path: the early one when it is that path, else one now if still allowed. */
  final(direction: Direction, path: WorkingPath | null): Promise<ProbeResult | null>;
}

const serviceOf = (plan: PlannedProbe) => `${plan.addressKey}|${plan.protocol}`;

/** The probe reached the server's login: attempts were made (or may have been, when it died there). */
function triedLogin(result: ProbeResult): boolean {
  return (result.auth?.attempts.length ?? 0) > 0 || result.failedPhase === 'auth';
}

/**
 * One login per service (address and protocol) per run, whichever asks first — the credentialed probe
 * or a path's login: with at most two user names each, a server never sees more than two attempts from
 * us, whatever the ports. Only one credentialed probe per address and direction (IMAP before POP3, as
 * planned), so a server shared by IMAP and POP3 is not tried twice either.
 */
export function createLoginGate(
  request: DiagnosisRequest,
  email: { address: string; localPart: string },
  deps: RunProbesDeps,
  onFirstLogin: () => void,
  trust?: CredentialGate,
  budget: AttemptBudget = createAttemptBudget(),
): LoginGate {
  const started = new Map<Direction, { path: WorkingPath; result: Promise<ProbeResult | null> }>();
  const services = new Set<string>();
  const credentialedPlans = new Set<string>();
  const credentialedServers = new Set<string>();
  /** Services whose credentialed probe is still running: a login there could double the attempts. */
  const pendingServices = new Set<string>();
  /** What a credentialed probe that reached the login reported, by service. */
  const triedServices = new Map<string, ProbeResult>();
  const reservations = new Map<string, AttemptReservation>();

  const begin = (direction: Direction, path: WorkingPath, result: Promise<ProbeResult | null>) => {
    if (services.size === 0) onFirstLogin();
    services.add(serviceOf(path.observed.plan));
    started.set(direction, { path, result });
    return result;
  };

  const attempt = (
    direction: Direction,
    path: WorkingPath | null,
    final = false,
  ): Promise<ProbeResult | null> | null => {
    if (!loginAllowed(path, request) || deps.signal.aborted) return null;
    const plan = path.observed.plan;
    // Outside the trust rule: probed, never given the password without consent (credential-gate.ts).
    if (trust !== undefined && !trust.allowsPlan(plan, path.observed.fixedFrom)) {
      if (final) trust.withhold(direction, path);
      return null;
    }
    const service = serviceOf(plan);
    if (services.has(service) || pendingServices.has(service)) return null;
    // The chosen probe logged in itself: its report is the verification.
    if (
      credentialedPlans.has(plan.id) &&
      path.observed.result.auth !== null &&
      path.security === plan.security
    )
      return begin(direction, path, Promise.resolve(path.observed.result));
    // Another probe already spent this server's attempts: its outcome stands, no new ones.
    const tried = triedServices.get(service);
    if (tried !== undefined) return begin(direction, path, Promise.resolve(tried));
    // A failure to even try is no verdict on the password: the path just stays unverified.
    return begin(
      direction,
      path,
      verifyLogin(path, request, email, deps, budget).catch(() => null),
    );
  };

  return {
    prepare(plans) {
      for (const plan of plans) budgetKey(plan, budget);
    },
    credentialsFor(plan) {
      const password = request.password;
      if (password === undefined || password === '') return undefined;
      if (plan.security !== 'tls' || !IMPLICIT_TLS_PORTS.has(plan.port)) return undefined;
      if (trust !== undefined && !trust.allowsPlan(plan)) return undefined;
      const server = `${plan.addressKey}|${directionOf(plan)}`;
      if (credentialedServers.has(server) || services.has(serviceOf(plan))) return undefined;
      // Another login on this machine (under any name or protocol) may still be in flight or have
      // spent the attempts: then this probe goes without the password, and the path's login waits.
      const key = budgetKey(plan, budget);
      const candidates = usernamesToTry(plan, email, request.username);
      if (candidates.length === 0) return undefined;
      const reservation = budget.reserve(key, candidates.length);
      if (reservation.granted === 0) return undefined;
      reservations.set(plan.id, reservation);
      credentialedServers.add(server);
      credentialedPlans.add(plan.id);
      pendingServices.add(serviceOf(plan));
      const usernames = workingFirst(candidates, budget.workingUsername(key));
      return { usernames: usernames.slice(0, reservation.granted), password };
    },
    observe(plan, result) {
      if (!credentialedPlans.has(plan.id)) return;
      reservations
        .get(plan.id)
        ?.settle(result?.auth ?? null, result === null || result.failedPhase === 'auth');
      const service = serviceOf(plan);
      pendingServices.delete(service);
      if (result !== null && triedLogin(result)) triedServices.set(service, result);
    },
    early(direction, path) {
      attempt(direction, path);
    },
    async final(direction, path) {
      const earlier = started.get(direction);
      if (earlier?.path.observed === path?.observed && earlier?.path.security === path?.security)
        return earlier?.result ?? null;
      return attempt(direction, path, true) ?? null;
    },
  };
}
