// Login verification on the chosen servers: at most two user names per server (the probe enforces the
// cap too), full address first unless the provider says the local part. Never on a path without TLS
// unless the user allowed that server explicitly; never on a path with a certificate problem.
// With a password, the implicit-TLS probe of each server already carries the login (the probe only sends
// it over TLS whose certificate proves the name): when that probe becomes the chosen path, its report is
// the verification and no second connection is opened.
// Failed attempts are counted per server (names with overlapping addresses are one) and per run in
// attempt-budget.ts. Every login asks it when its session is ready, not when its probe starts: SMTP and
// IMAP on one server then run in parallel, the one that reaches its login first tries the user names,
// and the other waits for its answer with its session open and reuses the name that worked.
import { IMPLICIT_TLS_PORTS } from '../discovery/ports.js';
import type { DiagnosisRequest } from '../shared/diagnosis-types.js';
import type {
  LoginArbiter,
  LoginClaim,
  ProbeCredentials,
  ProbeRequest,
  ProbeResult,
} from '../shared/probe-types.js';
import { createAttemptBudget, MAX_FAILED_PER_SERVER, type AttemptBudget } from './attempt-budget.js';
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

const otherDirection = (direction: Direction): Direction =>
  direction === 'outgoing' ? 'incoming' : 'outgoing';

const NO_LOGIN: LoginClaim = { usernames: [], settle: () => undefined };

/**
 * The probe asks when its session is ready to log in: by then a login on the same server (another
 * protocol, started earlier) may have settled which user name works, or spent the attempts there.
 */
function arbiterFor(
  budget: AttemptBudget,
  key: string,
  candidates: string[],
  most: () => number = () => candidates.length,
): LoginArbiter {
  return async (signal) => {
    const reservation = await budget.reserveWhenSettled(key, Math.min(candidates.length, most()), signal);
    const usernames = workingFirst(candidates, budget.workingUsername(key)).slice(0, reservation.granted);
    return { usernames, settle: (report, diedInAuth) => reservation.settle(report, diedInAuth) };
  };
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
  if (candidates.length === 0 || budget.spent(key)) return null;
  const probeRequest: Omit<ProbeRequest, 'port'> = {
    protocol: plan.protocol,
    host: plan.host,
    security: path.security,
    credentials: {
      usernames: workingFirst(candidates, budget.workingUsername(key)),
      password: request.password,
      arbiter: arbiterFor(budget, key, candidates),
    },
  };
  if (plaintextAllowed(path, request)) probeRequest.allowPlaintextAuth = true;
  const result = await runOne(
    { ...plan, id: `${plan.id}-login`, security: path.security },
    probeRequest,
    deps,
    deps.signal,
  );
  // The session opened, but the run allowed no attempt after all: no login to report.
  return result.auth === null && result.outcome === 'ok' ? null : result;
}

/** Which probes carry the login, and what they reported (live-probes asks and reports back). */
export interface ProbeCredentialPolicy {
  /** A wave is about to start: learn which of its names share a server before any asks for credentials. */
  prepare?(plans: PlannedProbe[]): void;
  credentialsFor(plan: PlannedProbe): ProbeCredentials | undefined;
  /** A probe ended (result null when it could not even run). */
  observe(plan: PlannedProbe, result: ProbeResult | null): void;
  /**
   * Once its direction is settled, this probe's answer cannot change the result: with a password only
   * paths whose own login worked become alternatives (alternatives.ts), and this one carries none.
   */
  addsNothingOnceSettled?(plan: PlannedProbe): boolean;
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
  const credentialedServers: Array<{ key: string; direction: Direction }> = [];
  /** Services whose credentialed probe is still running: a login there could double the attempts. */
  const pendingServices = new Set<string>();
  /** What a credentialed probe that reached the login reported, by service. */
  const triedServices = new Map<string, ProbeResult>();
  /** Directions whose credentialed probe has reached its login. */
  const loginDirections = new Set<Direction>();

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
      if (services.has(serviceOf(plan))) return undefined;
      // One credentialed probe per machine and direction (the first planned: IMAP before POP3), so
      // two names of one server never both log in to the same service.
      const key = budgetKey(plan, budget);
      const direction = directionOf(plan);
      const server = { key, direction };
      const taken = credentialedServers.some(
        (other) => other.direction === direction && budget.sameServer(other.key, key),
      );
      if (taken) return undefined;
      const candidates = usernamesToTry(plan, email, request.username);
      if (candidates.length === 0 || budget.spent(key)) return undefined;
      // Nothing is reserved yet: the probe asks when its session is ready (arbiterFor), after any
      // login on this machine (under any name or protocol) that is still in flight.
      credentialedServers.push(server);
      credentialedPlans.add(plan.id);
      pendingServices.add(serviceOf(plan));
      // Until the other direction has logged in, its share of the run's attempts stays free: with a
      // wrong password, IMAP and POP3 on two servers must not leave SMTP nothing to be asked with.
      const othersShare = () => (loginDirections.has(otherDirection(direction)) ? 0 : MAX_FAILED_PER_SERVER);
      const most = () => budget.runRemaining() - othersShare();
      const arbiter = arbiterFor(budget, key, candidates, most);
      return {
        usernames: workingFirst(candidates, budget.workingUsername(key)),
        password,
        arbiter: (signal) => {
          if (most() <= 0) return Promise.resolve(NO_LOGIN);
          loginDirections.add(direction);
          return arbiter(signal);
        },
      };
    },
    addsNothingOnceSettled(plan) {
      return request.password !== undefined && request.password !== '' && !credentialedPlans.has(plan.id);
    },
    observe(plan, result) {
      if (!credentialedPlans.has(plan.id)) return;
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
