// Login verification on the chosen servers: at most two user names per server (the probe enforces the
// cap too), full address first unless the provider says the local part. Never on a path without TLS
// unless the user allowed that server explicitly; never on a path with a certificate problem.
import type { DiagnosisRequest } from '../shared/diagnosis-types.js';
import type { ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import type { Direction, WorkingPath } from './ranking.js';
import { runOne, type RunProbesDeps } from './run-probes.js';

export function usernamesToTry(
  path: WorkingPath,
  email: { address: string; localPart: string },
  requested: string | undefined,
): string[] {
  if (requested !== undefined && requested !== '') return [requested];
  const order =
    path.observed.plan.usernameStyle === 'localpart'
      ? [email.localPart, email.address]
      : [email.address, email.localPart];
  return [...new Set(order)].slice(0, 2);
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
  const allowPlaintext = plaintextAllowed(path, request);
  const probeRequest: Omit<ProbeRequest, 'port'> = {
    protocol: plan.protocol,
    host: plan.host,
    security: path.security,
    credentials: { usernames: usernamesToTry(path, email, request.username), password: request.password },
  };
  if (allowPlaintext) probeRequest.allowPlaintextAuth = true;
  return runOne(
    { ...plan, id: `${plan.id}-login`, security: path.security },
    probeRequest,
    deps,
    deps.signal,
  );
}

export interface LoginGate {
  /** A direction's path can no longer be beaten: log in now, alongside the other direction's probes. */
  early(direction: Direction, path: WorkingPath | null): void;
  /** The login for the chosen path: the early one when it is that path, else one now if still allowed. */
  final(direction: Direction, path: WorkingPath | null): Promise<ProbeResult | null>;
}

/**
 * One login per service (address and protocol) per run, whichever path asks first: with at most two
 * user names each, a server never sees more than two attempts from us, whatever the ports.
 */
export function createLoginGate(
  request: DiagnosisRequest,
  email: { address: string; localPart: string },
  deps: RunProbesDeps,
  onFirstLogin: () => void,
): LoginGate {
  const started = new Map<Direction, { path: WorkingPath; result: Promise<ProbeResult | null> }>();
  const services = new Set<string>();
  const attempt = (direction: Direction, path: WorkingPath | null): Promise<ProbeResult | null> | null => {
    if (!loginAllowed(path, request) || deps.signal.aborted) return null;
    const service = `${path.observed.plan.addressKey}|${path.observed.plan.protocol}`;
    if (services.has(service)) return null;
    if (services.size === 0) onFirstLogin();
    services.add(service);
    // A failure to even try is no verdict on the password: the path just stays unverified.
    const result = verifyLogin(path, request, email, deps).catch(() => null);
    started.set(direction, { path, result });
    return result;
  };
  return {
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
