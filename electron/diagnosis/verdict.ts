// The verdict as a pure function of what the probes proved: the recommended outgoing and incoming
// settings, the alternatives and the findings. Unit-tested with fabricated ProbeResults.
import type {
  AuthKind,
  Finding,
  IncomingSetting,
  LoginState,
  OutgoingSetting,
  ServerSetting,
} from '../shared/diagnosis-types.js';
import { expectedUsername as usernameFromForm } from '../discovery/username-template.js';
import type { ProbeResult } from '../shared/probe-types.js';
import type { WithheldLogin } from './credential-gate.js';
import { makeFinding } from './findings.js';
import { passwordKindOf } from './password-kind.js';
import { rankPaths, type ObservedProbe, type WorkingPath } from './ranking.js';
import { probeFindings } from './probe-findings.js';
import type { VerdictContext } from './verdict-context.js';

export type { VerdictContext } from './verdict-context.js';

export interface LoginResults {
  outgoing?: ProbeResult | null;
  incoming?: ProbeResult | null;
  /** Chosen paths whose host the trust rule kept the password from (CREDENTIALS_WITHHELD). */
  withheld?: { outgoing?: WithheldLogin | undefined; incoming?: WithheldLogin | undefined };
}

function loginState(login: ProbeResult | null | undefined, withheld: WithheldLogin | undefined): LoginState {
  if (withheld !== undefined) return 'withheld';
  if (login?.auth === null || login?.auth === undefined) return 'not-tried';
  return login.auth.outcome === 'ok' ? 'ok' : 'failed';
}

function withheldFindings(withheld: WithheldLogin | undefined): Finding[] {
  if (withheld === undefined) return [];
  const { protocol, host, port, source, certNames } = withheld;
  return [makeFinding('CREDENTIALS_WITHHELD', { protocol, host, port, source, certNames })];
}

export interface Verdict {
  outgoing: OutgoingSetting | null;
  incoming: IncomingSetting | null;
  alternatives: ServerSetting[];
  findings: Finding[];
  /** The chosen paths, for the login step. */
  chosen: { outgoing: WorkingPath | null; incoming: WorkingPath | null };
}

const OAUTH_MECHANISMS = new Set(['XOAUTH2', 'OAUTHBEARER']);

function authKindOf(path: WorkingPath, context: VerdictContext): AuthKind {
  const { plan, result } = path.observed;
  const passwordPublished = plan.auth?.some((kind) => kind === 'password' || kind === 'password-encrypted');
  if (context.hosting?.oauth || (plan.auth?.includes('oauth2') && !passwordPublished)) return 'oauth2';
  const mechanisms = result.capabilities?.authMechanisms ?? [];
  if (plan.protocol === 'smtp') {
    if (mechanisms.length === 0 && plan.port !== 465 && plan.port !== 587) return 'none';
    if (mechanisms.length > 0 && mechanisms.every((mechanism) => OAUTH_MECHANISMS.has(mechanism)))
      return 'oauth2';
  }
  return passwordKindOf(plan.auth, mechanisms);
}

function expectedUsername(path: WorkingPath, context: VerdictContext): string | null {
  if (context.requestedUsername) return context.requestedUsername;
  return usernameFromForm(path.observed.plan, context.email);
}

function setting(
  path: WorkingPath,
  context: VerdictContext,
  login: ProbeResult | null | undefined,
  withheld?: WithheldLogin,
): ServerSetting {
  const { plan } = path.observed;
  const auth = authKindOf(path, context);
  const loginOk = login?.auth?.outcome === 'ok';
  // Verified only after a successful login over TLS with a certificate we trust for this name.
  const verified = loginOk && path.tier === 0 && login?.tls?.trusted === true && login.tls.hostnameMatches;
  const username =
    auth === 'none' ? null : loginOk ? (login?.auth?.username ?? null) : expectedUsername(path, context);
  return {
    protocol: plan.protocol,
    host: plan.host,
    port: plan.port,
    security: path.security,
    auth,
    username,
    verified,
    login: loginState(login, withheld),
  };
}

function loginFindings(
  path: WorkingPath,
  login: ProbeResult | null | undefined,
  context: VerdictContext,
): Finding[] {
  const report = login?.auth;
  if (report === null || report === undefined) return [];
  const { protocol, host, port } = path.observed.plan;
  const where = { protocol, host, port };
  switch (report.outcome) {
    case 'ok': {
      const findings = [makeFinding('AUTH_OK', { ...where, username: report.username ?? undefined })];
      if (report.username === context.email.localPart && context.requestedUsername === undefined) {
        findings.push(makeFinding('AUTH_USERNAME_LOCALPART', { ...where, username: report.username }));
      }
      return findings;
    }
    case 'basic-auth-disabled':
      return [makeFinding('AUTH_BASIC_DISABLED', where)];
    case 'failed':
    case 'auth-required':
    case 'mechanism-too-weak':
    case 'encryption-required':
    case 'no-mechanism':
    case 'error':
    case 'temporary-failure':
    case 'refused-plaintext':
      return [
        makeFinding('AUTH_FAILED', {
          ...where,
          username: report.attempts.map((attempt) => attempt.username).join(', ') || undefined,
        }),
      ];
  }
}

function certFindings(path: WorkingPath): Finding[] {
  const { plan, result } = path.observed;
  const leaf = result.tls?.chain[0];
  const where = { protocol: plan.protocol, host: plan.host, port: plan.port };
  const findings: Finding[] = [];
  if (path.observed.fixedFrom !== undefined) {
    const names = leaf
      ? [...new Set([...(leaf.subjectCN ? [leaf.subjectCN] : []), ...leaf.subjectAltNames])]
      : undefined;
    findings.push(
      makeFinding('CERT_NAME_MISMATCH', {
        ...where,
        host: path.observed.fixedFrom,
        suggestedHost: plan.host,
        certNames: names,
      }),
    );
  }
  switch (path.certProblem) {
    case 'expired':
      findings.push(makeFinding('CERT_EXPIRED', { ...where, validTo: leaf?.validTo }));
      break;
    case 'self-signed':
      findings.push(makeFinding('CERT_SELF_SIGNED', where));
      break;
    case 'untrusted':
      findings.push(makeFinding('CERT_UNTRUSTED', where));
      break;
    case 'name':
      findings.push(
        makeFinding('CERT_NAME_MISMATCH', {
          ...where,
          certNames: leaf
            ? [...new Set([...(leaf.subjectCN ? [leaf.subjectCN] : []), ...leaf.subjectAltNames])]
            : undefined,
        }),
      );
      break;
    case null:
      break;
  }
  const version = result.tls?.protocol;
  if (version === 'TLSv1' || version === 'TLSv1.1' || version === 'SSLv3')
    findings.push(makeFinding('TLS_OUTDATED', { ...where, tlsVersion: version }));
  if (path.security === 'none') findings.push(makeFinding('PLAINTEXT_ONLY', where));
  return findings;
}

function alternativesOf(
  paths: WorkingPath[],
  chosen: WorkingPath | null,
  context: VerdictContext,
): ServerSetting[] {
  const anyTls = paths.some((path) => path.tier < 2);
  const seen = new Set<string>();
  const result: ServerSetting[] = [];
  for (const path of paths) {
    if (path === chosen || (anyTls && path.tier === 2)) continue;
    const { protocol, host, port } = path.observed.plan;
    const key = `${protocol}|${host}|${port}`;
    if (
      seen.has(key) ||
      (chosen &&
        `${chosen.observed.plan.protocol}|${chosen.observed.plan.host}|${chosen.observed.plan.port}` === key)
    )
      continue;
    seen.add(key);
    result.push(setting(path, context, null));
  }
  return result;
}

function contextFindings(context: VerdictContext, noneFound: boolean): Finding[] {
  const findings: Finding[] = [];
  const hosting = context.hosting;
  if (hosting?.oauth) findings.push(makeFinding('OAUTH_REQUIRED', { provider: hosting.name }));
  if (hosting?.appPasswords) findings.push(makeFinding('APP_PASSWORD_POSSIBLE', { provider: hosting.name }));
  for (const note of hosting?.notes ?? [])
    findings.push(makeFinding('PROVIDER_NOTE', { provider: hosting?.name, noteKey: note }));
  if (hosting?.needsHostNumber && noneFound)
    findings.push(makeFinding('HOST_HINT_NEEDED', { provider: hosting.name }));
  for (const host of context.srvOutsideDomain)
    findings.push(makeFinding('SRV_TARGET_OUTSIDE_DOMAIN', { host }));
  return findings;
}

/**
 * The paths the verdict recommends, decided from the probes alone: the diagnosis reads it to know which
 * logins to wait for before it builds the one verdict.
 */
export function chooseSettings(observed: ObservedProbe[]): Verdict['chosen'] {
  return {
    outgoing: rankPaths(observed, 'outgoing')[0] ?? null,
    incoming: rankPaths(observed, 'incoming')[0] ?? null,
  };
}

export function buildVerdict(
  observed: ObservedProbe[],
  context: VerdictContext,
  logins: LoginResults = {},
): Verdict {
  const outgoingPaths = rankPaths(observed, 'outgoing');
  const incomingPaths = rankPaths(observed, 'incoming');
  const bestOut = outgoingPaths[0] ?? null;
  const bestIn = incomingPaths[0] ?? null;
  const findings: Finding[] = [];

  if (context.cancelled) findings.push(makeFinding('CANCELLED'));
  findings.push(...probeFindings(observed, context, [bestOut, bestIn]));
  if (bestOut) findings.push(...certFindings(bestOut), ...loginFindings(bestOut, logins.outgoing, context));
  if (bestIn) findings.push(...certFindings(bestIn), ...loginFindings(bestIn, logins.incoming, context));
  findings.push(
    ...withheldFindings(logins.withheld?.outgoing),
    ...withheldFindings(logins.withheld?.incoming),
  );
  const noneFound = bestOut === null && bestIn === null;
  if (noneFound && (context.domainMissing || !observed.some((entry) => entry.result.greeted))) {
    findings.push(makeFinding('NO_MAIL_HOST'));
  } else {
    if (bestOut === null) findings.push(makeFinding('NO_OUTGOING_FOUND'));
    if (bestIn === null) findings.push(makeFinding('NO_INCOMING_FOUND'));
  }
  findings.push(...contextFindings(context, noneFound));
  // Worth saying only when something was found: with nothing found, the missing sources are moot next
  // to the error, and "the result is based on what did answer" needs a result.
  if (context.discoveryPartial === true && !noneFound) findings.push(makeFinding('DISCOVERY_PARTIAL'));

  const outgoing = bestOut ? setting(bestOut, context, logins.outgoing, logins.withheld?.outgoing) : null;
  const incomingSetting = bestIn
    ? setting(bestIn, context, logins.incoming, logins.withheld?.incoming)
    : null;
  return {
    outgoing: outgoing && {
      host: outgoing.host,
      port: outgoing.port,
      security: outgoing.security,
      auth: outgoing.auth,
      username: outgoing.username,
      verified: outgoing.verified,
      ...(outgoing.login !== undefined ? { login: outgoing.login } : {}),
    },
    incoming: incomingSetting && {
      ...incomingSetting,
      protocol: incomingSetting.protocol === 'pop3' ? 'pop3' : 'imap',
    },
    alternatives: [
      ...alternativesOf(outgoingPaths, bestOut, context),
      ...alternativesOf(incomingPaths, bestIn, context),
    ],
    findings: dedupe(findings),
    chosen: { outgoing: bestOut, incoming: bestIn },
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = JSON.stringify(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
