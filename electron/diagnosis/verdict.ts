// The verdict as a pure function of what the probes proved: the recommended outgoing and incoming
// settings, the alternatives and the findings. Unit-tested with fabricated ProbeResults.
import type {
  AuthKind,
  Finding,
  IncomingSetting,
  OutgoingSetting,
  ServerSetting,
} from '../shared/diagnosis-types.js';
import { expectedUsername as usernameFromForm } from '../discovery/username-template.js';
import type { MailProtocol, ProbeResult } from '../shared/probe-types.js';
import type { WithheldLogin } from './credential-gate.js';
import { passwordKindOf } from './password-kind.js';
import type { VerdictContext } from './verdict-context.js';
import { alternativesOf } from './alternatives.js';
import { makeFinding } from './findings.js';
import { oneFindingPerFact } from './merge-findings.js';
import { absenceFindings } from './network-findings.js';
import { noteApplies } from './provider-notes.js';
import { rankPaths, type ObservedProbe, type WorkingPath } from './ranking.js';
import { probeFindings } from './probe-findings.js';
import { isLoginRefusal, loginStateOf } from './status.js';

export type { VerdictContext } from './verdict-context.js';

export interface LoginResults {
  outgoing?: ProbeResult | null;
  incoming?: ProbeResult | null;
  /** Chosen paths whose host the trust rule kept the password from (CREDENTIALS_WITHHELD). */
  withheld?: { outgoing?: WithheldLogin | undefined; incoming?: WithheldLogin | undefined };
  /** The login was not sent because the same server already refused this password (shared-refusal.ts). */
  refusedByServer?: { outgoing: MailProtocol | null; incoming: MailProtocol | null };
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
  refusedOn: MailProtocol | null = null,
): ServerSetting {
  const { plan } = path.observed;
  const auth = authKindOf(path, context);
  // The login only ever sends the password over TLS with a certificate proving the name (or to a host
  // the user allowed without TLS), so a server that accepted it verifies the setting.
  const own = loginStateOf(login, withheld !== undefined);
  const inherited = own === 'not-tried' && refusedOn !== null;
  const state = inherited ? 'failed' : own;
  const loginOk = state === 'ok';
  const username =
    auth === 'none' ? null : loginOk ? (login?.auth?.username ?? null) : expectedUsername(path, context);
  return {
    protocol: plan.protocol,
    host: plan.host,
    port: plan.port,
    security: path.security,
    auth,
    username,
    verified: loginOk,
    login: state,
    ...(inherited ? { loginRefusedOn: refusedOn } : {}),
  };
}

/** The outgoing setting is SMTP by definition: the contract leaves the protocol out. */
function withoutProtocol({ protocol: _protocol, ...outgoing }: ServerSetting): OutgoingSetting {
  return outgoing;
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
    default:
      // A login that reached no verdict (no mechanism, temporary failure) says nothing about the password.
      if (!isLoginRefusal(report.outcome)) return [];
      return [
        makeFinding('AUTH_FAILED', {
          ...where,
          username: [...new Set(report.attempts.map((attempt) => attempt.username))].join(' / ') || undefined,
        }),
      ];
  }
}

function certFindings(path: WorkingPath, login: ProbeResult | null | undefined): Finding[] {
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
  if (path.security === 'none') {
    // Only with the user's consent for this host; then the text must not say the password stayed home.
    const sentAs = login?.auth?.attempts.map((attempt) => attempt.username) ?? [];
    findings.push(makeFinding('PLAINTEXT_ONLY', { ...where, username: sentAs[0] }));
  }
  return findings;
}

function contextFindings(context: VerdictContext, chosenHosts: string[], earlier: Finding[]): Finding[] {
  const findings: Finding[] = [];
  const hosting = context.hosting;
  const provider = { provider: hosting?.name, providerJa: hosting?.nameJa };
  const codes = new Set(earlier.map((finding) => finding.code));
  if (hosting?.oauth) findings.push(makeFinding('OAUTH_REQUIRED', provider));
  if (hosting?.appPasswords) findings.push(makeFinding('APP_PASSWORD_POSSIBLE', provider));
  for (const note of new Set(hosting?.notes ?? []))
    if (noteApplies(note, chosenHosts, codes))
      findings.push(makeFinding('PROVIDER_NOTE', { ...provider, noteKey: note }));
  if (hosting?.needsHostNumber && chosenHosts.length === 0)
    findings.push(makeFinding('HOST_HINT_NEEDED', provider));
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
  if (bestOut)
    findings.push(
      ...certFindings(bestOut, logins.outgoing),
      ...loginFindings(bestOut, logins.outgoing, context),
    );
  if (bestIn)
    findings.push(
      ...certFindings(bestIn, logins.incoming),
      ...loginFindings(bestIn, logins.incoming, context),
    );
  findings.push(
    ...withheldFindings(logins.withheld?.outgoing),
    ...withheldFindings(logins.withheld?.incoming),
  );
  const noneFound = bestOut === null && bestIn === null;
  findings.push(...absenceFindings(observed, context, { outgoing: bestOut, incoming: bestIn }));
  const chosenHosts = [bestOut, bestIn].flatMap((path) => (path ? [path.observed.plan.host] : []));
  findings.push(...contextFindings(context, chosenHosts, findings));
  // Worth saying only when something was found: with nothing found, the missing sources are moot next
  // to the error, and "the result is based on what did answer" needs a result.
  if (context.discoveryPartial === true && !noneFound) findings.push(makeFinding('DISCOVERY_PARTIAL'));

  // An alternative's only proof is its own probe (which carried the login on implicit TLS, if any).
  const ownSetting = (path: WorkingPath) => setting(path, context, path.observed.result);
  const outgoing = bestOut
    ? setting(bestOut, context, logins.outgoing, logins.withheld?.outgoing, logins.refusedByServer?.outgoing)
    : null;
  const incomingSetting = bestIn
    ? setting(bestIn, context, logins.incoming, logins.withheld?.incoming, logins.refusedByServer?.incoming)
    : null;
  return {
    outgoing: outgoing && withoutProtocol(outgoing),
    incoming: incomingSetting && {
      ...incomingSetting,
      protocol: incomingSetting.protocol === 'pop3' ? 'pop3' : 'imap',
    },
    alternatives: [
      ...alternativesOf(outgoingPaths, bestOut, context.passwordGiven === true, ownSetting),
      ...alternativesOf(incomingPaths, bestIn, context.passwordGiven === true, ownSetting),
    ],
    findings: oneFindingPerFact(findings),
    chosen: { outgoing: bestOut, incoming: bestIn },
  };
}
