// Login verification on the chosen servers: at most two user names per server (the probe enforces the
// cap too), full address first unless the provider says the local part. Never on a path without TLS
// unless the user allowed that server explicitly; never on a path with a certificate problem.
// With a password, the implicit-TLS probe of each server already carries the login (the probe only sends
// it over TLS whose certificate proves the name): when that probe becomes the chosen path, its report is
// the verification and no second connection is opened.
import type { DiagnosisRequest } from '../shared/diagnosis-types.js';
import type { ProbeCredentials, ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import { usernameCandidates } from '../discovery/username-template.js';
import type { PlannedProbe } from './plan.js';
import { directionOf, type Direction, type WorkingPath } from './ranking.js';
import { runOne, type RunProbesDeps } from './run-probes.js';

const IMPLICIT_TLS_PORTS = new Set([465, 993, 995]);

export function usernamesToTry(
  plan: Pick<PlannedProbe, 'usernameStyle' | 'usernameTemplate'>,
  email: { address: string; localPart: string },
  requested: string | undefined,
): string[] {
  if (requested !== undefined && requested !== '') return [requested];
  return usernameCandidates(plan, email).slice(0, 2);
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
): Promise<ProbeResult | null> {
  if (!loginAllowed(path, request) || request.password === undefined) return null;
  const plan = path.observed.plan;
  // An account-name login without the name: nothing to try (the address would only be a guess).
  const usernames = usernamesToTry(plan, email, request.username);
  if (usernames.length === 0) return null;
  const allowPlaintext = plaintextAllowed(path, request);
  const probeRequest: Omit<ProbeRequest, 'port'> = {
    protocol: plan.protocol,
    host: plan.host,
    security: path.security,
    credentials: { usernames, password: request.password },
  };
  if (allowPlaintext) probeRequest.allowPlaintextAuth = true;
  return runOne(
    { ...plan, id: `${plan.id}-login`, security: path.security },
    probeRequest,
    deps,
    deps.signal,
  );
}

/** Which probes carry the login, and what they reported (live-probes asks and reports back). */
export interface ProbeCredentialPolicy {
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
): LoginGate {
  const started = new Map<Direction, { path: WorkingPath; result: Promise<ProbeResult | null> }>();
  const services = new Set<string>();
  const credentialedPlans = new Set<string>();
  const credentialedServers = new Set<string>();
  /** Services whose credentialed probe is still running: a login there could double the attempts. */
  const pendingServices = new Set<string>();
  /** What a credentialed probe that reached the login reported, by service. */
  const triedServices = new Map<string, ProbeResult>();

  const begin = (direction: Direction, path: WorkingPath, result: Promise<ProbeResult | null>) => {
    if (services.size === 0) onFirstLogin();
    services.add(serviceOf(path.observed.plan));
    started.set(direction, { path, result });
    return result;
  };

  const attempt = (direction: Direction, path: WorkingPath | null): Promise<ProbeResult | null> | null => {
    if (!loginAllowed(path, request) || deps.signal.aborted) return null;
    const plan = path.observed.plan;
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
      verifyLogin(path, request, email, deps).catch(() => null),
    );
  };

  return {
    credentialsFor(plan) {
      const password = request.password;
      if (password === undefined || password === '') return undefined;
      if (plan.security !== 'tls' || !IMPLICIT_TLS_PORTS.has(plan.port)) return undefined;
      const server = `${plan.addressKey}|${directionOf(plan)}`;
      if (credentialedServers.has(server) || services.has(serviceOf(plan))) return undefined;
      const usernames = usernamesToTry(plan, email, request.username);
      if (usernames.length === 0) return undefined;
      credentialedServers.add(server);
      credentialedPlans.add(plan.id);
      pendingServices.add(serviceOf(plan));
      return { usernames, password };
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
      return attempt(direction, path) ?? null;
    },
  };
}
