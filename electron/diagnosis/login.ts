// Login verification on the chosen servers: at most two user names per server (the probe enforces the
// cap too), full address first unless the provider says the local part. Never on a path without TLS
// unless the user allowed that server explicitly; never on a path with a certificate problem.
import type { DiagnosisRequest } from '../shared/diagnosis-types.js';
import type { ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import type { WorkingPath } from './ranking.js';
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

export async function verifyLogin(
  path: WorkingPath | null,
  request: DiagnosisRequest,
  email: { address: string; localPart: string },
  deps: RunProbesDeps,
): Promise<ProbeResult | null> {
  if (path === null || request.password === undefined || request.password === '') return null;
  const plan = path.observed.plan;
  const allowPlaintext = (request.allowPlaintextAuthHosts ?? []).includes(plan.host);
  if (path.tier === 1 || (path.tier === 2 && !allowPlaintext)) return null;
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
